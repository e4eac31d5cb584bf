import Foundation

/// How well confidences predict whether pairs are right: a reliability table, calibration error,
/// Brier score, AUC, and what each `--min-score` threshold keeps.
///
/// A pair is right when its bead is exactly a gold bead. Confidences are taken as given, clamped to 0…1.
package struct CalibrationReport: Sendable, Encodable {
    /// One of the ten equal-width confidence bins (0–0.1, …, 0.9–1).
    package struct Bin: Sendable, Equatable, Encodable {
        package var lower: Double
        package var pairs = 0
        package var meanConfidence = 0.0
        /// The share of right pairs in the bin.
        package var accuracy = 0.0
    }

    /// The pairs a `--min-score` threshold keeps.
    package struct Threshold: Sendable, Equatable, Encodable {
        /// The `--min-score` (`minScore` in JSON).
        package var minimum: Double
        package var kept = 0
        /// Right pairs among the kept ones.
        package var precision = 1.0
        /// Right kept pairs among the gold beads.
        package var recall = 0.0
        /// The kept pairs' mean confidence: the precision calibrated confidences promise them.
        package var meanConfidence = 0.0

        enum CodingKeys: String, CodingKey {
            case minimum = "minScore"
            case kept, precision, recall, meanConfidence
        }
    }

    /// The thresholds `thresholds` reports.
    package static let minimums = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99]

    package var pairs = 0
    /// The share of right pairs.
    package var accuracy = 0.0
    package var bins: [Bin] = []
    /// Expected calibration error: the bins' gaps between mean confidence and accuracy, weighted by pairs.
    package var ece = 0.0
    /// The ECE that confidences keeping their promise exactly would show on these pairs by chance alone:
    /// the mean over `chanceDraws(pairs:)` draws in which each pair is right with the probability its
    /// confidence says (a fixed seed). On a few hundred pairs it is a few hundredths: an ECE near it is as close to
    /// calibrated as so few pairs can show.
    package var chanceECE = 0.0
    /// The 95th percentile of those draws' ECE: a higher ECE is not chance.
    package var chanceECEHigh = 0.0
    /// Mean squared difference between confidence and rightness (0 or 1).
    package var brier = 0.0
    /// The probability that a right pair scores above a wrong one (ties count half); 0.5 when all pairs
    /// are right or all wrong.
    package var auc = 0.5
    package var thresholds: [Threshold] = []

    /// The report of pairs with `confidences` that are `right` or not, of a gold alignment of `gold` beads.
    package init(confidences: [Double], right: [Bool], gold: Int? = nil) {
        precondition(confidences.count == right.count, "one rightness a confidence")
        let confidences = confidences.map { min(max($0.isNaN ? 0 : $0, 0), 1) }
        pairs = confidences.count
        bins = (0..<10).map { Bin(lower: Double($0) / 10) }
        let goldCount = gold ?? right.filter { $0 }.count
        thresholds = Self.minimums.map { Threshold(minimum: $0) }
        guard pairs > 0 else { return }
        var sums = [(confidence: Double, right: Int)](repeating: (0, 0), count: 10)
        var keptRight = [Int](repeating: 0, count: thresholds.count)
        var keptConfidence = [Double](repeating: 0, count: thresholds.count)
        for (confidence, isRight) in zip(confidences, right) {
            let bin = Self.bin(of: confidence)
            bins[bin].pairs += 1
            sums[bin].confidence += confidence
            sums[bin].right += isRight ? 1 : 0
            brier += (confidence - (isRight ? 1 : 0)) * (confidence - (isRight ? 1 : 0))
            for index in thresholds.indices where confidence >= thresholds[index].minimum {
                thresholds[index].kept += 1
                keptRight[index] += isRight ? 1 : 0
                keptConfidence[index] += confidence
            }
        }
        accuracy = Double(right.filter { $0 }.count) / Double(pairs)
        brier /= Double(pairs)
        for index in bins.indices where bins[index].pairs > 0 {
            let count = Double(bins[index].pairs)
            bins[index].meanConfidence = sums[index].confidence / count
            bins[index].accuracy = Double(sums[index].right) / count
            ece += count / Double(pairs) * abs(bins[index].meanConfidence - bins[index].accuracy)
        }
        for index in thresholds.indices {
            let kept = thresholds[index].kept
            thresholds[index].precision = kept > 0 ? Double(keptRight[index]) / Double(kept) : 1
            thresholds[index].recall = goldCount > 0 ? Double(keptRight[index]) / Double(goldCount) : 0
            thresholds[index].meanConfidence = kept > 0 ? keptConfidence[index] / Double(kept) : 0
        }
        auc = Self.auc(confidences, right)
        (chanceECE, chanceECEHigh) = Self.chanceECE(confidences, bins: bins)
    }

    /// The draws `chanceECE` is taken over: 400, fewer (down to 40) above 100,000 pairs, where the
    /// spread is a few thousandths and 400 draws would add a fifth to `eval`'s time (1M pairs: 3.4 s).
    package static func chanceDraws(pairs: Int) -> Int { min(400, max(40, 40_000_000 / max(pairs, 1))) }

    /// The mean and the 95th percentile of the ECE of pairs drawn right with the probability of their
    /// `confidences` (clamped), in the reliability table's `bins`.
    static func chanceECE(_ confidences: [Double], bins: [Bin]) -> (mean: Double, high: Double) {
        var generator = SplitMix64(seed: 0x0EC5)
        var right = [Int](repeating: 0, count: bins.count)
        let count = chanceDraws(pairs: confidences.count)
        var draws: [Double] = []
        draws.reserveCapacity(count)
        for _ in 0..<count {
            for index in right.indices { right[index] = 0 }
            for confidence in confidences {
                if generator.nextUnit() < confidence { right[Self.bin(of: confidence)] += 1 }
            }
            var ece = 0.0
            for (bin, count) in zip(bins, right) where bin.pairs > 0 {
                ece += abs(bin.meanConfidence * Double(bin.pairs) - Double(count))
            }
            draws.append(ece / Double(max(confidences.count, 1)))
        }
        draws.sort()
        return (draws.reduce(0, +) / Double(count), draws[count * 95 / 100])
    }

    /// The reliability table's bin of a confidence in 0…1.
    @inline(__always)
    static func bin(of confidence: Double) -> Int { min(Int(confidence * 10), 9) }

    /// The threshold entry for `minimum`, when the report has it.
    package func threshold(_ minimum: Double) -> Threshold? {
        thresholds.first { abs($0.minimum - minimum) < 1e-9 }
    }

    /// The probability that a right pair scores above a wrong one, by ranks (ties count half).
    static func auc(_ scores: [Double], _ labels: [Bool]) -> Double {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var ranks = [Double](repeating: 0, count: scores.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && scores[order[end + 1]] == scores[order[start]] { end += 1 }
            for k in start...end { ranks[order[k]] = Double(start + end) / 2 + 1 }
            start = end + 1
        }
        let positives = labels.filter { $0 }.count
        let negatives = labels.count - positives
        guard positives > 0, negatives > 0 else { return 0.5 }
        let sum = zip(ranks, labels).filter(\.1).reduce(0) { $0 + $1.0 }
        return (sum - Double(positives) * Double(positives + 1) / 2) / (Double(positives) * Double(negatives))
    }
}
