import Bitext
import Foundation

/// Fitting and measuring the confidence model on gold-aligned documents (docs/confidence.md).
package enum ConfidenceFit {
    /// One pair: its confidence features, whether it is right (its bead is exactly a gold bead) and
    /// the confidence the aligner gave it.
    package struct Sample: Sendable {
        package var features: ConfidenceFeatures
        package var right: Bool
        package var confidence: Double
    }

    /// The pairs of `document` aligned with `options`, labelled against its gold.
    package static func samples(_ document: DevelopmentDocuments.Document, options: Bitext.AlignmentOptions) throws
        -> [Sample]
    {
        let (aligned, features) = try Pipeline(alignment: options, presegmented: document.presegmented)
            .scoredAlignment(document.input)
        let gold = Set(document.gold)
        return zip(aligned.pairs, features).map { pair, features in
            Sample(features: features, right: gold.contains(pair.bead), confidence: pair.confidence)
        }
    }

    /// The logistic model of `samples` (two-sided and one-sided beads fitted apart), by Newton's method
    /// with a light ridge penalty (λ = 1) so that separable features stay finite.
    package static func fit(_ samples: [Sample]) -> ConfidenceModel {
        ConfidenceModel(
            twoSided: logistic(samples.filter { !$0.features.oneSided }),
            oneSided: logistic(samples.filter { $0.features.oneSided }))
    }

    static func logistic(_ samples: [Sample]) -> [Double] {
        let rows = samples.map { [1.0] + $0.features.vector }
        let labels = samples.map { $0.right ? 1.0 : 0.0 }
        let size = ConfidenceFeatures.inputs + 1
        var weights = [Double](repeating: 0, count: size)
        guard !rows.isEmpty else { return weights }
        for _ in 0..<50 {
            var gradient = [Double](repeating: 0, count: size)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
            for (row, label) in zip(rows, labels) {
                let z = zip(weights, row).reduce(0) { $0 + $1.0 * $1.1 }
                let p = 1 / (1 + exp(-z))
                let residual = p - label
                let curvature = p * (1 - p)
                for a in 0..<size {
                    gradient[a] += residual * row[a]
                    for b in 0..<size { hessian[a][b] += curvature * row[a] * row[b] }
                }
            }
            for a in 1..<size {
                gradient[a] += weights[a]
                hessian[a][a] += 1
            }
            hessian[0][0] += 1e-6
            guard let step = solve(hessian, gradient) else { break }
            for a in 0..<size { weights[a] -= step[a] }
            if step.map(abs).max() ?? 0 < 1e-9 { break }
        }
        return weights
    }

    /// x with `matrix` · x = `vector` (Gaussian elimination with partial pivoting); nil when singular.
    static func solve(_ matrix: [[Double]], _ vector: [Double]) -> [Double]? {
        var a = matrix
        var b = vector
        let n = b.count
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                abs(a[pivot][column]) > 1e-12
            else { return nil }
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            for row in (column + 1)..<n {
                let factor = a[row][column] / a[column][column]
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<n { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return x
    }

    /// How well `confidences` predict `right`: calibration error, Brier score, AUC and the precision
    /// of the pairs at 0.9 or more.
    package struct Report: Sendable {
        package var pairs = 0
        package var right = 0.0
        /// Expected calibration error over 10 equal-width bins.
        package var ece = 0.0
        package var brier = 0.0
        package var auc = 0.5
        package var kept = 0
        package var keptRight = 0.0
        /// (mean confidence, accuracy, pairs) of each of the 10 bins.
        package var bins: [(confidence: Double, accuracy: Double, count: Int)] = []

        package init(confidences: [Double], right labels: [Bool]) {
            pairs = confidences.count
            guard pairs > 0 else { return }
            right = Double(labels.filter { $0 }.count) / Double(pairs)
            var sums = [(Double, Double, Int)](repeating: (0, 0, 0), count: 10)
            for (confidence, isRight) in zip(confidences, labels) {
                let bin = min(Int(confidence * 10), 9)
                sums[bin].0 += confidence
                sums[bin].1 += isRight ? 1 : 0
                sums[bin].2 += 1
                brier += (confidence - (isRight ? 1 : 0)) * (confidence - (isRight ? 1 : 0))
                if confidence >= 0.9 {
                    kept += 1
                    keptRight += isRight ? 1 : 0
                }
            }
            brier /= Double(pairs)
            keptRight = kept > 0 ? keptRight / Double(kept) : 1
            for (confidence, correct, count) in sums {
                let mean = count > 0 ? confidence / Double(count) : 0
                let accuracy = count > 0 ? correct / Double(count) : 0
                bins.append((mean, accuracy, count))
                ece += Double(count) / Double(pairs) * abs(mean - accuracy)
            }
            auc = Self.auc(confidences, labels)
        }

        /// The probability that a right pair scores above a wrong one (ties count half).
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
            return (sum - Double(positives * (positives + 1)) / 2) / Double(positives * negatives)
        }
    }
}
