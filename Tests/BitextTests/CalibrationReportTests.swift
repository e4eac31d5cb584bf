import BitextTestSupport
import Testing

@testable import Bitext

@Suite struct CalibrationReportTests {
    /// Four pairs worked out by hand: bins 0.9–1 (0.95 right, 0.95 wrong), 0.8–0.9 (0.85 right),
    /// 0.1–0.2 (0.15 wrong), of a gold alignment of four beads.
    static let hand = CalibrationReport(
        confidences: [0.95, 0.95, 0.85, 0.15], right: [true, false, true, false], gold: 4)

    @Test func handWorkedFigures() throws {
        let report = Self.hand
        #expect(report.pairs == 4)
        #expect(report.accuracy == 0.5)
        // ECE: 2/4 · |0.95 − 0.5| + 1/4 · |0.85 − 1| + 1/4 · |0.15 − 0|.
        #expect(abs(report.ece - 0.3) < 1e-12)
        // Brier: (0.05² + 0.95² + 0.15² + 0.15²) / 4.
        #expect(abs(report.brier - 0.2375) < 1e-12)
        // AUC: right {0.95, 0.85} against wrong {0.95, 0.15}: a tie (½), 1, 0, 1 of four.
        #expect(abs(report.auc - 0.625) < 1e-12)
        #expect(report.bins.map(\.pairs) == [0, 1, 0, 0, 0, 0, 0, 0, 1, 2])
        let high = try #require(report.threshold(0.9))
        #expect(high.kept == 2 && high.precision == 0.5 && high.recall == 0.25)
        // The kept pairs' mean confidence: what a calibrated confidence promises them.
        #expect(abs(high.meanConfidence - 0.95) < 1e-12)
        let half = try #require(report.threshold(0.5))
        #expect(half.kept == 3 && abs(half.precision - 2.0 / 3) < 1e-12 && half.recall == 0.5)
        #expect(abs(half.meanConfidence - 2.75 / 3) < 1e-12)
        #expect(report.threshold(0)?.kept == 4)
    }

    @Test func emptyAndOneClass() {
        let empty = CalibrationReport(confidences: [], right: [])
        #expect(empty.pairs == 0 && empty.ece == 0 && empty.auc == 0.5 && empty.thresholds.allSatisfy { $0.kept == 0 })
        let allRight = CalibrationReport(confidences: [1, 1], right: [true, true])
        #expect(allRight.ece == 0 && allRight.brier == 0 && allRight.auc == 0.5)
    }

    /// Any confidences (out of range and NaN included): every pair in one bin, figures in range, thresholds
    /// keeping fewer pairs as they rise; scores that separate right from wrong give AUC 1.
    @Test(arguments: 0..<200)
    func anyInputGivesAConsistentReport(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let count = Int(generator.next() % 300)
        var confidences: [Double] = []
        var right: [Bool] = []
        for _ in 0..<count {
            let kind = generator.next() % 20
            confidences.append(
                kind == 0 ? .nan : kind == 1 ? -0.5 : kind == 2 ? 1.5 : Double.random(in: 0...1, using: &generator))
            right.append(generator.next() % 3 != 0)
        }
        let report = CalibrationReport(confidences: confidences, right: right)
        #expect(report.bins.reduce(0) { $0 + $1.pairs } == count)
        #expect((0...1).contains(report.ece) && (0...1).contains(report.brier) && (0...1).contains(report.auc))
        #expect((0...1).contains(report.chanceECE) && (0...1).contains(report.chanceECEHigh))
        #expect(zip(report.thresholds, report.thresholds.dropFirst()).allSatisfy { $0.kept >= $1.kept })
        #expect(report.thresholds.allSatisfy { (0...1).contains($0.precision) && (0...1).contains($0.recall) })
        let separated = CalibrationReport(confidences: right.map { $0 ? 0.9 : 0.1 }, right: right)
        #expect(separated.auc == (right.contains(true) && right.contains(false) ? 1 : 0.5))
    }

    /// Pairs that all say 0.5 are right about half the time: by chance their ECE is the mean distance of a
    /// binomial share from its half, √(0.25 / n) · √(2 / π) for n pairs (normal approximation).
    @Test(arguments: [100, 400, 1600])
    func chanceECEOfCoinFlipsIsTheBinomialSpread(pairs: Int) {
        let report = CalibrationReport(
            confidences: [Double](repeating: 0.5, count: pairs), right: (0..<pairs).map { $0 % 2 == 0 })
        #expect(report.ece == 0)
        let expected = (0.25 / Double(pairs)).squareRoot() * (2 / Double.pi).squareRoot()
        #expect(abs(report.chanceECE - expected) < 0.1 * expected, "\(report.chanceECE) against \(expected)")
        #expect(report.chanceECEHigh > report.chanceECE && report.chanceECEHigh < 3 * expected)
    }

    /// Above 100,000 pairs the draws fall to keep `eval` fast, never below 40.
    @Test(arguments: [(0, 400), (215, 400), (100_000, 400), (200_000, 200), (1_000_000, 40), (50_000_000, 40)])
    func chanceDrawsShrinkOnlyForLargeFiles(pairs: Int, draws: Int) {
        #expect(CalibrationReport.chanceDraws(pairs: pairs) == draws)
    }

    /// Confidences of 0 and 1 leave nothing to chance; the same confidences on more pairs leave less.
    @Test func chanceECEShrinksWithCertaintyAndWithPairs() {
        let certain = CalibrationReport(confidences: [0, 1, 1, 0], right: [false, true, true, false])
        #expect(certain.chanceECE == 0 && certain.chanceECEHigh == 0)
        let few = CalibrationReport(confidences: [0.95, 0.85, 0.15], right: [true, true, false])
        let confidences = (0..<100).flatMap { _ in [0.95, 0.85, 0.15] }
        let many = CalibrationReport(confidences: confidences, right: confidences.map { $0 > 0.5 })
        #expect(few.chanceECE > 2 * many.chanceECE, "\(few.chanceECE), \(many.chanceECE)")
    }

    @Test(arguments: [(0.0, "0"), (0.5, "0.5"), (1.0 / 3, "0.333"), (300, "300"), (-0.0001, "0"), (12.25, "12.25")])
    func svgNumbers(value: Double, text: String) {
        #expect(CalibrationReport.number(value) == text)
    }

    @Test func svgHasBothPanelsAndEscapesTheTitle() {
        let svg = Self.hand.svg(title: "a<b & c")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("a&lt;b &amp; c"))
        #expect(svg.contains("share of pairs right") && svg.contains("precision"))
        // A bar for each of the three bins with pairs, a dot for each threshold.
        #expect(svg.components(separatedBy: "fill=\"#4a7bd0\" fill-opacity").count - 1 == 3)
        #expect(svg.components(separatedBy: "pairs kept</title>").count - 1 == CalibrationReport.minimums.count)
    }
}
