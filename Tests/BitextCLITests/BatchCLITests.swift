import Bitext
import BitextTestSupport
import Foundation
import Testing

/// `bitext batch` run as a user would: the built binary, real files, real pipes, a real kill.
@Suite final class BatchCLITests: Sendable {
    private static let root = BitextBinary.root.path

    /// What `bitext batch fixtures/batch/bad.tsv` reports of its bad lines and documents, in order.
    private static let badManifestReport = """
        fixtures/batch/bad.tsv:3: no tab: expected id<TAB>zh-path<TAB>en-path or id<TAB>mixed-path
        failed missing (fixtures/batch/bad.tsv:4): fixtures/batch/zh/missing.txt: no such file
        failed english-only (fixtures/batch/bad.tsv:5): fixtures/batch/en/english-only.txt: no chinese text to align: aligning needs chinese and english text, in one file or two
        fixtures/batch/bad.tsv:6: duplicate id 'good' (first on line 2)

        """

    /// A scratch folder of the test's own, removed when it ends.
    private let scratch: TemporaryFolder
    private var folder: String { scratch.path }

    init() throws { scratch = try TemporaryFolder("batch-cli") }
    deinit { scratch.remove() }

    @Test func badDocumentsAreReportedAndTheBatchGoesOn() throws {
        let run = try BatchCLI.run(["batch", "fixtures/batch/bad.tsv", "-o", folder + "/out.tsv"], in: Self.root)
        #expect(run.status == 2)
        #expect(run.standardError == Self.badManifestReport + "4 of 6 documents failed\n")
        let output = try String(contentsOfFile: folder + "/out.tsv", encoding: .utf8)
        #expect(output.hasPrefix("聯合國大會今天開會。\tThe General Assembly met today.\n"))
        let done = try String(contentsOfFile: folder + "/out.tsv.done", encoding: .utf8)
        #expect(
            done.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["bitext-batch 1 tsv", "good", "seed"])
    }

    /// `batch` takes `align`'s output options (filters, direction, columns, Moses files beside -o) and
    /// writes what `align` writes for the same document; `SOURCE_DATE_EPOCH` dates its TMX.
    @Test func takesAlignsOutputOptions() throws {
        let seed = Self.root + "/seeds/004_b1f2f82659ca7572.txt"
        try "s4\t\(seed)\n".write(toFile: folder + "/m.tsv", atomically: true, encoding: .utf8)
        let options = ["--min-score", "0.95", "--beads", "1-1,2-1", "--score", "--header", "--source", "en", "--moses"]
        let batch = try BatchCLI.run(["batch", "m.tsv", "-o", "b.tsv", "--quiet"] + options + ["b"], in: folder)
        #expect(batch.status == 0)
        #expect(batch.standardError.hasSuffix("left out 3 pairs of bead types other than 1-1,2-1\n"))
        let align = try BatchCLI.run(["align", seed, "-o", "a.tsv"] + options + ["a"], in: folder)
        #expect(align.status == 0)
        // The same notes as align's: what --min-score and --beads left out of this document.
        #expect(batch.standardError == align.standardError.replacing("bitext: ", with: ""))
        for (a, b) in [("a.tsv", "b.tsv"), ("a.zh", "b.zh"), ("a.en", "b.en")] {
            let expected = try String(contentsOfFile: folder + "/" + a, encoding: .utf8)
            #expect(try String(contentsOfFile: folder + "/" + b, encoding: .utf8) == expected)
        }
        #expect(try String(contentsOfFile: folder + "/b.tsv", encoding: .utf8).hasPrefix("en\tzh\tconfidence\n"))
        let dated = try BatchCLI.run(
            ["SOURCE_DATE_EPOCH=1700000000", BatchCLI.binary.path, "batch", "m.tsv", "-o", "c.tmx", "--quiet"],
            in: folder, executable: "/usr/bin/env")
        #expect(dated.status == 0)
        #expect(
            try String(contentsOfFile: folder + "/c.tmx", encoding: .utf8).contains(#"creationdate="20231114T221320Z""#)
        )
        let refused = try BatchCLI.run(["batch", "m.tsv", "-o", "d.tmx", "--zh-tag", "en"], in: folder)
        #expect(refused.status == 64)
        #expect(refused.standardError.hasPrefix("Error: --zh-tag 'en': not a Chinese language tag"))
    }

    /// `-o beads/` is the folder `beads`, a trailing slash or not: its state goes beside it in
    /// `beads.done` (it went to `beads/.done`, and failed where the folder was not there yet).
    @Test(arguments: [false, true])
    func aFolderWithATrailingSlash(exists: Bool) throws {
        if exists {
            try FileManager.default.createDirectory(atPath: folder + "/beads", withIntermediateDirectories: true)
        }
        let good = Self.root + "/fixtures/batch/good.tsv"
        let run = try BatchCLI.run(["batch", good, "-o", "beads/", "--format", "beads", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(FileManager.default.fileExists(atPath: folder + "/beads.done"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/beads/.done"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/beads")
        #expect(!files.isEmpty && files.allSatisfy { $0.hasSuffix(".beads") }, "\(files)")
    }

    @Test func fatalErrorsStopTheBatchWithTheirExitCode() throws {
        let missing = try BatchCLI.run(["batch", "nope.tsv", "-o", "out.tsv"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.standardError == "error: nope.tsv: no such file or directory\n")
        let good = Self.root + "/fixtures/batch/good.tsv"
        let unwritable = try BatchCLI.run(["batch", good, "-o", "no/such/folder/out.tsv"], in: folder)
        #expect(unwritable.status == 73)
        #expect(
            unwritable.standardError
                == "error: no/such/folder/out.tsv.done: cannot open: no such file or directory\n")
        #expect(try BatchCLI.run(["batch", good, "-o", "out", "--format", "tsv"], in: folder).status == 0)
        let otherFormat = try BatchCLI.run(
            ["batch", good, "-o", "out", "--format", "jsonl", "--resume"], in: folder)
        #expect(otherFormat.status == 65)
        #expect(
            otherFormat.standardError
                == "error: out.done: records a tsv output, not jsonl; run without --resume to start over\n")
        // An extension that names another format than --format is a usage error, before any work.
        let conflicting = try BatchCLI.run(["batch", good, "-o", "out.tsv", "--format", "jsonl"], in: folder)
        #expect(conflicting.status == 64)
        #expect(conflicting.standardError.contains("'out.tsv' is a .tsv name but --format says jsonl"))
    }

    /// On a terminal (a pseudo-terminal from script(1)) a progress line is drawn on stderr; `--quiet` silences it.
    @Test func progressLineOnlyOnATerminal() throws {
        let command = "\(BatchCLI.binary.path) batch \(Self.root)/fixtures/batch/good.tsv -o \(folder)/out.tsv"
        let shown = try BatchCLI.run(["-qec", command, "/dev/null"], in: folder, executable: "/usr/bin/script")
        #expect(shown.status == 0)
        #expect(String(decoding: shown.standardOutput, as: UTF8.self).contains("\r1/1 documents · "))
        let quiet = try BatchCLI.run(
            ["-qec", command + " --quiet", "/dev/null"], in: folder, executable: "/usr/bin/script")
        #expect(quiet.status == 0)
        #expect(quiet.standardOutput.isEmpty)
    }

    @Test(arguments: [
        (["batch"], "Error: give a manifest, or --jsonl to read standard input"),
        (["batch", "m.tsv"], "Error: give an output with -o FILE.tmx, .tsv, .jsonl or a folder"),
        (
            ["batch", "m.tsv", "-o", "out.xml"],
            "Error: cannot tell the format of 'out.xml' from its extension: add --format tmx|tsv|jsonl|beads|moses"
        ),
        (["batch", "--jsonl", "m.tsv"], "Error: --jsonl reads standard input: give no manifest"),
        (
            ["batch", "--jsonl", "--resume"],
            "Error: --jsonl writes JSON lines to standard output: no --output, --format, --tmx, --moses or --resume"
        ),
    ])
    func usageErrorsSayWhatToDo(arguments: [String], message: String) throws {
        let run = try BatchCLI.run(arguments, in: folder)
        #expect(run.status == 64)
        #expect(run.standardError.split(separator: "\n").first.map(String.init) == message)
    }

    /// The output is in manifest order and the same bytes whatever the number of documents in flight;
    /// with stderr not a terminal, a clean batch prints nothing there.
    @Test func outputIsInManifestOrderWhateverTheConcurrency() throws {
        let documents = try BatchCorpus(root: Self.root).documents(pairs: 300, beads: 2...8)
        let manifest = try BatchCorpus.writeFiles(documents, to: folder)
        var outputs: [Data] = []
        for jobs in ["1", "7"] {
            let path = folder + "/out-\(jobs).jsonl"
            let run = try BatchCLI.run(["batch", manifest, "-o", path, "--jobs", jobs], in: folder)
            #expect(run.status == 0)
            #expect(run.standardError == "")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(outputs[0] == outputs[1])
        #expect(try BatchCLI.documentOrder(outputs[0]) == documents.map(\.id))
    }

    /// `bitext batch --jsonl` as a pipe stage on 1,000 documents: what comes out is, byte for byte,
    /// what a manifest batch of the same documents writes to a JSONL file, in input order.
    @Test func streamsAThousandDocumentsThroughAPipe() throws {
        // Small documents (2 to 4 gold beads) keep the debug-build test quick.
        let documents = try BatchCorpus(root: Self.root).documents(pairs: 4000, beads: 2...4).prefix(1000)
        try #require(documents.count == 1000)
        let input = Data(BatchCorpus.jsonLines(Array(documents)).utf8)
        let stream = try BatchCLI.run(["batch", "--jsonl", "--quiet"], in: folder, standardInput: input)
        #expect(stream.status == 0)
        #expect(stream.standardError == "")
        #expect(try BatchCLI.documentOrder(stream.standardOutput) == documents.map(\.id))

        let manifest = try BatchCorpus.writeFiles(Array(documents), to: folder)
        let file = try BatchCLI.run(["batch", manifest, "-o", folder + "/out.jsonl"], in: folder)
        #expect(file.status == 0)
        #expect(stream.standardOutput == (try Data(contentsOf: URL(fileURLWithPath: folder + "/out.jsonl"))))
    }

    /// The learning options reach both modes: with each, the stream writes the file's bytes, and learning
    /// from the first pairs aligns some documents differently from aligning each on its own.
    @Test func learningOptionsReachTheFileAndTheStream() throws {
        let documents = try BatchCorpus(root: Self.root).documents(pairs: 300, beads: 2...8)
        let manifest = try BatchCorpus.writeFiles(documents, to: folder)
        let input = Data(BatchCorpus.jsonLines(documents).utf8)
        var outputs: [Data] = []
        for options in [["--learning-pairs", "50"], ["--no-learning"]] {
            let path = folder + "/out-\(outputs.count).jsonl"
            #expect(try BatchCLI.run(["batch", manifest, "-o", path] + options, in: folder).status == 0)
            let stream = try BatchCLI.run(["batch", "--jsonl", "--quiet"] + options, in: folder, standardInput: input)
            #expect(stream.status == 0)
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(stream.standardOutput == written)
            outputs.append(written)
        }
        #expect(outputs[0] != outputs[1])
    }

    /// `--zh-tag` reaches the TMX's units and header, and the file is valid against the TMX 1.4 DTD.
    @Test func tmxTakesTheChineseTag() throws {
        let documents = try BatchCorpus(root: Self.root).documents(pairs: 40, beads: 2...4)
        let manifest = try BatchCorpus.writeFiles(documents, to: folder)
        let path = folder + "/out.tmx"
        let run = try BatchCLI.run(["batch", manifest, "-o", path, "--zh-tag", "zh-TW", "--monotonic"], in: folder)
        #expect(run.status == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(#"srclang="zh-TW""#))
        #expect(text.contains(#"<tuv xml:lang="zh-TW"><seg>"#))
        #expect(!text.contains("zh-Hant"))

        let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")
        guard FileManager.default.isExecutableFile(atPath: xmllint.path) else {
            Issue.record("xmllint is missing: apt-get install libxml2-utils")
            return
        }
        let process = Process()
        process.executableURL = xmllint
        process.arguments = ["--noout", "--nonet", "--dtdvalid", Self.root + "/fixtures/tmx/tmx14.dtd", path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// TMX leaves seed 004's three one-sided pairs out, and says so as `align` does; `--keep-one-sided`
    /// writes them as `<tu>`s of one `<tuv>`.
    @Test func oneSidedPairsLeftOutOfTMXAreCountedAndKeptOnRequest() throws {
        let path = folder + "/out.tmx"
        let run = try BatchCLI.run(["batch", "fixtures/batch/bad.tsv", "-o", path], in: Self.root)
        #expect(run.status == 2)
        #expect(
            run.standardError
                == Self.badManifestReport + "left out 3 one-sided pairs (--keep-one-sided keeps them)\n"
                + "4 of 6 documents failed\n")
        let units = { (text: String) in text.components(separatedBy: "<tu ").count - 1 }
        #expect(units(try String(contentsOfFile: path, encoding: .utf8)) == 18)

        let kept = try BatchCLI.run(
            ["batch", "fixtures/batch/bad.tsv", "-o", path, "--keep-one-sided"], in: Self.root)
        #expect(kept.status == 2)
        #expect(!kept.standardError.contains("left out"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(units(text) == 21)
        // Three of the units have one <tuv> each.
        #expect(text.components(separatedBy: "<tuv ").count - 1 == 18 * 2 + 3)
    }

    /// A line that names its document but cannot be aligned names it in its error record too (it was null).
    @Test func anErrorRecordNamesTheDocumentItsLineNames() throws {
        let input = #"{"id":"c","zh":"聯合國大會今天開會。"}"# + "\n"
        let run = try BatchCLI.run(
            ["batch", "--jsonl", "--no-learning"], in: folder, standardInput: Data(input.utf8))
        #expect(run.status == 2)
        #expect(
            String(decoding: run.standardOutput, as: UTF8.self)
                == #"{"document":"c","error":"stdin:1: 'c': expected \"zh\" and \"en\", or \"text\""}"# + "\n")
    }

    @Test func aBadStreamLineBecomesAnErrorRecordAndTheStreamGoesOn() throws {
        let input = """
            {"id":"a","zh":"聯合國大會今天開會。","en":"The General Assembly met today."}
            {"id":"b","zh":
            {"id":"c","text":"The meeting rose at noon.\\n會議中午結束。"}

            """
        let run = try BatchCLI.run(["batch", "--jsonl"], in: folder, standardInput: Data(input.utf8))
        #expect(run.status == 2)
        // Learning, the batch says first that its pairs come after the learning sample.
        let lines = run.standardError.split(separator: "\n")
        #expect(lines.first?.hasPrefix("bitext batch: pairs are written once word translations are learned") == true)
        #expect(lines.dropFirst() == ["stdin:2: not valid JSON", "1 of 3 documents failed"])
        let records = String(decoding: run.standardOutput, as: UTF8.self).split(separator: "\n")
        #expect(records.count == 3)
        #expect(records[1] == #"{"document":null,"error":"stdin:2: not valid JSON"}"#)
        #expect(try BatchCLI.documentOrder(run.standardOutput) == ["a", "c"])
    }

    /// Starting over where an interrupted run left its partial output says what it discards (it did so
    /// silently): a state file and a partial file as a killed run leaves them, made by hand.
    @Test func startingOverSaysWhatItDiscards() throws {
        try "bitext-batch 1 tsv\ngood\t40\nseed\t900\n".write(
            toFile: folder + "/out.tsv.done", atomically: true, encoding: .utf8)
        try "partial\n".write(toFile: folder + "/out.tsv.partial", atomically: true, encoding: .utf8)
        let good = Self.root + "/fixtures/batch/good.tsv"
        let run = try BatchCLI.run(["batch", good, "-o", "out.tsv", "--quiet"], in: folder)
        #expect(run.status == 0)
        #expect(
            run.standardError
                == "bitext: starting over: out.tsv.done recorded 2 documents of an earlier run that did not finish "
                + "(--resume goes on from them)\n")
        let again = try BatchCLI.run(["batch", good, "-o", "out.tsv", "--quiet"], in: folder)
        #expect(again.status == 0 && again.standardError.isEmpty, "\(again.standardError)")
    }

    /// Kill a batch once some documents are done, resume it, and end with the bytes of an uninterrupted run.
    @Test(arguments: ["tmx", "jsonl"])
    func aKilledBatchResumesToTheSameOutput(format: String) throws {
        let documents = try BatchCorpus(root: Self.root).documents(pairs: 1200, beads: 2...4)
        let manifest = try BatchCorpus.writeFiles(documents, to: folder)
        let whole = folder + "/whole.\(format)"
        #expect(try BatchCLI.run(["batch", manifest, "-o", whole], in: folder).status == 0)

        let output = folder + "/killed.\(format)"
        let process = try BatchCLI.start(["batch", manifest, "-o", output, "--jobs", "1"], in: folder)
        // Poll the state file, no fixed sleep: kill once 10 documents are recorded.
        while process.isRunning, BatchCLI.lines(of: output + ".done") < 11 { usleep(2_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(FileManager.default.fileExists(atPath: output + ".partial"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(BatchCLI.lines(of: output + ".done") < documents.count + 1)

        let resumed = try BatchCLI.run(["batch", manifest, "-o", output, "--resume"], in: folder)
        #expect(resumed.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == Data(contentsOf: URL(fileURLWithPath: whole)))
        #expect(!FileManager.default.fileExists(atPath: output + ".partial"))
    }
}

/// Runs the built `bitext` binary with pipes (as a pipeline stage would) or in the background (to kill it).
enum BatchCLI {
    struct Run {
        var status: Int32
        var standardOutput: Data
        var standardError: String
    }

    static var binary: URL { BitextBinary.url }

    static func start(_ arguments: [String], in folder: String) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `bitext ARGUMENTS` in `folder`, feeding `standardInput` through a pipe; stdout and stderr through pipes.
    static func run(
        _ arguments: [String], in folder: String, standardInput: Data = Data(), executable: String? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let (input, output, error) = (Pipe(), Pipe(), Pipe())
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(standardInput)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errors = ErrorCollector(error.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, standardOutput: data, standardError: errors.text())
    }

    /// Lines in the file at `path`; 0 when there is none yet.
    static func lines(of path: String) -> Int {
        guard let data = FileManager.default.contents(atPath: path) else { return 0 }
        return data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The document ids of a JSONL output, in order, each once.
    static func documentOrder(_ data: Data) throws -> [String] {
        var ids: [String] = []
        for line in data.split(separator: 0x0A) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            guard let id = object["document"] as? String, object["error"] == nil else { continue }
            if ids.last != id { ids.append(id) }
        }
        return ids
    }

    /// Reads a pipe to its end on a thread of its own, so neither pipe of a child fills up and blocks it.
    final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }

        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
