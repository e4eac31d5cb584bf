import ArgumentParser
import Bitext
import Foundation

/// `bitext-bench lexicon-load`: what the built-in lexicon costs a process that aligns one document.
struct LexiconLoadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon-load",
        abstract: "Time loading the built-in lexicon (Resources/lexicon.tsv) and merging the gazetteer into it.",
        discussion: """
            The first load is what `bitext align` pays once per process (reading the resource, parsing, \
            merging the gazetteer's names); later runs parse the bytes already read. Peak memory is the \
            process's maximum resident set size (getrusage), before and after the first load.
            """
    )

    @Option(help: "Timed parses after the first load; the median is reported.")
    var runs = 5

    @Option(help: "The lexicon resource.")
    var resource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Bitext/Resources/lexicon.tsv").path

    func run() throws {
        let clock = ContinuousClock()
        let before = AlignmentBenchmark.peakMebibytes()
        var headwords = 0
        let first = clock.measure { headwords = ChineseEnglishDictionary.builtInWithNames.entries.count }
        let after = AlignmentBenchmark.peakMebibytes()
        print(
            String(
                format:
                    "first load (read, parse, merge the gazetteer): %.0f ms, %d headwords; peak memory %.0f → %.0f MiB",
                first.milliseconds, headwords, before, after))
        let data = try Data(contentsOf: URL(fileURLWithPath: resource))
        var parses: [Duration] = []
        for _ in 0..<max(runs, 1) {
            parses.append(clock.measure { _ = ChineseEnglishDictionary(lexiconData: data) })
        }
        let median = parses.sorted()[parses.count / 2]
        print(
            String(
                format: "parse of %.1f MB, median of %d: %.0f ms", Double(data.count) / 1e6, parses.count,
                median.milliseconds))
    }
}

extension Duration {
    /// The duration in milliseconds.
    fileprivate var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
