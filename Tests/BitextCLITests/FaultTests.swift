import Bitext
import BitextTestSupport
import Foundation
import Glibc
import Synchronization
import Testing

/// Issue 16, "never crash, never destroy", row by row: the built binary run as a careful operator would
/// (as root where a test needs device nodes or a mount), on nodes, FIFOs, links and file systems made in
/// a scratch folder of the test's own, never the system's. Each test failed on the build before the fix
/// (`BITEXT_BINARY=path/to/old/bitext swift test --filter FaultTests` runs them against another build).
@Suite struct FaultTests {
    static let seed = FaultDocuments.seed

    // MARK: 1. A long document whose sides differ about 3:1

    /// The issue's document: 3,000 Chinese and 1,000 English sentences, every one in exactly one bead.
    @Test func aLongDocumentOfThreeToOneAligns() throws {
        let scratch = try Scratch()
        try scratch.write("z.zh", try FaultDocuments.lines(3000, language: "zh"))
        try scratch.write("e.en", try FaultDocuments.lines(1000, language: "en"))
        let run = try Child.run(
            ["align", "--presegmented", "--zh", "z.zh", "--en", "e.en", "--format", "beads", "-o", "out.beads"],
            in: scratch.path)
        #expect(run.ending == Child.Ending(status: 0), "\(run.stderr.prefix(300))")
        let beads = try scratch.read("out.beads").split(separator: "\n").map { try #require(Bead(notation: $0)) }
        #expect(beads.flatMap(\.chinese).sorted() == Array(0..<3000))
        #expect(beads.flatMap(\.english).sorted() == Array(0..<1000))
    }

    /// One such document among others: the batch writes them all, from a manifest and as a stream.
    @Test func aBatchGoesOnPastALongDocument() throws {
        let scratch = try Scratch()
        // 2,017 to 40 crashed as 3,000 to 1,000 did (a short last block on the long side), in a quarter of the time.
        try scratch.write("z.zh", try FaultDocuments.lines(2017, language: "zh"))
        try scratch.write("e.en", try FaultDocuments.lines(40, language: "en"))
        try scratch.write("m.tsv", "long\tz.zh\te.en\nseed\t\(Self.seed)\n")
        let batch = try Child.run(
            ["batch", "m.tsv", "-o", "out.jsonl", "--presegmented", "--no-learning", "--quiet"], in: scratch.path)
        #expect(batch.ending == Child.Ending(status: 0), "\(batch.stderr.prefix(300))")
        #expect(try BatchCLI.documentOrder(Data(scratch.read("out.jsonl").utf8)) == ["long", "seed"])

        let document = { (id: String, zh: String, en: String) throws -> String in
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "zh": zh, "en": en]), as: UTF8.self)
                + "\n"
        }
        try scratch.write(
            "in.jsonl",
            document("long", try scratch.read("z.zh"), try scratch.read("e.en"))
                + document("short", "聯合國大會今天開會。", "The General Assembly met today."))
        let stream = try Child.run(
            ["batch", "--jsonl", "--presegmented", "--no-learning", "--quiet"], in: scratch.path,
            stdin: scratch("in.jsonl"), stdout: scratch("out-stream.jsonl"))
        #expect(stream.ending == Child.Ending(status: 0), "\(stream.stderr.prefix(300))")
        #expect(try BatchCLI.documentOrder(Data(stream.stdout.utf8)) == ["long", "short"])
    }

    // MARK: 2. An output that is a device, a FIFO or a symbolic link

    /// Every command that writes pairs, with its output named `OUT` (and `OUT.zh`, `OUT.en` for Moses).
    static let writers: [[String]] = [
        ["align", seed, "-o", "OUT", "--format", "tsv"],
        ["align", seed, "--tmx", "OUT"],
        ["align", seed, "--moses", "OUT"],
        ["convert", "pairs.jsonl", "OUT", "--format", "tmx"],
        ["batch", "m.tsv", "-o", "OUT", "--format", "tsv", "--quiet"],
    ]

    /// The same run into a regular file: what a device or FIFO must receive.
    private static func expected(_ arguments: [String], scratch: Scratch) throws -> [String: String] {
        let names = arguments.contains("--moses") ? ["regular.zh", "regular.en"] : ["regular"]
        let run = try Child.run(arguments.map { $0 == "OUT" ? "regular" : $0 }, in: scratch.path)
        try #require(run.ending.status == 0, "\(run.stderr)")
        var texts: [String: String] = [:]
        for name in names {
            texts[String(name.dropFirst("regular".count))] = try scratch.read(name)
            try FileManager.default.removeItem(atPath: scratch(name))
        }
        for name in try scratch.names() where name.hasPrefix("regular") {
            try FileManager.default.removeItem(atPath: scratch(name))
        }
        return texts
    }

    private static func prepareInputs(_ scratch: Scratch) throws {
        try FileManager.default.copyItem(
            atPath: FaultDocuments.root + "/fixtures/viewer/004.jsonl", toPath: scratch("pairs.jsonl"))
        try scratch.write("m.tsv", "seed\t\(seed)\n")
    }

    @Test(.enabled(if: Scratch.isRoot, "mknod needs root"), arguments: writers)
    func aDeviceIsWrittenInPlaceNeverReplaced(arguments: [String]) throws {
        let scratch = try Scratch()
        try Self.prepareInputs(scratch)
        let suffixes = arguments.contains("--moses") ? [".zh", ".en"] : [""]
        for suffix in suffixes { try scratch.device("null" + suffix, major: 1, minor: 3) }
        let before = try scratch.names()
        let run = try Child.run(arguments.map { $0 == "OUT" ? "null" : $0 }, in: scratch.path)
        #expect(run.ending == Child.Ending(status: 0), "\(run.stderr)")
        for suffix in suffixes { #expect(scratch.kind("null" + suffix) == S_IFCHR) }
        // No temporary, partial or state file beside it.
        #expect(try scratch.names().filter { !$0.hasPrefix(".") } == before.filter { !$0.hasPrefix(".") })
        #expect(try scratch.temporaryFiles().isEmpty)
    }

    @Test(arguments: writers)
    func aFIFOIsWrittenInPlaceNeverReplaced(arguments: [String]) throws {
        let scratch = try Scratch()
        try Self.prepareInputs(scratch)
        let expected = try Self.expected(arguments, scratch: scratch)
        var readers: [String: FIFOReader] = [:]
        for suffix in expected.keys {
            try scratch.fifo("fifo" + suffix)
            readers[suffix] = try FIFOReader(scratch("fifo" + suffix))
        }
        let run = try Child.run(arguments.map { $0 == "OUT" ? "fifo" : $0 }, in: scratch.path)
        #expect(run.ending == Child.Ending(status: 0), "\(run.stderr)")
        for (suffix, text) in expected {
            #expect(scratch.kind("fifo" + suffix) == S_IFIFO)
            let received = readers[suffix]?.finish() ?? ""
            // TMX's creation date may differ by a second between the two runs.
            #expect(Self.withoutDates(received) == Self.withoutDates(text))
        }
        #expect(try scratch.temporaryFiles().isEmpty)
    }

    /// A symbolic link is followed: its target is replaced and keeps its permissions; the link stays.
    @Test(arguments: writers)
    func aSymbolicLinkKeepsPointingAtItsTargetReplaced(arguments: [String]) throws {
        let scratch = try Scratch()
        try Self.prepareInputs(scratch)
        let expected = try Self.expected(arguments, scratch: scratch)
        for suffix in expected.keys {
            try scratch.write("target" + suffix, "old\n")
            chmod(scratch("target" + suffix), 0o640)
            try FileManager.default.createSymbolicLink(
                atPath: scratch("link" + suffix), withDestinationPath: "target" + suffix)
        }
        let run = try Child.run(arguments.map { $0 == "OUT" ? "link" : $0 }, in: scratch.path)
        #expect(run.ending == Child.Ending(status: 0), "\(run.stderr)")
        for (suffix, text) in expected {
            #expect(scratch.kind("link" + suffix) == S_IFLNK)
            #expect(Self.withoutDates(try scratch.read("target" + suffix)) == Self.withoutDates(text))
            #expect(scratch.permissions("target" + suffix) == 0o640)
        }
        #expect(try scratch.temporaryFiles().isEmpty)
    }

    /// A new output gets the usual permissions: 0666 less the umask (here 027: 0640), never 0777.
    @Test(arguments: writers)
    func aNewOutputGetsTheUmasksPermissions(arguments: [String]) throws {
        let scratch = try Scratch()
        try Self.prepareInputs(scratch)
        let run = try Child.run(
            arguments.map { $0 == "OUT" ? "new" : $0 }, in: scratch.path, shell: #"umask 027 && cd "$0" && exec "$@""#)
        #expect(run.ending == Child.Ending(status: 0), "\(run.stderr)")
        for name in arguments.contains("--moses") ? ["new.zh", "new.en"] : ["new"] {
            #expect(scratch.permissions(name) == 0o640, "\(name)")
        }
    }

    /// `-o` naming this process's standard output through a link (`/dev/stdout` is one, to
    /// /proc/self/fd/1): written to the descriptor, the link left alone.
    @Test func aLinkToADescriptorIsWrittenThroughIt() throws {
        let scratch = try Scratch()
        try FileManager.default.createSymbolicLink(atPath: scratch("stdout"), withDestinationPath: "/proc/self/fd/1")
        let run = try Child.run(["align", Self.seed, "-o", "stdout", "--format", "tsv"], in: scratch.path)
        #expect(run.ending == Child.Ending(status: 0), "\(run.stderr)")
        #expect(scratch.kind("stdout") == S_IFLNK)
        let plain = try Child.run(["align", Self.seed], in: scratch.path)
        #expect(!plain.stdout.isEmpty)
        #expect(run.stdout == plain.stdout)
    }

    /// Bash's process substitution hands `--tmx` a /dev/fd/N path: the TMX goes down the pipe to gzip.
    @Test func aProcessSubstitutionGetsTheTMX() throws {
        let scratch = try Scratch()
        let binary = BitextBinary.url.path
        let script = """
            cd "$1" && "$2" align "$3" -o out.tsv --tmx >(gzip > x.tmx.gz); status=$?; wait $!; \
            "$2" align "$3" --tmx plain.tmx; gzip -dc x.tmx.gz > x.tmx; exit $status
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, "bash", scratch.path, binary, Self.seed]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(message)")
        let tmx = try scratch.read("x.tmx")
        #expect(tmx.contains("<tu "))
        #expect(Self.withoutDates(tmx) == Self.withoutDates(try scratch.read("plain.tmx")))
    }

    // MARK: 3. An output that is an input

    /// Each command with an output that is one of its inputs: refused with one line and 64, the input intact.
    @Test(arguments: [
        ["align", "--presegmented", "--zh", "a.zh", "--en", "a.en", "--moses", "a"],
        ["align", "in.txt", "--tmx", "in.txt"],
        ["align", "in.tsv", "-o", "in.tsv"],
        ["align", "in.txt", "-o", "alias.tsv"],
        ["align", "-", "-o", "in.tsv"],
        ["convert", "pairs.jsonl", "pairs.jsonl"],
        ["convert", "pairs.jsonl", "-o", "alias.jsonl"],
        ["batch", "corpus.tsv", "-o", "corpus.tsv", "--format", "tsv"],
        ["batch", "corpus.tsv", "-o", "zh/good.txt", "--format", "tsv"],
        ["batch", "corpus.tsv", "-o", "pairs.jsonl"],
    ])
    func anOutputThatIsAnInputIsRefused(arguments: [String]) throws {
        let scratch = try Scratch()
        let root = FaultDocuments.root
        for (from, to) in [
            ("fixtures/un-zh-en/UN19930101_020.zh", "a.zh"), ("fixtures/un-zh-en/UN19930101_020.en", "a.en"),
            ("seeds/004_b1f2f82659ca7572.txt", "in.txt"), ("seeds/004_b1f2f82659ca7572.txt", "in.tsv"),
            ("fixtures/viewer/004.jsonl", "pairs.jsonl"),
        ] {
            try FileManager.default.copyItem(atPath: root + "/" + from, toPath: scratch(to))
        }
        try FileManager.default.createDirectory(atPath: scratch("zh"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch("en"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: root + "/fixtures/batch/zh/good.txt", toPath: scratch("zh/good.txt"))
        try FileManager.default.copyItem(atPath: root + "/fixtures/batch/en/good.txt", toPath: scratch("en/good.txt"))
        try scratch.write("corpus.tsv", "good\tzh/good.txt\ten/good.txt\nother\tpairs.jsonl\n")
        try FileManager.default.createSymbolicLink(atPath: scratch("alias.tsv"), withDestinationPath: "in.txt")
        try FileManager.default.createSymbolicLink(atPath: scratch("alias.jsonl"), withDestinationPath: "pairs.jsonl")
        let before = try Self.snapshot(scratch)

        let run = try Child.run(arguments, in: scratch.path, stdin: scratch("in.tsv"))
        #expect(run.ending == Child.Ending(status: 64))
        #expect(run.stderr.hasPrefix("error: ") && run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("write the output to another file"), "\(run.stderr)")
        #expect(try Self.snapshot(scratch) == before)
    }

    // MARK: 4. Standard output fails

    /// Standard output on a full device (a node made here, as /dev/full is): exit 74 and one line, in
    /// every command that writes there.
    @Test(
        .enabled(if: Scratch.isRoot, "mknod needs root"),
        arguments: [
            ["align", seed], ["align", seed, "-o", "-", "--format", "jsonl"], ["segment", seed],
            ["segment", seed, "--json"], ["eval", "--gold", "gold.beads", "gold.beads"],
            ["convert", "pairs.jsonl", "-"], ["batch", "m.tsv", "-o", "-", "--quiet"], ["batch", "--jsonl", "--quiet"],
        ])
    func aFullStandardOutputIsAFailedWrite(arguments: [String]) throws {
        let scratch = try Scratch()
        try Self.prepareInputs(scratch)
        try scratch.write("gold.beads", "[0]:[0]\n[1]:[1, 2]\n")
        try scratch.write("docs.jsonl", #"{"id":"a","zh":"聯合國大會今天開會。","en":"The General Assembly met today."}"# + "\n")
        try scratch.device("full", major: 1, minor: 7)
        let run = try Child.run(arguments, in: scratch.path, stdin: scratch("docs.jsonl"), stdout: scratch("full"))
        #expect(run.ending == Child.Ending(status: 74))
        #expect(run.stderr == "error: standard output: cannot write: no space left on device\n")
    }

    /// Standard input that cannot be read (a folder): one line and 66 in every command that reads it;
    /// `convert` and `eval` trapped in FileHandle's `try!`, `batch --jsonl` took it for an empty stream.
    @Test(arguments: [
        ["convert", "-", "out.tsv"], ["eval", "--gold", "-", "folder"], ["segment", "-"], ["align", "-"],
        ["batch", "--jsonl"],
    ])
    func anUnreadableStandardInputIsReported(arguments: [String]) throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch("folder"), withIntermediateDirectories: true)
        let run = try Child.run(arguments, in: scratch.path, stdin: scratch("folder"))
        #expect(run.ending == Child.Ending(status: 66))
        #expect(run.stderr.hasPrefix("error: ") && run.stderr.contains("is a directory"), "\(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
    }

    // MARK: 5. Ctrl-C or kill while writing

    /// SIGINT or SIGTERM while the outputs are written, caught the moment the first file appears in the
    /// output folder (a temporary file) and the child stopped there: the process ends by the signal (130,
    /// 143) and leaves the folder as it found it, the old output as it was.
    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalWhileWritingLeavesNoTemporaryFile(signal: Int32) throws {
        let scratch = try Scratch()
        // Standard output and error in a folder of their own: the watched one sees only the outputs.
        try FileManager.default.createDirectory(atPath: scratch("logs"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch("out"), withIntermediateDirectories: true)
        try scratch.write("z.zh", try FaultDocuments.lines(450, language: "zh"))
        try scratch.write("e.en", try FaultDocuments.lines(450, language: "en"))
        var caught = false
        for _ in 0..<3 where !caught {
            for name in try FileManager.default.contentsOfDirectory(atPath: scratch("out")) {
                try FileManager.default.removeItem(atPath: scratch("out/" + name))
            }
            try scratch.write("out/pairs.jsonl", "old\n")
            let before = try Self.snapshot(scratch)
            let watch = try FolderWatch(scratch("out"))
            let child = try Child.start(
                [
                    "align", "--presegmented", "--zh", "z.zh", "--en", "e.en", "-o", "out/pairs.jsonl", "--tmx",
                    "out/pairs.tmx", "--moses", "out/pairs", "--keep-one-sided",
                ], in: scratch.path, stdout: scratch("logs/stdout"), stderr: scratch("logs/stderr"))
            let created = watch.next(timeout: 300) { _ in true }
            child.signal(SIGSTOP)
            // The child stopped while the file it made was there (else it was faster than us: try again).
            if let created, FileManager.default.fileExists(atPath: scratch("out/" + created)) { caught = true }
            child.signal(signal)
            child.signal(SIGCONT)
            let ending = child.wait()
            guard caught else { continue }
            #expect(ending == Child.Ending(status: 128 + signal, signal: signal))
            let after = try Self.snapshot(scratch).filter { !$0.key.hasPrefix("logs") }
            let changed = Set(after.keys).union(before.keys).filter { after[$0] != before[$0] && !$0.hasPrefix("logs") }
            #expect(changed.isEmpty, "changed or left: \(changed.sorted())")
        }
        #expect(caught, "never caught the child writing in three runs")
    }

    /// SIGTERM while aligning, before any output: the old output stays and nothing else is made.
    @Test func aSignalWhileAligningChangesNothing() throws {
        let scratch = try Scratch()
        try scratch.write("z.zh", try FaultDocuments.lines(450, language: "zh"))
        try scratch.write("e.en", try FaultDocuments.lines(450, language: "en"))
        try scratch.write("out.tsv", "old\n")
        let before = try Self.snapshot(scratch)
        let child = try Child.start(
            ["align", "--presegmented", "--zh", "z.zh", "--en", "e.en", "-o", "out.tsv"], in: scratch.path,
            stdout: scratch("stdout"), stderr: scratch("stderr"))
        usleep(300_000)
        child.signal(SIGTERM)
        #expect(child.wait() == Child.Ending(status: 143, signal: SIGTERM))
        #expect(try Self.snapshot(scratch) == before)
    }

    /// SIGINT or SIGTERM in a batch: it ends by the signal, keeps its partial output and state for
    /// `--resume`, and says so.
    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedBatchSaysHowToGoOn(signal: Int32) throws {
        let scratch = try Scratch()
        try scratch.write("z.zh", try FaultDocuments.lines(450, language: "zh"))
        try scratch.write("e.en", try FaultDocuments.lines(450, language: "en"))
        try scratch.write("m.tsv", (0..<40).map { "d\($0)\tz.zh\te.en\n" }.joined())
        let child = try Child.start(
            ["batch", "m.tsv", "--presegmented", "-o", "out.tsv", "--jobs", "1"], in: scratch.path,
            stdout: scratch("stdout"), stderr: scratch("stderr"))
        var recorded = 0
        for _ in 0..<30_000 where recorded < 3 {
            usleep(2_000)
            recorded =
                ((try? String(contentsOfFile: scratch("out.tsv.done"), encoding: .utf8)) ?? "")
                .split(separator: "\n").count
        }
        child.signal(signal)
        #expect(child.wait() == Child.Ending(status: 128 + signal, signal: signal))
        let said = try String(contentsOfFile: scratch("stderr"), encoding: .utf8)
        #expect(said.hasSuffix("bitext: interrupted: run the same command with --resume to go on\n"), "\(said)")
        #expect(FileManager.default.fileExists(atPath: scratch("out.tsv.partial")))
    }

    // MARK: 6. A full disk

    /// `--tmx` onto a full file system (a small tmpfs mounted here): "no space left on device", 74, the
    /// old file intact, no temporary file; the same for a batch.
    @Test(.enabled(if: Scratch.isRoot, "mount needs root"))
    func aFullDiskSaysSo() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch("small"), withIntermediateDirectories: true)
        let mounted = try Child.run([], in: scratch.path, shell: #"mount -t tmpfs -o size=64k tmpfs "$0/small""#)
        try #require(mounted.ending.status == 0, "cannot mount a tmpfs: \(mounted.stderr)")
        defer { _ = try? Child.run([], in: scratch.path, shell: #"umount "$0/small""#) }
        try scratch.write("small/out.tmx", "old\n")
        try scratch.write("m.tsv", "seed\t\(Self.seed)\n")
        // Fill it.
        let filler = open(scratch("small/filler"), O_WRONLY | O_CREAT, 0o644)
        let block = [UInt8](repeating: 0x61, count: 4096)
        while write(filler, block, block.count) > 0 {}
        close(filler)

        let align = try Child.run(["align", Self.seed, "--tmx", "small/out.tmx"], in: scratch.path)
        #expect(align.ending == Child.Ending(status: 74))
        #expect(align.stderr == "error: small/out.tmx: cannot write: no space left on device\n")
        #expect(try scratch.read("small/out.tmx") == "old\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: scratch("small")).sorted() == ["filler", "out.tmx"])

        let batch = try Child.run(["batch", "m.tsv", "-o", "small/out.tsv", "--quiet"], in: scratch.path)
        #expect(batch.ending == Child.Ending(status: 74))
        #expect(batch.stderr.hasSuffix(": no space left on device\n"), "\(batch.stderr)")
    }

    // MARK: 7. Two batches, one output

    /// Four batches of four manifests into one output at once: one writes it, the others are refused
    /// (75, one line); the output holds exactly the winner's documents.
    @Test func concurrentBatchesOnOneOutputAreRefused() throws {
        let scratch = try Scratch()
        let documents = try BatchCorpus(root: FaultDocuments.root).documents(pairs: 800, beads: 2...4)
        var manifests: [[String]] = []
        for index in 0..<4 {
            let part = documents.enumerated().filter { $0.offset % 4 == index }.map { entry in
                var document = entry.element
                document.id = "m\(index)-\(document.id)"
                return document
            }
            try FileManager.default.createDirectory(atPath: scratch("m\(index)"), withIntermediateDirectories: true)
            try BatchCorpus.writeFiles(part, to: scratch("m\(index)"))
            manifests.append(part.map(\.id))
        }
        let children = try (0..<4).map { index in
            try Child.start(
                ["batch", "m\(index)/manifest.tsv", "-o", "same.jsonl", "--no-learning", "--quiet"],
                in: scratch.path, stdout: scratch("out\(index)"), stderr: scratch("err\(index)"))
        }
        let endings = children.map { $0.wait() }
        let winners = endings.indices.filter { endings[$0].status == 0 }
        #expect(winners.count == 1, "\(endings)")
        for index in endings.indices where endings[index].status != 0 {
            #expect(endings[index] == Child.Ending(status: 75))
            #expect(
                try scratch.read("err\(index)")
                    == "error: same.jsonl: another bitext batch is writing this output (it holds same.jsonl.done); wait for it to end, or write to another file\n"
            )
        }
        let written = try BatchCLI.documentOrder(Data(scratch.read("same.jsonl").utf8))
        #expect(winners.count == 1 && written == manifests[winners[0]])
    }

    // MARK: 8. A refused --resume

    /// A state file naming a document the manifest does not have, or one document twice: refused (65)
    /// with what to do, the complete output left where it is, nothing written twice.
    @Test(arguments: ["ghost\t999999\n", "REPEAT"])
    func aBadStateIsRefusedAndTheOutputStays(line: String) throws {
        let scratch = try Scratch()
        try scratch.write("m.tsv", "seed\t\(Self.seed)\nother\t\(Self.seed)\n")
        #expect(try Child.run(["batch", "m.tsv", "-o", "out.tsv", "--quiet"], in: scratch.path).ending.status == 0)
        let state = try scratch.read("out.tsv.done")
        let last = try #require(state.split(separator: "\n").last.map { String($0) + "\n" })
        try scratch.write("out.tsv.done", state + (line == "REPEAT" ? last : line))
        let before = try Self.snapshot(scratch)
        let resumed = try Child.run(["batch", "m.tsv", "-o", "out.tsv", "--resume", "--quiet"], in: scratch.path)
        #expect(resumed.ending == Child.Ending(status: 65))
        #expect(resumed.stderr.hasSuffix("run without --resume to start over\n"), "\(resumed.stderr)")
        #expect(
            resumed.stderr.contains(line == "REPEAT" ? "is recorded twice" : "'ghost' is not in the manifest m.tsv"))
        #expect(try Self.snapshot(scratch) == before)
    }

    /// Resuming a finished batch whose manifest grew: the complete output stays in place while the
    /// resumed batch runs (killed here), and the resumed run ends with the bytes of one uninterrupted run.
    @Test func resumingAFinishedBatchNeverMovesItsOutputAway() throws {
        let scratch = try Scratch()
        let documents = try BatchCorpus(root: FaultDocuments.root).documents(pairs: 600, beads: 2...4)
        let first = try BatchCorpus.writeFiles(Array(documents.prefix(5)), to: scratch("first"))
        let all = try BatchCorpus.writeFiles(documents, to: scratch("all"))
        // Without learning: the first five documents align the same in a batch of five as in the whole.
        let options = ["--no-learning", "--quiet"]
        #expect(try Child.run(["batch", all, "-o", "whole.jsonl"] + options, in: scratch.path).ending.status == 0)
        #expect(try Child.run(["batch", first, "-o", "out.jsonl"] + options, in: scratch.path).ending.status == 0)
        let finished = try scratch.read("out.jsonl")

        let child = try Child.start(
            ["batch", all, "-o", "out.jsonl", "--resume", "--jobs", "1"] + options, in: scratch.path,
            stdout: scratch("stdout"), stderr: scratch("stderr"))
        let deadline = Date().addingTimeInterval(120)
        while BatchCLI.lines(of: scratch("out.jsonl.done")) < 12, Date() < deadline { usleep(2_000) }
        child.signal(SIGKILL)
        _ = child.wait()
        #expect(try scratch.read("out.jsonl") == finished)

        let resumed = try Child.run(["batch", all, "-o", "out.jsonl", "--resume"] + options, in: scratch.path)
        #expect(resumed.ending == Child.Ending(status: 0), "\(resumed.stderr)")
        #expect(try scratch.read("out.jsonl") == scratch.read("whole.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: scratch("out.jsonl.partial")))
    }

    // MARK: Helpers

    /// Every file here (links not followed) with its kind and bytes.
    static func snapshot(_ scratch: Scratch) throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: scratch.path)
        while let name = enumerator?.nextObject() as? String {
            if name.hasPrefix(".std") || name.hasPrefix(".empty") || name.hasPrefix("stdout")
                || name.hasPrefix("stderr")
            {
                continue
            }
            switch scratch.kind(name) {
            case S_IFREG: files[name] = try scratch.read(name)
            case S_IFLNK:
                files[name] = "link to " + (try FileManager.default.destinationOfSymbolicLink(atPath: scratch(name)))
            case S_IFDIR: files[name] = "folder"
            default: files[name] = "special"
            }
        }
        return files
    }

    /// TMX without its creation date, which two runs a second apart differ by.
    static func withoutDates(_ text: String) -> String {
        text.replacing(/creationdate="[0-9TZ]*"/, with: "")
    }
}

/// Reads a FIFO on a thread of its own from before the writer opens it (non-blocking, so a writer that
/// never comes cannot hang the test) until told to finish.
final class FIFOReader: @unchecked Sendable {
    private let descriptor: Int32
    private var data = Data()
    private let stop = Mutex(false)
    private let done = DispatchSemaphore(value: 0)

    init(_ path: String) throws {
        descriptor = open(path, O_RDONLY | O_NONBLOCK)
        try #require(descriptor >= 0)
        Thread { self.loop() }.start()
    }

    private func loop() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&poller, 1, 50)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
                continue
            }
            // No writer (0) or nothing yet (EAGAIN): done once the writer's process has ended.
            if stop.withLock({ $0 }) { break }
            if count == 0 { usleep(5_000) }
        }
        close(descriptor)
        done.signal()
    }

    /// What was read, once the writer has ended.
    func finish() -> String {
        stop.withLock { $0 = true }
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
