import ArgumentParser
import Bitext
import BitextTestSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `bitext-bench alignment`: aligns synthetic documents of growing length; prints time and peak memory.
struct AlignmentBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alignment",
        abstract: "Align synthetic documents of 1k, 10k and 100k sentences per side: time, peak memory, F1.",
        discussion: """
            Peak memory is the process's maximum resident set size (getrusage), so sizes run from small to \
            large and each row shows the peak so far. Build in release mode:
              swift build -c release --product bitext-bench
              .build/release/bitext-bench alignment --sizes 1000,10000,100000
            """
    )

    @Option(help: "Sentences per side, comma-separated.")
    var sizes = "1000,10000,100000"

    @Option(help: "Seed of the synthetic documents.")
    var seed: UInt64 = 2025

    @Option(name: .customLong("set"), help: "NAME=VALUE: a parameter change (as tune takes it).")
    var settings: [String] = []

    @Flag(help: "The monotonic search (align --monotonic).")
    var monotonic = false

    func run() throws {
        print(
            "| sentences per side | beads | wall time (s) | CPU time (s) | sentences/s (CPU) | peak RSS (MiB) "
                + "| strict F1 | lax F1 |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        var options = AlignmentOptions()
        options.monotonic = monotonic
        for text in settings {
            guard let setting = ParameterSetting(text), let changed = setting.apply(to: options.parameters) else {
                throw ValidationError("unknown setting '\(text)'")
            }
            options.parameters = changed
        }
        for size in sizes.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            let corpus = SyntheticCorpus(pairs: size, seed: seed)
            let clock = ContinuousClock()
            let cpuBefore = Self.cpuSeconds()
            var pairs: [AlignedPair] = []
            let elapsed = clock.measure {
                pairs = Aligner(options: options).align(
                    chinese: corpus.chinese, english: corpus.english, document: "synthetic")
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let cpu = Self.cpuSeconds() - cpuBefore
            let score = AlignmentScore(gold: [corpus.gold], system: [pairs.map(\.bead)])
            let rate = Double(corpus.chinese.count + corpus.english.count) / cpu
            print(
                "| \(size) | \(pairs.count) | \(String(format: "%.2f", seconds)) | \(String(format: "%.2f", cpu)) "
                    + "| \(String(format: "%.0f", rate)) "
                    + "| \(String(format: "%.0f", Self.peakMebibytes())) | \(String(format: "%.3f", score.strictF1)) "
                    + "| \(String(format: "%.3f", score.laxF1)) |")
        }
    }

    /// User and system CPU time of the process so far, in seconds (the machine may be shared).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// The process's peak resident set size in MiB (Linux reports `ru_maxrss` in KiB).
    static func peakMebibytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
