import ArgumentParser
import Bitext
import Foundation

/// `bitext-bench segmentation`: reads and segments a ~10 MB mixed article built from the seeds.
struct SegmentationBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segmentation",
        abstract: "Time Reader + Segmenter on a large input built from the seeds (MB/s, sentences/s).",
        discussion: "Run in release mode: swift run -c release bitext-bench segmentation"
    )

    @Option(help: "Input size in MB (10^6 bytes).")
    var megabytes = 10.0

    @Option(help: "Timed runs; the median is reported.")
    var runs = 5

    @Option(help: "The seeds folder.")
    var seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    func run() throws {
        let input = try Self.input(seeds: seeds, bytes: Int(megabytes * 1_000_000))
        let megabytes = Double(input.count) / 1_000_000
        print(
            String(
                format: "input: %.2f MB from the seeds (mixed Chinese-English, %d lines)", megabytes,
                input.count { $0 == 0x0A }))
        let segmenter = try Segmenter()
        var reads: [Duration] = []
        var segments: [Duration] = []
        var sentences = 0
        let clock = ContinuousClock()
        for _ in 0..<max(runs, 1) {
            var document: Document?
            reads.append(try clock.measure { document = try Reader().read(bytes: input, id: "bench", path: "bench") })
            guard let document else { continue }
            var segmented: SegmentedDocument?
            segments.append(try clock.measure { segmented = try segmenter.segment(document) })
            sentences = (segmented?.chinese.count ?? 0) + (segmented?.english.count ?? 0)
        }
        let read = Self.median(reads)
        let segment = Self.median(segments)
        let total = read + segment
        print("runs: \(runs), median times")
        for (name, time) in [("read", read), ("segment", segment), ("read+segment", total)] {
            let label = name.padding(toLength: 13, withPad: " ", startingAt: 0)
            print(
                "  \(label)"
                    + String(
                        format: "%7.3f s  %7.1f MB/s  %9.0f sentences/s", time.seconds, megabytes / time.seconds,
                        Double(sentences) / time.seconds))
        }
        print("sentences: \(sentences)")
    }

    /// The seeds, concatenated over and over up to `bytes`: seed 004 (mixed) first, so the input has both
    /// passages.
    static func input(seeds: String, bytes: Int) throws -> [UInt8] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }
            .sorted { ($0.hasPrefix("004") ? 0 : 1, $0) < ($1.hasPrefix("004") ? 0 : 1, $1) }
        let texts = try names.map {
            try [UInt8](Data(contentsOf: URL(fileURLWithPath: seeds).appendingPathComponent($0)))
        }
        guard texts.contains(where: { !$0.isEmpty }) else { throw ValidationError("no seeds in \(seeds)") }
        var input: [UInt8] = []
        input.reserveCapacity(bytes + 10_000)
        while input.count < bytes {
            for text in texts where input.count < bytes {
                input += text
                if input.last != 0x0A { input.append(0x0A) }
            }
        }
        return input
    }

    static func median(_ times: [Duration]) -> Duration {
        let sorted = times.sorted()
        return sorted.isEmpty ? .zero : sorted[sorted.count / 2]
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
