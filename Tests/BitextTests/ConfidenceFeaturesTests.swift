import Testing

@testable import Bitext

/// What a pair's confidence is worked out from, bead by bead.
@Suite struct ConfidenceFeaturesTests {
    /// A question of the Sinorama interview and the first sentence of its answer (development document
    /// 198706005, Chinese 104 and 105, English 92, 93 and 95): the question's English is a statement and
    /// then the question.
    static let chinese = [
        "問：您是淡水河整治計劃的負責人之一，但比起省政府來，臺北市無論是經費或進度，都已佔得機先，目前情況如何？",
        "答：淡水河的整治，大家都相當關心。",
    ]
    static let english = [
        "Q: With regard to the Tamsui River clean-up project, Taipei City seems to be ahead of the provincial government in both funding and rate of progress.",
        "What's the situation at present?",
        "A: Taipei City began planning reclamation of the Tamsui River in 1975.",
    ]

    /// Whether each of `beads` (Chinese and English sentence ranges) asks on one side only.
    static func asksOneSide(_ beads: [(Range<Int>, Range<Int>)]) -> [Bool] {
        let features = AlignmentFeatures(chinese: chinese, english: english, extractor: AnchorExtractor())
        let model = Aligner().path(features).model
        let spans = beads.map { BeadSpan(zh: $0.0, en: $0.1, cost: model.cost(features, zh: $0.0, en: $0.1)) }
        return Aligner().confidenceFeatures(spans, model: model, features: features).map(\.asksOneSide)
    }

    @Test func aQuestionPairedWithAStatementAsksOnOneSide() {
        // The gold: the question with both its English sentences, the answer with its own.
        #expect(Self.asksOneSide([(0..<1, 0..<2), (1..<2, 2..<3)]) == [false, false])
        // The error: the question with the statement alone, the answer with the question.
        #expect(Self.asksOneSide([(0..<1, 0..<1), (1..<2, 1..<2), (2..<2, 2..<3)]) == [true, true, false])
        // A one-sided bead has no other side to disagree with.
        #expect(Self.asksOneSide([(0..<1, 0..<0), (1..<2, 0..<3)]) == [false, true])
    }
}
