extension BeadCost {
    /// The length model re-estimated from the confident 1-1 beads of a first pass; nil when there are
    /// too few (under 8) to trust.
    ///
    /// The ratio becomes their total English length over their total Chinese length, the variance the
    /// mean squared normalised difference, the largest 5% left out as likely errors.
    package func refined(by beads: [BeadSpan], features: AlignmentFeatures) -> BeadCost? {
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
        var spreads = pairs.map { chinese, english in
            let expected = english / model.ratio
            let difference = expected - chinese
            return difference * difference / max((chinese + expected) / 2, 1)
        }
        spreads.sort()
        let kept = spreads.prefix(max(1, spreads.count * 95 / 100))
        model.variance = min(max(kept.reduce(0, +) / Double(kept.count), 0.3), 8)
        return model
    }
}
