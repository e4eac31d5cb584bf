import ArgumentParser
import Bitext
import BitextTestSupport
import Foundation

/// `bitext-bench batch-score`: link F1 of `bitext batch` on a generated corpus of UN documents, with and
/// without options such as `--no-learning`.
///
/// The documents are runs of the UN fixtures' gold beads, one sentence a line, so each has its gold
/// alignment; the batch runs `--presegmented` into a bead folder and every document is scored as
/// `bitext eval` does (the seed documents, which have no gold, are left out of the score).
struct BatchScoreBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch-score",
        abstract: "Link F1 of bitext batch over generated UN documents, per set of batch options."
    )

    @Option(help: "Corpus size in sentence pairs.")
    var pairs = 10_000

    @Option(help: "Gold beads a document, as LOW-HIGH.")
    var beads = "8-40"

    @Option(help: "Folder for the generated corpus and outputs.")
    var work = "bench-out/batch-score"

    @Option(
        name: .customLong("variant"), parsing: .unconditionalSingleValue,
        help: "A set of bitext batch options to compare, space-separated (\"\" for none); repeat for more.")
    var variants: [String] = ["", "--no-learning", "--monotonic"]

    func run() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let bitext = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("bitext").path
        let bounds = beads.split(separator: "-").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] >= 1, bounds[0] <= bounds[1] else {
            throw ValidationError("--beads must be LOW-HIGH, e.g. 8-40")
        }
        let corpus = try BatchCorpus(root: root)
        let documents = corpus.documents(pairs: pairs, beads: bounds[0]...bounds[1])
        let folder = "\(work)/corpus-\(pairs)-\(beads)"
        let manifest = try BatchCorpus.writeFiles(documents, to: folder)
        print("| options | documents scored | strict P | strict R | strict F1 | lax F1 | wall s | CPU s |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for (index, variant) in variants.enumerated() {
            let output = "\(work)/out-\(pairs)-\(beads)-\(index)"
            try? FileManager.default.removeItem(atPath: output)
            try? FileManager.default.removeItem(atPath: output + ".done")
            let options = variant.split(separator: " ").map(String.init)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
            process.arguments =
                ["-f", "%e %U %S", bitext, "batch", manifest, "-o", output, "--format", "beads", "--presegmented"]
                + ["--quiet"] + options
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ValidationError(
                    "bitext batch \(variant) failed (status \(process.terminationStatus)):\n\(report)")
            }
            let times = report.split(separator: "\n").last?.split(separator: " ").compactMap { Double($0) } ?? []
            var score = AlignmentScore()
            for document in documents where !document.gold.isEmpty {
                score.add(gold: document.gold, system: try BeadFile.read("\(output)/\(document.id).beads"))
            }
            func format(_ value: Double) -> String { String(format: "%.4f", value) }
            print(
                "| \(variant.isEmpty ? "(default)" : variant) | \(score.documents) | \(format(score.strictPrecision)) | "
                    + "\(format(score.strictRecall)) | \(format(score.strictF1)) | \(format(score.laxF1)) | "
                    + "\(times.count == 3 ? String(format: "%.2f", times[0]) : "?") | "
                    + "\(times.count == 3 ? String(format: "%.2f", times[1] + times[2]) : "?") |")
        }
    }
}
