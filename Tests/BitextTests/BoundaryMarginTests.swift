import Testing

@testable import Bitext

/// The boundary margin: what a two-sided bead saves over taking in the sentence next to it, or over
/// leaving a sentence at an end of a side of several unaligned.
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

    /// The features and the length-and-anchor model of a document.
    static func model(chinese: [String], english: [String]) -> (AlignmentFeatures, BeadCost) {
        let features = AlignmentFeatures(chinese: chinese, english: english, extractor: AnchorExtractor())
        return (features, Aligner().path(features).model)
    }

    /// The margins of `beads` (Chinese and English sentence ranges) under the length-and-anchor model.
    static func margins(
        _ beads: [(Range<Int>, Range<Int>)], chinese: [String] = chinese, english: [String] = english
    ) -> [Double] {
        let (features, model) = Self.model(chinese: chinese, english: english)
        let spans = beads.map { BeadSpan(zh: $0.0, en: $0.1, cost: model.cost(features, zh: $0.0, en: $0.1)) }
        return Aligner().boundaryMargins(spans, model: model, features: features, evidenceCosts: nil, evidence: nil)
    }

    @Test func aPairMissingHalfItsEnglishHasLittleToSpare() {
        let right = Self.margins([(0..<1, 0..<1), (1..<2, 1..<3), (2..<3, 3..<4)])
        // The English sentence 1 left out, next to the pair that should have taken it.
        let wrong = Self.margins([(0..<1, 0..<1), (1..<1, 1..<2), (1..<2, 2..<3), (2..<3, 3..<4)])
        #expect(wrong[2] < 0, "taking in English 1 is cheaper: \(wrong)")
        #expect(right[1] > 3, "the whole bead gains from nothing next to it, nor from giving up one: \(right)")
        #expect(right.allSatisfy { $0 > wrong[2] + 4 })
        // A one-sided bead has no such alternative: it gets the cap.
        #expect(wrong[1] == ConfidenceFeatures.marginCap)
    }

    /// A pair that took in a Chinese sentence the English does not translate (a photo caption) is
    /// priced against leaving the caption out, its nearest alternative here.
    @Test func aPairWithAnUntranslatedSentenceIsPricedAgainstLeavingItOut() {
        let chinese = [Self.chinese[0], "圖為大會會場，記者攝於紐約。", Self.chinese[2]]
        let english = [Self.english[0], Self.english[3]]
        let margins = Self.margins([(0..<2, 0..<1), (2..<3, 1..<2)], chinese: chinese, english: english)
        let (features, model) = Self.model(chinese: chinese, english: english)
        let leftOut =
            model.cost(features, zh: 0..<1, en: 0..<1) + model.cost(features, zh: 1..<2, en: 0..<0)
            - model.cost(features, zh: 0..<2, en: 0..<1)
        #expect(abs(margins[0] - Double(leftOut)) < 1e-3, "margins \(margins), leaving it out \(leftOut)")
    }

    /// A bead with no sentence beside it (the whole document in one) has no alternative: it gets the cap.
    @Test func aLoneBeadHasNoAlternative() {
        #expect(Self.margins([(0..<3, 0..<4)]) == [ConfidenceFeatures.marginCap])
    }
}
