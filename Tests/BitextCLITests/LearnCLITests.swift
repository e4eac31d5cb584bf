import BitextTestSupport
import Foundation
import Testing

/// `bitext learn`, `--model` and streaming, run as a user would: the built binary, real files and pipes.
@Suite(.serialized) final class LearnCLITests: Sendable {
    private static let root = BitextBinary.root.path
    /// Four presegmented development documents: enough confident pairs to learn from.
    private static let manifest = "fixtures/batch/presegmented.tsv"

    /// A scratch folder of the test's own, removed when it ends.
    private let scratch: TemporaryFolder
    private var folder: String { scratch.path }

    init() throws { scratch = try TemporaryFolder("learn-cli") }
    deinit { scratch.remove() }

    /// The documents of the manifest as `batch --jsonl` reads them, one JSON line each.
    static func jsonLines(_ ids: [String]? = nil) throws -> [String] {
        let lines = try String(contentsOfFile: root + "/" + manifest, encoding: .utf8).split(separator: "\n")
        return try lines.compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard ids?.contains(fields[0]) ?? true else { return nil }
            let base = root + "/fixtures/batch/"
            let object = [
                "id": fields[0], "zh": try String(contentsOfFile: base + fields[1], encoding: .utf8),
                "en": try String(contentsOfFile: base + fields[2], encoding: .utf8),
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// Learns a model from the manifest into the scratch folder; returns its path.
    private func learnModel(_ extra: [String] = []) throws -> String {
        let model = folder + "/model.bin"
        let run = try BatchCLI.run(
            ["learn", "--presegmented", Self.manifest, "-o", model, "--quiet"] + extra, in: Self.root)
        #expect(run.status == 0, "\(run.standardError)")
        return model
    }

    /// A batch with `--model` writes what a learning batch writes: `learn` learns what the batch does.
    /// Without the built-in lexicon, where the learned word translations matter (2026-12-06: 198 of the
    /// Sinorama article's pairs differ from a batch without learning; with the lexicon, one pair of the
    /// four documents differed, and then none).
    @Test func aBatchWithTheLearnedModelIsTheLearningBatch() throws {
        let model = try learnModel(["--no-lexicon"])
        let batch = ["batch", "--presegmented", Self.manifest, "--quiet", "--no-lexicon", "-o"]
        let learning = try BatchCLI.run(batch + [folder + "/learning.jsonl"], in: Self.root)
        let modelled = try BatchCLI.run(batch + [folder + "/model.jsonl", "--model", model], in: Self.root)
        let alone = try BatchCLI.run(batch + [folder + "/alone.jsonl", "--no-learning"], in: Self.root)
        #expect([learning.status, modelled.status, alone.status] == [0, 0, 0])
        let bytes = try [learning, modelled, alone].indices.map { index in
            try Data(contentsOf: URL(fileURLWithPath: folder + ["/learning", "/model", "/alone"][index] + ".jsonl"))
        }
        #expect(!bytes[0].isEmpty)
        #expect(bytes[0] == bytes[1])
        // The model changes the pairs: otherwise the test above says nothing.
        #expect(bytes[0] != bytes[2])
    }

    /// `learn --jsonl` reads the documents from standard input and learns the same model, byte for byte.
    @Test func learningFromJSONLinesIsLearningFromTheManifest() throws {
        let model = try learnModel()
        let input = try Self.jsonLines().joined(separator: "\n") + "\n"
        let run = try BatchCLI.run(
            ["learn", "--jsonl", "--presegmented", "-o", folder + "/stdin.bin"], in: Self.root,
            standardInput: Data(input.utf8))
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.hasPrefix("learned "))
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: folder + "/stdin.bin"))
                == Data(contentsOf: URL(fileURLWithPath: model)))
    }

    /// Every part of a corpus aligned with `--model` gives the pairs one run over the whole gives.
    @Test func partsAlignedWithTheModelAreTheWhole() throws {
        let model = try learnModel()
        let lines = try Self.jsonLines()
        func align(_ lines: ArraySlice<String>) throws -> Data {
            let run = try BatchCLI.run(
                ["batch", "--jsonl", "--quiet", "--presegmented", "--model", model], in: Self.root,
                standardInput: Data((lines.joined(separator: "\n") + "\n").utf8))
            #expect(run.status == 0, "\(run.standardError)")
            return run.standardOutput
        }
        let whole = try align(lines[...])
        let parts = try align(lines[..<1]) + align(lines[1..<3]) + align(lines[3...])
        #expect(!whole.isEmpty)
        #expect(parts == whole)
        // `align --model` on one document writes its pairs as the batch does.
        let single = try BitextBinary.run(
            [
                "align", "--presegmented", "--model", model, "--format", "jsonl", "--zh",
                "fixtures/un-zh-en/UN19930101_020.zh",
                "--en", "fixtures/un-zh-en/UN19930101_020.en",
            ])
        #expect(single.status == 0, "\(single.stderr)")
        // The same pairs, whatever each names the document.
        func pairs(_ lines: [Substring]) throws -> [NSDictionary] {
            try lines.map { line in
                var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                object["document"] = nil
                return object as NSDictionary
            }
        }
        let batchLines = String(decoding: whole, as: UTF8.self).split(separator: "\n").filter {
            $0.contains(#""document":"UN19930101_020""#)
        }
        #expect(!batchLines.isEmpty)
        #expect(try pairs(single.stdout.split(separator: "\n")) == pairs(batchLines))
    }

    /// A model file that cannot be used is refused with its reason and exit status.
    @Test(arguments: [
        ("missing", 66, "cannot read the model: no such file"),
        ("text", 65, "not a bitext model file (bitext learn writes them)"),
        ("truncated", 65, "the model file is truncated: learn it again"),
        ("corrupt", 65, "the model file is corrupt (its checksum does not match): learn it again"),
        (
            "no-lexicon", 64,
            "learned with the built-in lexicon, not --no-lexicon: give the same --no-lexicon and --dictionary as bitext learn"
        ),
    ])
    func aBadModelIsRefused(kind: String, status: Int32, message: String) throws {
        let model = try learnModel()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: model))
        let path = folder + "/" + kind + ".bin"
        var extra: [String] = []
        switch kind {
        case "text": bytes = Data("not a model\n".utf8)
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "corrupt": bytes[bytes.count / 2] ^= 1
        case "no-lexicon": extra = ["--no-lexicon"]
        default: break
        }
        if kind != "missing" { try bytes.write(to: URL(fileURLWithPath: path)) }
        for arguments in [
            ["align", "seeds/004_b1f2f82659ca7572.txt"],
            ["batch", "fixtures/batch/good.tsv", "-o", folder + "/out.tsv"],
        ] {
            let run = try BitextBinary.run(arguments + ["--model", path] + extra)
            #expect(run.status == status, "\(arguments[0]): \(run.stderr)")
            #expect(run.stderr == "error: \(path): \(message)\n", "\(arguments[0])")
        }
    }

    /// Too few documents to learn from: no model, exit 65, and why.
    @Test func tooLittleToLearnFromIsSaid() throws {
        let run = try BitextBinary.run(["learn", "fixtures/batch/good.tsv", "-o", folder + "/model.bin"])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("error: nothing learned: "))
        #expect(run.stderr.contains("fewer than the 500 needed"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/model.bin"))
    }

    @Test(arguments: [
        (["learn", "-o", "m.bin"], "give a manifest, or --jsonl to read standard input"),
        (
            ["learn", "--monotonic", "x.tsv", "-o", "m.bin"],
            "--monotonic searches one path in order: there is nothing to learn"
        ),
        (["learn", "--jsonl", "x.tsv", "-o", "m.bin"], "--jsonl reads standard input: give no manifest"),
        (
            ["batch", "--jsonl", "--monotonic", "--model", "m.bin"],
            "--monotonic searches one path in order and uses no --model: give one of them"
        ),
    ])
    func usageErrorsSayWhatToGive(arguments: [String], message: String) throws {
        let run = try BitextBinary.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    /// `bitext learn --help` teaches: examples and exit statuses.
    @Test func helpTeaches() throws {
        let run = try BitextBinary.run(["learn", "--help"])
        #expect(run.status == 0)
        for part in [
            "Examples:", "bitext learn corpus.tsv -o model.bin", "--model model.bin", "Exit status:", "docs/spark.md",
        ] {
            #expect(run.stdout.contains(part), "\(part)")
        }
        #expect(try BitextBinary.run(["--help"]).stdout.contains("bitext learn"))
    }

    /// With `--model` or `--no-learning`, a slow producer sees the first document's pairs while it is still
    /// writing: the producer (a child shell) writes the second document only once the test has read the
    /// first one's pairs (or after two minutes, and then the test fails). Then the output is a whole run's.
    @Test(arguments: [["--model"], ["--no-learning"]])
    func aSlowProducerSeesTheFirstDocumentsPairsFirst(mode: [String]) throws {
        let arguments =
            ["batch", "--jsonl", "--quiet", "--presegmented"]
            + (mode == ["--model"] ? ["--model", try learnModel()] : mode)
        let lines = try Self.jsonLines(["198706005", "UN19930101_020"])
        try (lines[0] + "\n").write(toFile: folder + "/first.jsonl", atomically: true, encoding: .utf8)
        try (lines[1] + "\n").write(toFile: folder + "/second.jsonl", atomically: true, encoding: .utf8)
        let first = try BatchCLI.run(arguments, in: Self.root, standardInput: Data((lines[0] + "\n").utf8))
        let whole = try BatchCLI.run(
            arguments, in: Self.root, standardInput: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(!first.standardOutput.isEmpty)

        let go = folder + "/go"
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = [
            "-c",
            "{ cat '\(folder)/first.jsonl'; while [ ! -e '\(go)' ]; do sleep 0.05; done; cat '\(folder)/second.jsonl'; } "
                + "| '\(BitextBinary.url.path)' \(quoted)",
        ]
        shell.currentDirectoryURL = URL(fileURLWithPath: Self.root)
        let output = Pipe()
        shell.standardOutput = output
        try shell.run()
        // The watchdog lets the producer go on if the pairs never come, so the test ends either way.
        let watchdog = DispatchWorkItem { _ = FileManager.default.createFile(atPath: go, contents: nil) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        var received = Data()
        while received.count < first.standardOutput.count {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        let producerWaiting = !FileManager.default.fileExists(atPath: go)
        watchdog.cancel()
        _ = FileManager.default.createFile(atPath: go, contents: nil)
        received += output.fileHandleForReading.readDataToEndOfFile()
        shell.waitUntilExit()
        #expect(producerWaiting, "the first document's pairs came only once the producer went on")
        #expect(received.prefix(first.standardOutput.count) == first.standardOutput)
        #expect(shell.terminationStatus == 0)
        #expect(received == whole.standardOutput)
    }
}
