/// Pair evidence for the reordering aligner from the aligner's own cost model (length, anchors,
/// shape priors) plus lexical evidence (dictionary, gazetteer names, learned Model 1).
package struct AnchoredEvidence: PairEvidence {
    package let features: AlignmentFeatures
    package let model: BeadCost
    package private(set) var lexical: LexicalEvidence
    /// Scale of the lexical log-likelihood ratio added to the cost.
    package var lexicalWeight: Double

    package init(features: AlignmentFeatures, model: BeadCost, lexical: LexicalEvidence, lexicalWeight: Double = 1) {
        self.features = features
        self.model = model
        self.lexical = lexical
        self.lexicalWeight = lexicalWeight
    }

    package var chineseCount: Int { features.chinese.count }
    package var englishCount: Int { features.english.count }

    package var runDiscount: Double { Double(model.gapDiscount) }

    package func positionCost(chinese: Int, english: Int) -> Double {
        Double(model.diagonalCost(i: chinese, j: english, n: chineseCount, m: englishCount))
    }

    package func prepared(for window: [Range<Int>]) -> AnchoredEvidence {
        var copy = self
        copy.lexical = lexical.prepared(for: window)
        return copy
    }

    package func candidates(chinese: Int) -> [Int] { lexical.candidates(chinese: chinese) }

    package func allCandidates() -> [[Int]] { lexical.allCandidates() }

    package func strength(chinese: Int, english: Int) -> Double {
        lexical.strength(chinese: chinese, english: english)
    }

    package func strengthAndGain(chinese i: Int, english j: Int) -> (strength: Double, gain: Double) {
        let (strength, score) = lexical.strengthAndScore(chinese: i, english: j)
        guard strength > 0 else { return (strength, 0) }
        let pair = Double(model.cost(features, zh: i..<i + 1, en: j..<j + 1)) - lexicalWeight * score
        return (strength, cost(chinese: i..<i + 1, english: j..<j) + cost(chinese: i..<i, english: j..<j + 1) - pair)
    }

    package func cost(chinese: Range<Int>, english: Range<Int>, below limit: Double) -> Double {
        let base = Double(model.cost(features, zh: chinese, en: english))
        guard !chinese.isEmpty, !english.isEmpty else { return base }
        // A bead scores at most as if none of its words were found twice (the near pairs' tallies summed):
        // when even that cannot bring it below the limit, its words need not be matched.
        if limit < .infinity, lexicalWeight >= 0,
            base - lexicalWeight * lexical.lexicalScoreBound(chinese: chinese, english: english) >= limit + 1e-7
        {
            return .infinity
        }
        return base - lexicalWeight * lexical.lexicalScore(chinese: chinese, english: english)
    }

    package func cost(chinese: Range<Int>, english: Range<Int>) -> Double {
        cost(chinese: chinese, english: english, below: .infinity)
    }
}
