import Foundation

/// What a pair's confidence is worked out from: its margin over the nearest alternative, and the
/// document around it.
package struct ConfidenceFeatures: Sendable, Hashable {
    /// Nats the bead saves over its best local alternative (a two-sided bead: leaving its sentences
    /// unaligned; a one-sided one: joining its sentence to a neighbour), with every evidence the final
    /// search used, words included.
    package var margin: Double
    /// The smaller margin of the neighbouring beads (errors come in runs); `linked` sets it.
    package var neighbourMargin = 0.0
    /// The mean margin of the document's two-sided beads (how well the two texts correspond at all).
    package var documentMargin: Double
    package var oneSided: Bool
    package var oneToOne: Bool
    package var crossing: Bool
    /// Whether a bead next to it is one-sided: the edge of a gap, where a sentence is most often joined
    /// to the wrong bead or left out wrongly; `linked` sets it.
    package var besideGap = false
    /// Nats a two-sided bead saves over taking in one more sentence next to it from the bead that holds
    /// it, or over leaving a sentence at an end of a side of several unaligned, up to `marginCap` (which
    /// a one-sided bead gets).
    package var boundaryMargin = Self.marginCap
    /// The smaller boundary margin of the neighbouring beads; `linked` sets it.
    package var neighbourBoundaryMargin = 0.0

    /// `beads`, in order, with what they have from their neighbours: the smaller margin and boundary
    /// margin of the beads next to each (its own where it has no neighbour on a side), and whether one of
    /// them is one-sided.
    static func linked(_ beads: [ConfidenceFeatures]) -> [ConfidenceFeatures] {
        beads.indices.map { index in
            let before = beads[index > 0 ? index - 1 : index]
            let after = beads[index + 1 < beads.count ? index + 1 : index]
            var bead = beads[index]
            bead.neighbourMargin = min(before.margin, after.margin)
            bead.neighbourBoundaryMargin = min(before.boundaryMargin, after.boundaryMargin)
            bead.besideGap = (index > 0 && before.oneSided) || (index + 1 < beads.count && after.oneSided)
            return bead
        }
    }

    /// The number of elements of `vector`.
    package static let inputs = 8

    /// The highest margin the model tells from another (margins are clamped to −10…20): above it a bead
    /// is as sure as can be.
    package static let marginCap = 20.0

    /// Mean margins of a document's two-sided beads at or above this count alike: the document's two
    /// texts translate each other. Below it they look like two texts that do not (docs/confidence.md).
    /// Near midway between the highest mismatched pair of development documents (12.0, the Chinese of
    /// one aligned with the English of another) and the lowest true one (16.9, the Sinorama article),
    /// 2026-12-06 (first chosen as the midway of 13.5 and 17.0, before the margin kept a side's joins);
    /// with any one document left out, midway stays between 13.5 and 14.5: 15 is above every mismatched
    /// pair and below every true document either way.
    package static let documentMarginCap = 15.0

    /// The inputs of the logistic model, without the intercept; margins clamped to −10…`marginCap`.
    package var vector: [Double] {
        func clamped(_ value: Double) -> Double { min(max(value, -10), Self.marginCap) }
        return [
            clamped(margin), clamped(neighbourMargin), oneToOne ? 1 : 0, crossing ? 1 : 0,
            min(clamped(documentMargin), Self.documentMarginCap) - Self.documentMarginCap, besideGap ? 1 : 0,
            clamped(boundaryMargin), clamped(neighbourBoundaryMargin),
        ]
    }
}

/// The probability that a pair is right, as a logistic model of its `ConfidenceFeatures`.
///
/// One set of coefficients for two-sided beads and one for one-sided beads, each an intercept followed
/// by a weight per element of `ConfidenceFeatures.vector`.
package struct ConfidenceModel: Sendable, Hashable {
    package var twoSided: [Double]
    package var oneSided: [Double]

    package init(twoSided: [Double], oneSided: [Double]) {
        self.twoSided = twoSided
        self.oneSided = oneSided
    }

    /// The probability that the bead with `features` is right.
    package func probability(_ features: ConfidenceFeatures) -> Double {
        let coefficients = features.oneSided ? oneSided : twoSided
        var z = coefficients.first ?? 0
        for (weight, value) in zip(coefficients.dropFirst(), features.vector) { z += weight * value }
        return 1 / (1 + exp(-z))
    }

    /// A logistic of the margin alone, σ((margin − 2) / 2): the confidence before calibration.
    package static let uncalibrated = ConfidenceModel(
        twoSided: [-1, 0.5, 0, 0, 0, 0, 0, 0, 0], oneSided: [-1, 0.5, 0, 0, 0, 0, 0, 0, 0])
}
