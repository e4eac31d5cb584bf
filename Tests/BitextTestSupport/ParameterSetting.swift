import Bitext

/// One named change to `AlignmentParameters` (`deletionCost=2`, `shape.1-0=0.05`): how the tuning
/// benchmark and tests name candidate values.
package struct ParameterSetting: Sendable, Hashable, CustomStringConvertible {
    package var name: String
    package var value: Double

    package init(name: String, value: Double) {
        self.name = name
        self.value = value
    }

    /// Parses `NAME=VALUE`.
    package init?(_ text: String) {
        let parts = text.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let value = Double(parts[1]) else { return nil }
        self.init(name: String(parts[0]), value: value)
    }

    package var description: String { "\(name)=\(value)" }

    /// The names `apply(to:)` knows.
    package static let names = [
        "lengthVariance", "refinements", "join.stop", "join.colon", "join.open", "join.translationLabel", "medianRatio",
        "shapePriorWeight",
        "deletionCost", "runDiscount", "anchorBonus", "maxAnchorMatches",
        "anchorPenalty", "maxAnchorPenalty", "questionSplit", "diagonalWeight", "lexicalWeight", "lexicalPairExponent",
        "lexicalPairsAboveSmallerSide", "lexicalPartWeight",
        "learningMinimum",
        "learningLift",
        "confidentStrength", "movedStrength", "farMargin", "crossingPenalty", "monotonicLengthVariance",
        "monotonicRefinements", "shape.C-E",
    ]

    /// `parameters` with this setting; nil for an unknown name.
    package func apply(to parameters: AlignmentParameters) -> AlignmentParameters? {
        var p = parameters
        switch name {
        case "lengthVariance": p.lengthVariance = value
        case "refinements": p.refinements = Int(value)
        case "join.stop": p.joinCosts.stop = Float(value)
        case "join.colon": p.joinCosts.colon = Float(value)
        case "join.open": p.joinCosts.open = Float(value)
        case "join.translationLabel": p.joinCosts.translationLabel = Float(value)
        case "medianRatio": p.medianRatio = value
        case "shapePriorWeight": p.shapePriorWeight = value
        case "deletionCost": p.deletionCost = Float(value)
        case "runDiscount": p.runDiscount = Float(value)
        case "anchorBonus": p.anchorBonus = Float(value)
        case "maxAnchorMatches": p.maxAnchorMatches = Float(value)
        case "anchorPenalty": p.anchorPenalty = Float(value)
        case "maxAnchorPenalty": p.maxAnchorPenalty = Float(value)
        case "questionSplit": p.questionSplit = Float(value)
        case "diagonalWeight": p.diagonalWeight = Float(value)
        case "lexicalWeight": p.lexicalWeight = value
        case "lexicalPairExponent": p.lexicalPairExponent = value
        case "lexicalPairsAboveSmallerSide": p.lexicalPairsAboveSmallerSide = value
        case "lexicalPartWeight": p.lexicalPartWeight = value
        case "learningMinimum": p.learningMinimum = Int(value)
        case "learningLift": p.learningLift = value
        case "confidentStrength": p.confidentStrength = value
        case "movedStrength": p.movedStrength = value
        case "farMargin": p.farMargin = value
        case "crossingPenalty": p.crossingPenalty = value
        case "monotonicLengthVariance": p.monotonicLengthVariance = value
        case "monotonicRefinements": p.monotonicRefinements = Int(value)
        default:
            guard name.hasPrefix("shape."), p.shapeProbabilities[String(name.dropFirst(6))] != nil else { return nil }
            p.shapeProbabilities[String(name.dropFirst(6))] = value
        }
        return p
    }
}
