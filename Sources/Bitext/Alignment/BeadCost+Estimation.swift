extension BeadCost {
    /// The length model re-estimated from the confident 1-1 beads of a first pass; nil when there are
    /// too few (under 8) to trust.
    ///
    /// The ratio becomes their total English length over their total Chinese length, the variance the
    /// mean squared normalised difference, the largest 5% left out as likely errors.
    package func refined(
        by beads: [BeadSpan], features: AlignmentFeatures, parameters: AlignmentParameters = .standard
    ) -> BeadCost? {
        var chineseTotal = 0.0
        var englishTotal = 0.0
        var pairs: [(Double, Double)] = []
        for bead in beads where bead.zh.count == 1 && bead.en.count == 1 {
            let chinese = features.chinese.length(bead.zh)
            let english = features.english.length(bead.en)
            guard chinese > 0, english > 0, lengthCost(chinese: chinese, english: english) < 4 else { continue }
            chineseTotal += chinese
            englishTotal += english
            pairs.append((chinese, english))
        }
        guard pairs.count >= 8 else { return nil }
        var model = self
        model.ratio = englishTotal / chineseTotal
        if parameters.medianRatio > 0 {
            let ratios = pairs.map { $1 / $0 }.sorted()
            model.ratio = ratios[ratios.count / 2]
        }
        var spreads = pairs.map { chinese, english in
            let expected = english / model.ratio
            let difference = expected - chinese
            return difference * difference / max((chinese + expected) / 2, 1)
        }
        spreads.sort()
        let kept = spreads.prefix(max(1, spreads.count * 95 / 100))
        model.variance = min(max(kept.reduce(0, +) / Double(kept.count), 0.3), 8)
        model.shapeCosts = Self.shapeCosts(of: beads, parameters: parameters)
        return model
    }
}

extension BeadCost {
    /// −log P(shape) with the shapes of `beads` counted on top of the prior (`shapeProbabilities`
    /// weighted as `shapePriorWeight` beads); shapes the prior does not list stay impossible.
    static func shapeCosts(of beads: [BeadSpan], parameters: AlignmentParameters) -> [Float] {
        let prior = parameters.shapeProbabilities
        let weight = parameters.shapePriorWeight
        guard weight.isFinite, weight >= 0 else { return AlignmentParameters.shapeCosts(prior) }
        var counts = [String: Double]()
        var total = 0.0
        for bead in beads where prior["\(bead.zh.count)-\(bead.en.count)"] != nil {
            counts["\(bead.zh.count)-\(bead.en.count)", default: 0] += 1
            total += 1
        }
        let priorTotal = prior.values.reduce(0, +)
        var probabilities = prior
        for (shape, probability) in prior {
            probabilities[shape] = (counts[shape, default: 0] + weight * probability / priorTotal) / (total + weight)
        }
        return AlignmentParameters.shapeCosts(probabilities)
    }
}
