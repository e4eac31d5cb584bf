import Testing

@testable import Bitext

/// The boundary margin: what a two-sided bead saves over taking in the sentence next to it.
@Suite struct BoundaryMarginTests {
    /// A Chinese sentence (1) whose English is two sentences (1 and 2), between two one-to-one pairs.
    static let chinese = [
        "聯合國大會於1993年通過了第48號決議。",
        "秘書長在報告中指出，各國應加強合作，並在2000年以前完成所有的準備工作，以確保計劃順利執行。",
        "會議於下午3時結束。",
    ]
    static let english = [
        "The General Assembly adopted resolution 48 in 1993.",
        "In his report, the Secretary-General stated that States should strengthen their cooperation.",
        "They should complete all preparations before 2000 to ensure that the plan is carried out smoothly.",
        "The meeting rose at 3 p.m.",
    ]

    /// The margins of `beads` (Chinese and English sentence ranges) under the length-and-anchor model.
    static func margins(_ beads: [(Range<Int>, Range<Int>)]) -> [Double] {
        let features = AlignmentFeatures(chinese: chinese, english: english, extractor: AnchorExtractor())
        let aligner = Aligner()
        let model = aligner.path(features).model
        let spans = beads.map { BeadSpan(zh: $0.0, en: $0.1, cost: model.cost(features, zh: $0.0, en: $0.1)) }
        return aligner.boundaryMargins(spans, model: model, features: features, evidenceCosts: nil, evidence: nil)
    }

    @Test func aPairMissingHalfItsEnglishHasLittleToSpare() {
        let right = Self.margins([(0..<1, 0..<1), (1..<2, 1..<3), (2..<3, 3..<4)])
        // The English sentence 1 left out, next to the pair that should have taken it.
        let wrong = Self.margins([(0..<1, 0..<1), (1..<1, 1..<2), (1..<2, 2..<3), (2..<3, 3..<4)])
        #expect(wrong[2] < 0, "taking in English 1 is cheaper: \(wrong)")
        #expect(right[1] > 5, "the whole bead gains from nothing next to it: \(right)")
        #expect(right.allSatisfy { $0 > wrong[2] + 5 })
        // A one-sided bead has no such alternative: it gets the cap.
        #expect(wrong[1] == ConfidenceFeatures.marginCap)
    }

    /// A bead with no sentence beside it (the whole document in one) has no alternative: it gets the cap.
    @Test func aLoneBeadHasNoAlternative() {
        #expect(Self.margins([(0..<3, 0..<4)]) == [ConfidenceFeatures.marginCap])
    }
}
