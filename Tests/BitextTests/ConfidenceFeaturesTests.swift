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

    /// An untranslated run of the Sinorama interview (development document 198706005, Chinese 200 to 208,
    /// English 167 and 168): seven Chinese sentences between two pairs, left out of the abridged English.
    static let run = (
        chinese: [
            "我們在要求民眾配合時，也要給他們一條路，這樣才有理由要求。",
            "舉例而言，汙水廠打算設在八里，當地的居民都不贊成。",
            "後來我們提出一個計劃：要做市地重劃。",
            "把他們現在的住宅區、農業區、山坡地全部合起來重劃之後，他們可分得一半的土地回去，分回去的都是住宅區或商業區。",
            "原來沒有利用價值的土地都變成有利用價值了。",
            "我們利用土地重劃的方式，把汙水處理廠集中在一個地區，與住家之間用「綠帶」分開，綠帶一方面是道路，一方面種很多樹木。",
            "這樣隔開後，汙水處理廠離住處有段距離，也就安全了。",
            "另方面，土地重劃後，大家的土地利用價值提高了，所以，當地民眾就贊成了。",
            "問：土地的徵收的確不容易，除此之外，您還有沒碰到其他的困難？",
        ],
        english: [
            "And at the same time that we ask for the public's cooperation, we'll also have to leave them a road out.",
            "Q: Besides this, what other difficulties are there?",
        ]
    )

    /// A sentence deep in an untranslated run, which no bead of up to four sentences a side can join to a
    /// pair, has no local alternative: it gets the cap, as a pair without one gets it for its boundary
    /// margin; a sentence at the run's edge is priced against joining the pair beside it.
    @Test func aSentenceDeepInAnUntranslatedRunHasNoAlternative() {
        let features = AlignmentFeatures(
            chinese: Self.run.chinese, english: Self.run.english, extractor: AnchorExtractor())
        let model = Aligner().path(features).model
        let beads =
            [BeadSpan(zh: 0..<1, en: 0..<1, cost: model.cost(features, zh: 0..<1, en: 0..<1))]
            + (1..<8).map {
                BeadSpan(zh: $0..<($0 + 1), en: 0..<0, cost: model.cost(features, zh: $0..<($0 + 1), en: 0..<0))
            }
            + [BeadSpan(zh: 8..<9, en: 1..<2, cost: model.cost(features, zh: 8..<9, en: 1..<2))]
        let margins = beads.indices.map { Aligner().margin(of: $0, in: beads, model: model, features: features) }
        // Chinese 4: four sentences to either pair, five with it.
        #expect(margins[4] == ConfidenceFeatures.marginCap, "\(margins)")
        #expect(margins[1] < ConfidenceFeatures.marginCap && margins[7] < ConfidenceFeatures.marginCap, "\(margins)")
    }
}
