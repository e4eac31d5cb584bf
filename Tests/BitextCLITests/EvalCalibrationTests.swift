import BitextTestSupport
import Foundation
import Testing

/// `bitext eval --calibration` and `--plot` on a real alignment: the UN document aligned with its
/// confidences, against its LDC gold.
@Suite struct EvalCalibrationTests {
    static let document = "fixtures/un-zh-en/UN19930101_020"

    @Test func reportsCalibrationAndDrawsIt() throws {
        let folder = try TemporaryFolder("eval")
        defer { folder.remove() }
        let beads = folder.path("un.beads")
        let align = try BitextBinary.run([
            "align", "--presegmented", "--zh", Self.document + ".zh", "--en", Self.document + ".en", "--format",
            "beads",
            "--score", "-o", beads,
        ])
        #expect(align.status == 0, "\(align.stderr)")
        let lines = try String(contentsOfFile: beads, encoding: .utf8).split(separator: "\n")
        let plot = folder.path("un.svg")
        let eval = try BitextBinary.run(["eval", "--json", "--plot", plot, "--gold", Self.document + ".gold", beads])
        #expect(eval.status == 0, "\(eval.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(eval.stdout.utf8)) as? [String: Any])
        let calibration = try #require(report["calibration"] as? [String: Any])
        #expect(calibration["pairs"] as? Int == lines.count)
        let bins = try #require(calibration["bins"] as? [[String: Any]])
        #expect(bins.count == 10 && bins.compactMap { $0["pairs"] as? Int }.reduce(0, +) == lines.count)
        // The shipped confidence on a document it was fitted with: calibrated, and ranking right above wrong.
        #expect(try #require(calibration["ece"] as? Double) < 0.05)
        #expect(try #require(calibration["auc"] as? Double) > 0.85)
        let thresholds = try #require(calibration["thresholds"] as? [[String: Any]])
        let kept = thresholds.compactMap { $0["kept"] as? Int }
        #expect(kept.first == lines.count && zip(kept, kept.dropFirst()).allSatisfy { $0 >= $1 })

        let svg = try String(contentsOfFile: plot, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("ECE "))
        let xmllint = "/usr/bin/xmllint"
        if FileManager.default.isExecutableFile(atPath: xmllint) {
            let process = try Process.run(URL(fileURLWithPath: xmllint), arguments: ["--noout", plot])
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "the plot is not well-formed XML")
        }

        let text = try BitextBinary.run(["eval", "--calibration", "--gold", Self.document + ".gold", beads])
        #expect(text.status == 0)
        #expect(text.stdout.contains("calibration: \(lines.count) pairs"))
        #expect(text.stdout.contains("calibrated confidences would show an ECE of 0.0"))
        #expect(text.stdout.contains("--min-score   kept  precision  recall  mean conf."))
    }

    @Test(arguments: [
        (["eval", "--calibration", "--gold", "fixtures/eval/a.gold", "fixtures/eval/a.beads"], 65, "--score"),
        (
            ["eval", "--plot", "-", "--gold", "fixtures/eval/a.gold", "fixtures/eval/a.beads"], 64,
            "--plot writes a file"
        ),
    ])
    func refusals(arguments: [String], status: Int32, message: String) throws {
        let run = try BitextBinary.run(arguments)
        #expect(run.status == status)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}
