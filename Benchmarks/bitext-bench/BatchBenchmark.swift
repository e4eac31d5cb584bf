import ArgumentParser
import Bitext
import BitextTestSupport
import Foundation

/// `bitext-bench batch`: end-to-end batch alignment (read, segment, align, write TMX) at growing sizes.
///
/// Generates corpora from the UN fixtures and the bilingual seed (cached under the work folder), runs
/// the release `bitext batch` on each under `/usr/bin/time -v`, and prints a Markdown table of wall
/// time, pairs per second and peak resident memory.
struct BatchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "End-to-end batch alignment at 1k to 1M pairs: wall time, pairs/s, peak memory."
    )

    @Option(help: "Corpus sizes in sentence pairs, comma-separated.")
    var sizes = "1000,10000,100000,1000000"

    @Option(help: "Folder for the generated corpora (kept between runs) and outputs.")
    var work = "bench-out/batch"

    @Option(help: "Output format: tmx, tsv or jsonl.")
    var format = "tmx"

    @Flag(help: "Stream the corpus as JSON lines through `bitext batch --jsonl` instead of a manifest.")
    var stream = false

    @Option(help: "Documents in flight (bitext batch --jobs); default bitext's own.")
    var jobs: Int?

    @Option(
        name: .customLong("batch-option"), parsing: .unconditionalSingleValue,
        help: "An option for bitext batch, e.g. --batch-option --monotonic; repeat for more.")
    var batchOptions: [String] = []

    func run() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let bitext = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("bitext").path
        guard FileManager.default.isExecutableFile(atPath: bitext) else {
            throw ValidationError("no bitext beside bitext-bench at \(bitext): run swift build -c release first")
        }
        let corpus = try BatchCorpus(root: root)
        let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        print(
            "| pairs (gold) | documents | input MB | wall s | CPU s | CPU % | pairs written | pairs/s | peak RSS MB |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for size in counts {
            let folder = "\(work)/corpus-\(size)"
            let manifest = folder + "/manifest.tsv"
            let jsonl = folder + "/corpus.jsonl"
            if !FileManager.default.fileExists(atPath: manifest) {
                try corpus.writeFiles(pairs: size, to: folder)
            }
            if stream, !FileManager.default.fileExists(atPath: jsonl) {
                let handle = try Self.create(jsonl)
                try corpus.generate(pairs: size) {
                    try handle.write(contentsOf: Data(BatchCorpus.jsonLines([$0]).utf8))
                }
                try handle.close()
            }
            let documents = try String(contentsOfFile: manifest, encoding: .utf8).split(separator: "\n").count - 1
            let output = "\(work)/out-\(size).\(stream ? "jsonl" : format)"
            for stale in [output, output + ".done", output + ".partial"] {
                try? FileManager.default.removeItem(atPath: stale)
            }
            var arguments = ["-v", bitext, "batch", "--quiet"]
            arguments += stream ? ["--jsonl"] : [manifest, "-o", output]
            if let jobs { arguments += ["--jobs", String(jobs)] }
            arguments += batchOptions
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
            process.arguments = arguments
            let errors = Pipe()
            process.standardError = errors
            if stream {
                process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: jsonl))
                process.standardOutput = try Self.create(output)
            }
            try process.run()
            let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ValidationError(
                    "bitext batch failed on \(size) pairs (status \(process.terminationStatus)):\n\(report)")
            }
            let wall = Self.seconds(Self.field("Elapsed (wall clock) time (h:mm:ss or m:ss)", in: report) ?? "0")
            let peak = (Double(Self.field("Maximum resident set size (kbytes)", in: report) ?? "0") ?? 0) / 1024
            let cpu = ["User time (seconds)", "System time (seconds)"].reduce(0.0) {
                $0 + (Double(Self.field($1, in: report) ?? "0") ?? 0)
            }
            let share = Self.field("Percent of CPU this job got", in: report) ?? "?"
            let written = try Self.pairs(in: output, format: stream ? "jsonl" : format)
            let input = try Self.bytes(under: folder, excluding: "corpus.jsonl")
            print(
                "| \(size) | \(documents) | \(String(format: "%.1f", Double(input) / 1e6)) | "
                    + "\(String(format: "%.2f", wall)) | \(String(format: "%.2f", cpu)) | \(share) | \(written) | "
                    + "\(Int(Double(written) / max(wall, 0.001))) | "
                    + "\(String(format: "%.0f", peak)) |")
        }
    }

    private static func create(_ path: String) throws -> FileHandle {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }

    private static func field(_ name: String, in report: String) -> String? {
        for line in report.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(name + ": ") { return String(trimmed.dropFirst(name.count + 2)) }
        }
        return nil
    }

    /// `1:02.34` or `1:02:03` as seconds.
    private static func seconds(_ text: String) -> Double {
        text.split(separator: ":").reduce(0) { $0 * 60 + (Double($1) ?? 0) }
    }

    /// Pairs in an output: `<tu ` elements of TMX, lines of TSV or JSONL.
    private static func pairs(in path: String, format: String) throws -> Int {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var count = 0
        // The last three bytes of a chunk are looked at again with the next one: a "<tu" may straddle two.
        var carried: [UInt8] = []
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            guard format == "tmx" else {
                count += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                continue
            }
            // "<tu " or "<tu>": count "<tu" followed by a byte other than "v".
            let bytes = carried + chunk
            for index in 0..<max(bytes.count - 3, 0)
            where bytes[index] == 0x3C && bytes[index + 1] == 0x74 && bytes[index + 2] == 0x75
                && bytes[index + 3] != 0x76
            {
                count += 1
            }
            carried = Array(bytes.suffix(3))
        }
        return count
    }

    private static func bytes(under folder: String, excluding name: String) throws -> Int {
        var total = 0
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            guard !path.hasSuffix(name) else { continue }
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + path)
            if attributes[.type] as? FileAttributeType == .typeRegular { total += attributes[.size] as? Int ?? 0 }
        }
        return total
    }
}
