import ArgumentParser
import Bitext
import BitextTestSupport
import Foundation

/// `bitext-bench pair`: document pairing of generated articles, 1k to 100k a side: time, peak memory, F1.
///
/// Each size and setting runs in a process of its own (this command with `--one`), so that each row's
/// peak resident memory is its own.
struct PairBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pair",
        abstract: "Pair n generated Chinese articles with n English ones (1k to 100k): time, peak memory, F1.",
        discussion: """
            Articles are PairingCorpus(generated:): 8 to 20 synthetic sentences and a closing sentence of \
            three numbers and a date, shuffled on each side. Time covers DocumentPairer.pair (anchor \
            extraction, the index, candidates, the alignment check, the matching), not generating the \
            articles; peak memory (getrusage) includes them, and the column before it is the peak once they are \
            generated, before pairing. Build in release mode:
              BITEXT_BENCHMARKS=1 swift build -c release --product bitext-bench
              .build/release/bitext-bench pair --sizes 1000,10000,100000
            """
    )

    @Option(help: "Articles a side, comma-separated.")
    var sizes = "1000,10000,100000"

    @Option(help: "Settings: check (with the alignment check), fast (without), or both, comma-separated.")
    var settings = "fast,check"

    @Option(help: ArgumentHelp("Run one size and setting in this process (SIZE,SETTING).", visibility: .hidden))
    var one: String?

    func run() throws {
        if let one {
            let fields = one.split(separator: ",")
            guard fields.count == 2, let size = Int(fields[0]) else { throw ValidationError("--one SIZE,SETTING") }
            print(try Self.row(size: size, check: fields[1] == "check"))
            return
        }
        print(
            "| articles a side | alignment check | wall s | CPU s | µs/article (wall) | RSS of the articles (MiB) "
                + "| peak RSS (MiB) | pairs | F1 |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
        for setting in settings.split(separator: ",") {
            for size in sizes.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
                process.arguments = ["pair", "--one", "\(size),\(setting)"]
                let output = Pipe()
                process.standardOutput = output
                try process.run()
                let data = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                print(String(decoding: data, as: UTF8.self), terminator: "")
            }
        }
    }

    /// One table row: pairs `size` generated articles a side.
    static func row(size: Int, check: Bool) throws -> String {
        let corpus = PairingCorpus(generated: size)
        let articles = AlignmentBenchmark.peakMebibytes()
        var options = DocumentPairer.Options()
        options.alignmentCheck = check
        let pairer = DocumentPairer(options: options)
        let clock = ContinuousClock()
        let cpuBefore = AlignmentBenchmark.cpuSeconds()
        var pairing = DocumentPairing(pairs: [], unpairedChinese: [], unpairedEnglish: [])
        let elapsed = try clock.measure {
            pairing = try pairer.pair(chinese: corpus.chinese, english: corpus.english)
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cpu = AlignmentBenchmark.cpuSeconds() - cpuBefore
        let score = corpus.score(pairing)
        return
            "| \(size) | \(check ? "yes" : "no") | \(String(format: "%.2f", seconds)) | \(String(format: "%.2f", cpu)) "
            + "| \(String(format: "%.1f", seconds * 1e6 / Double(size))) "
            + "| \(String(format: "%.0f", articles)) | \(String(format: "%.0f", AlignmentBenchmark.peakMebibytes())) "
            + "| \(pairing.pairs.count) "
            + "| \(String(format: "%.3f", score.f1)) |"
    }
}
