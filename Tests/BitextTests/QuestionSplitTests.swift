import Testing

@testable import Bitext

/// The cost of a bead that splits a question from the rest of its translation
/// (`AlignmentParameters.questionSplit`).
@Suite struct QuestionSplitTests {
    /// A question of the Hong Kong Hansard (development document 890621, Chinese 172 to 174, English 185
    /// to 188): one Chinese sentence asks; its English is a statement, then the question.
    static let chinese = [
        "我們有19個不同的區議會及兩個代表地區利益的市政局，這就是它們的關係。",
        "黃宏發議員問：道理推下去的話，政府在一九八八年白皮書中，應已想通了，但可惜沒有寫明，將來十個或多過十個的直選議席必定是單席選區而不是多席選區，因而才有重疊的出現，請問政務司是否已有這樣的初稿？",
        "政務司答（譯文）：主席先生，這個問題與林貝聿嘉議員的問題頗相似，我打算以後作答。",
    ]
    static let english = [
        "This is the relationship.",
        "MR. ANDREW WONG: Pursuing this line of reasoning, it could be inferred that the Government in its 1988 White Paper had, though without spelling it out in writing, already seen its way clear to this, namely, that ten or more directly elected seats will emerge from single-seat constituencies rather than multi-seat constituencies and hence the duplication.",
        "Could the Secretary confirm if such has been the Government's conception?",
        "SECRETARY FOR DISTRICT ADMINISTRATION:    Sir, this question is rather similar to Mrs. LAM's question and I would prefer to answer it some other time.",
    ]

    static let features = AlignmentFeatures(chinese: chinese, english: english, extractor: AnchorExtractor())

    static func model(questionSplit: Float) -> BeadCost {
        var parameters = AlignmentParameters.standard
        parameters.questionSplit = questionSplit
        return BeadCost(ratio: Aligner().path(features).model.ratio, parameters: parameters)
    }

    @Test(arguments: [
        // The question with the statement alone, its English question next: split.
        (1..<2, 1..<2, true),
        // The question with both its English sentences: whole.
        (1..<2, 1..<3, false),
        // The English question alone with the answer: the Chinese after it does not ask.
        (2..<3, 2..<3, false),
        // Neither side asks.
        (0..<1, 0..<1, false),
        // The last English sentence has nothing after it.
        (1..<2, 3..<4, false),
    ])
    func splitsAQuestion(zh: Range<Int>, en: Range<Int>, splits: Bool) {
        #expect(Self.model(questionSplit: 12).questionCost(Self.features, zh: zh, en: en) == (splits ? 12 : 0))
        let difference =
            Self.model(questionSplit: 12).cost(Self.features, zh: zh, en: en)
            - Self.model(questionSplit: 0).cost(Self.features, zh: zh, en: en)
        #expect(abs(difference - (splits ? 12 : 0)) < 1e-4)
    }

    /// The monotonic search's scorer prices every bead as `BeadCost.cost` does, the question split
    /// included, in a window that ends before the last sentence of each side (whose next sentence lies
    /// outside it) and in the whole.
    @Test(arguments: [(0..<2, 0..<3), (0..<3, 0..<4), (1..<3, 1..<3)])
    func scorerAgreesWithTheCost(zh: Range<Int>, en: Range<Int>) {
        let model = Self.model(questionSplit: 12)
        let shapes = BeadShape.table(maxSide: 4)
        BeadCostScorer.with(Self.features, model: model, zh: zh, en: en, shapes: shapes) { scorer in
            for (index, shape) in shapes.enumerated() where !shape.isOneSided {
                for pi in 0...(zh.count - min(shape.chinese, zh.count)) where pi + shape.chinese <= zh.count {
                    for pj in 0...en.count where pj + shape.english <= en.count {
                        let (i, j) = (pi + shape.chinese, pj + shape.english)
                        let scored = scorer.extend(
                            0, shape: index, fromRow: pi, fromColumn: pj, row: i, column: j, best: .infinity)
                        let cost = model.cost(
                            Self.features, zh: (zh.lowerBound + pi)..<(zh.lowerBound + i),
                            en: (en.lowerBound + pj)..<(en.lowerBound + j))
                        #expect(abs(scored - cost) < 1e-3, "\(shape) at \(pi), \(pj): \(scored) against \(cost)")
                    }
                }
            }
        }
    }
}
