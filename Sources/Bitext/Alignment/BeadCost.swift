import Foundation

/// The cost of a bead: its evidence as a negative log-likelihood, lower is better.
///
/// Combines a Gale–Church length model (English characters against Chinese characters, with the ratio
/// and variance of the document pair), anchors (numbers, dates, entities, names, Latin tokens: a bonus per
/// anchor both sides share, a penalty per anchor only one side has), a prior per bead shape, and a prior
/// that translations run along the diagonal.
package struct BeadCost: Sendable {
    /// English characters per Chinese character.
    package var ratio: Double
    /// Variance of the length difference per character (Gale–Church's s², in Chinese characters).
    package var variance: Double
    /// Cost subtracted per anchor both sides share (weighted by rarity, up to `maxMatches`).
    package var matchBonus: Float
    package var maxMatches: Float
    /// The length cost of a one-sided bead, whatever its length (Gale–Church's would grow without bound).
    package var deletionCost: Float
    /// Cost taken off a one-sided bead that follows one of the same side: blocks go unaligned together.
    package var gapDiscount: Float
    /// Cost added per anchor one side has and the other lacks (up to `maxMismatchCost`).
    package var mismatchPenalty: Float
    package var maxMismatchCost: Float
    /// Cost of a two-sided bead that splits a question from the rest of its translation
    /// (`AlignmentParameters.questionSplit`).
    package var questionSplit: Float
    /// Weight of the diagonal prior: cost at a tenth of the document off the diagonal.
    package var diagonalWeight: Float
    /// −log P(shape), indexed `[chinese * 5 + english]`.
    package var shapeCosts: [Float]
    /// Cost of joining a sentence to the next in a bead side, by its `SentenceEnding`.
    package var joinCosts: AlignmentParameters.JoinCosts

    package init(ratio: Double, parameters: AlignmentParameters = .standard) {
        self.ratio = ratio.isFinite && ratio > 0 ? ratio : 3.0
        variance = parameters.lengthVariance
        matchBonus = parameters.anchorBonus
        maxMatches = parameters.maxAnchorMatches
        deletionCost = parameters.deletionCost
        gapDiscount = parameters.runDiscount
        mismatchPenalty = parameters.anchorPenalty
        maxMismatchCost = parameters.maxAnchorPenalty
        questionSplit = parameters.questionSplit
        diagonalWeight = parameters.diagonalWeight
        shapeCosts = AlignmentParameters.shapeCosts(parameters.shapeProbabilities)
        joinCosts = parameters.joinCosts
    }

    /// The cost of joining the sentences of each side of a bead.
    @inline(__always)
    package func joinCost(_ features: AlignmentFeatures, zh: Range<Int>, en: Range<Int>) -> Float {
        features.chinese.joinCost(zh, costs: joinCosts) + features.english.joinCost(en, costs: joinCosts)
    }

    /// A model for `features`: the ratio of the document's total lengths, the default variance.
    package init(estimatingFrom features: AlignmentFeatures, parameters: AlignmentParameters = .standard) {
        let chinese = features.chinese.lengthPrefix.last ?? 0
        let english = features.english.lengthPrefix.last ?? 0
        self.init(ratio: chinese > 0 && english > 0 ? english / chinese : 3.0, parameters: parameters)
    }

    /// Gale–Church's δ: how many standard deviations the English length is from the expected.
    @inline(__always)
    package func delta(chinese: Double, english: Double) -> Double {
        delta(chinese: chinese, expected: english / ratio)
    }

    /// `delta` with the English length already divided by `ratio`.
    @inline(__always)
    func delta(chinese: Double, expected: Double) -> Double {
        let mean = max((chinese + expected) / 2, 1)
        return (expected - chinese) / (variance * mean).squareRoot()
    }

    /// −log P(|δ| or more): the length cost of a bead.
    @inline(__always)
    package func lengthCost(chinese: Double, english: Double) -> Float {
        Self.tailCost(abs(delta(chinese: chinese, english: english)))
    }

    /// −log(2(1 − Φ(d))) for d ≥ 0: from a table with linear interpolation up to 16, then its asymptote
    /// d²/2 + log(d·√(π/2)).
    @inline(__always)
    package static func tailCost(_ d: Double) -> Float {
        tailCost(d, table: tailTable)
    }

    /// `tailCost` from `table`, `tailTable` itself (fetched once by a caller in a loop).
    @inline(__always)
    static func tailCost(_ d: Double, table: [Float]) -> Float {
        let position = d * Double(tailSteps)
        guard position < Double(table.count - 1) else {
            return Float(d * d / 2 + log(d * (Double.pi / 2).squareRoot()))
        }
        let index = Int(position)
        let fraction = Float(position - Double(index))
        return table[index] + (table[index + 1] - table[index]) * fraction
    }

    private static let tailSteps = 64
    static let tailTable: [Float] = (0...(16 * tailSteps)).map { step in
        let d = Double(step) / Double(tailSteps)
        return Float(-log(max(erfc(d / 2.0.squareRoot()), .leastNormalMagnitude)))
    }

    /// The cost of a bead of Chinese sentences `zh` and English sentences `en` (indices into `features`),
    /// its shape prior included, the diagonal prior not.
    @inline(__always)
    package func cost(_ features: AlignmentFeatures, zh: Range<Int>, en: Range<Int>) -> Float {
        let shape = shapeCosts[zh.count * 5 + en.count]
        guard !zh.isEmpty, !en.isEmpty else { return shape + deletionCost }
        let length = lengthCost(chinese: features.chinese.length(zh), english: features.english.length(en))
        return shape + length + anchorCost(features, zh: zh, en: en) + joinCost(features, zh: zh, en: en)
            + questionCost(features, zh: zh, en: en)
    }

    /// `questionSplit` when one side of a two-sided bead asks a question, the other does not, and the
    /// sentence right after the other side asks.
    @inline(__always)
    package func questionCost(_ features: AlignmentFeatures, zh: Range<Int>, en: Range<Int>) -> Float {
        let zhAsks = features.chinese.asks(zh)
        let enAsks = features.english.asks(en)
        guard zhAsks != enAsks else { return 0 }
        return (zhAsks ? features.english.asksAfter(en) : features.chinese.asksAfter(zh)) ? questionSplit : 0
    }

    /// The anchor part of a two-sided bead's cost: bonus for shared anchors, penalty for lone ones.
    @inline(__always)
    package func anchorCost(_ features: AlignmentFeatures, zh: Range<Int>, en: Range<Int>) -> Float {
        let zhKeys = features.chinese.keyRange(zh)
        let enKeys = features.english.keyRange(en)
        if zhKeys.isEmpty && enKeys.isEmpty { return 0 }
        let (shared, lone) = Self.overlap(features.chinese, zhKeys, features.english, enKeys)
        return min(lone * mismatchPenalty, maxMismatchCost) - min(shared, maxMatches) * matchBonus
    }

    /// The weight of shared anchors (found on both sides) and of lone ones (found on one side only).
    @inline(__always)
    private static func overlap(_ chinese: SideFeatures, _ zh: Range<Int>, _ english: SideFeatures, _ en: Range<Int>)
        -> (shared: Float, lone: Float)
    {
        chinese.keys.withUnsafeBufferPointer { zhKeys in
            english.keys.withUnsafeBufferPointer { enKeys in
                chinese.weights.withUnsafeBufferPointer { zhWeights in
                    english.weights.withUnsafeBufferPointer { enWeights in
                        var lone: Float = 0
                        let shared = weigh(zh, zhKeys, zhWeights, against: en, enKeys, lone: &lone)
                        let sharedEnglish = weigh(en, enKeys, enWeights, against: zh, zhKeys, lone: &lone)
                        return (min(shared, sharedEnglish), lone)
                    }
                }
            }
        }
    }

    /// The weight of one side's anchors `range` that the other side's anchors `others` hold too; the weight
    /// of the rest is added to `lone`.
    @inline(__always)
    private static func weigh(
        _ range: Range<Int>, _ keys: UnsafeBufferPointer<UInt64>, _ weights: UnsafeBufferPointer<Float>,
        against others: Range<Int>, _ otherKeys: UnsafeBufferPointer<UInt64>, lone: inout Float
    ) -> Float {
        var shared: Float = 0
        for index in range {
            let key = keys[index]
            var found = false
            for other in others where otherKeys[other] == key {
                found = true
                break
            }
            if found { shared += weights[index] } else { lone += weights[index] }
        }
        return shared
    }

    /// The diagonal prior at cell (`i`, `j`) of an `n` × `m` alignment.
    @inline(__always)
    package func diagonalCost(i: Int, j: Int, n: Int, m: Int) -> Float {
        guard n > 0, m > 0, diagonalWeight > 0 else { return 0 }
        let offset = (Float(i) / Float(n) - Float(j) / Float(m)) * 10
        return diagonalWeight * min(offset * offset, 5)
    }
}
