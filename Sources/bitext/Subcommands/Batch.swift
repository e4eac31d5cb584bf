import ArgumentParser
import Bitext
import Foundation
import Synchronization

/// `bitext batch`: many documents at once, on all cores, into one output or a JSON-lines stream.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align many documents at once, on all cores, into one output.",
        discussion: """
            The manifest is a TSV file, one document a line: ID<TAB>ZH-PATH<TAB>EN-PATH, or ID<TAB>PATH for an \
            article holding both languages. Relative paths are resolved against the manifest's folder; lines \
            starting with # are comments. A manifest or document path ending in .gz is read decompressed. \
            Output is in manifest order whatever the number of cores.

            With --jsonl, documents are read as JSON lines on standard input ({"id":"…","zh":"…","en":"…"} or \
            {"id":"…","text":"…"}) and pairs written as JSON lines on standard output, as a Hadoop Streaming \
            mapper or Spark RDD.pipe() stage.

            Before aligning, the batch learns word translations from its first documents (the first pass \
            reads, segments and aligns them once more); --no-learning skips it, and --model FILE aligns with \
            the word translations bitext learn wrote instead, so that every part of a split corpus (a Spark \
            partition) is aligned as one run would align it. --monotonic keeps to one path in order, with \
            nothing to learn. With --jsonl and --model or --no-learning, each document's pairs are written as \
            soon as it and every earlier one are aligned; when learning, after the learning sample.

            Every output option of bitext align applies: the formats, --tmx and --moses beside -o, \
            --min-score, --beads, --source, --zh-tag and --en-tag, --score and --header. SOURCE_DATE_EPOCH \
            sets the TMX creationdate (without it a batch's TMX has none, so a resumed batch writes the same bytes).

            A document that fails is reported on standard error and the batch goes on. --resume goes on from \
            an interrupted run: OUTPUT.done lists the documents already written. A batch locks OUTPUT.done \
            while it runs: a second batch on the same output is refused. -o - writes standard output (TSV \
            unless --format); a device or a FIFO is written in place.

            Examples:
              bitext batch corpus.tsv -o corpus.tmx
              bitext batch corpus.tsv -o corpus.tmx --resume
              bitext batch corpus.tsv -o beads --format beads
              bitext batch corpus.tsv -o corpus.tsv --min-score 0.5 --beads 1-1 \\
                  --moses corpus --tmx corpus.tmx --zh-tag zh-TW
              cat docs.jsonl | bitext batch --jsonl --quiet > pairs.jsonl
              bitext learn corpus.tsv -o model.bin
              bitext batch --jsonl --quiet --model model.bin < part-0001.jsonl
              bitext batch --pair zh/ en/ -o corpus.tmx      (bitext pair, then the batch)

            Exit status: 0 every document aligned; 2 the batch finished but some documents or manifest lines \
            failed (listed on standard error); 64 usage error (also an output that is an input); 65 the resume \
            state does not match the output or the manifest; 66 the manifest is missing or unreadable; 70 \
            internal error (ICU); 73 the output cannot be created; 74 writing the output failed midway; 75 \
            another batch is writing the output.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The manifest (TSV); with --pair, the articles, folders or manifests to pair. Not with --jsonl.",
            valueName: "manifest"))
    var inputs: [String] = []

    @Flag(help: "Pair the articles given first, as bitext pair does, then align the pairs found.")
    var pair = false

    @Option(help: ArgumentHelp("With --pair: the lowest score of a pair, 0 to 1.", valueName: "score"))
    var pairMinScore = DocumentPairer.Options().minScore

    /// The manifest, when not pairing.
    private var manifest: String? { pair ? nil : inputs.first }

    @Flag(help: "Stream: JSON lines of documents on standard input, JSON lines of pairs on standard output.")
    var jsonl = false

    @Flag(help: "Skip the documents an earlier, interrupted run completed (listed in OUTPUT.done) and go on.")
    var resume = false

    @Flag(help: "Take each input line as one sentence.")
    var presegmented = false

    @OptionGroup var alignment: AlignmentFlags

    @OptionGroup var model: ModelOption

    @Flag(
        inversion: .prefixedNo,
        help: """
            Learn word translations (IBM Model 1) once, from the confident one-to-one pairs of the first \
            documents (up to --learning-pairs), and align every document with them. --no-learning aligns each \
            document on its own, as bitext align does.
            """)
    var learning = true

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .shortAndLong, help: "No progress line (it is drawn only when standard error is a terminal).")
    var quiet = false

    @Option(
        help: ArgumentHelp(
            "Write each aligned document's score to FILE, one JSON line a document.",
            discussion: """
                {"document":ID,"score":S,"zh":N,"en":N,"zh_unaligned":X,"en_unaligned":X}: the expected share \
                of right pairs among its two-sided ones, its sentences, and the share of each side left \
                without a counterpart (docs/confidence.md). Below 0.6, its two sides may not translate each \
                other: the batch lists such documents (of ten sentences a side or more) on standard error.
                """, valueName: "file.jsonl"))
    var scores: String?

    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        if let scores, scores == "-" || [output.output, output.tmx, manifest].contains(scores) {
            throw ValidationError("--scores '\(scores)': give a file of its own, not '-', an input or an output")
        }
        try model.validate(alignment)
        if pair {
            guard !jsonl else { throw ValidationError("--pair reads files, not --jsonl's standard input") }
            guard !inputs.isEmpty else { throw ValidationError("--pair needs articles, folders or manifests to pair") }
            guard (0...1).contains(pairMinScore) else {
                throw ValidationError("--pair-min-score must be 0 to 1, not \(pairMinScore)")
            }
        } else if inputs.count > 1 {
            throw ValidationError("give one manifest (or --pair FILE… to pair articles first)")
        }
        if jsonl {
            guard manifest == nil else { throw ValidationError("--jsonl reads standard input: give no manifest") }
            guard output.output == nil, output.format == nil, output.tmx == nil, output.moses == nil, !resume else {
                throw ValidationError(
                    "--jsonl writes JSON lines to standard output: no --output, --format, --tmx, --moses or --resume")
            }
            _ = try output.description(batch: true)
            return
        }
        guard !inputs.isEmpty else { throw ValidationError("give a manifest, or --jsonl to read standard input") }
        guard let path = output.output else {
            throw ValidationError("give an output with -o FILE.tmx, .tsv, .jsonl or a folder")
        }
        if path == "-", resume { throw ValidationError("--resume needs an output file, not standard output") }
        _ = try output.description(batch: true)
    }

    func run() throws {
        let failed = try reportingErrors { try runBlocking { try await self.align() } }
        if failed > 0 { throw ExitCode.someFailed }
    }

    /// Runs the batch; returns how many documents failed.
    private func align() async throws -> Int {
        let engine = corpus.engine
        let options = try model.options(try alignment.options(), flags: alignment)
        let pipeline = Pipeline(alignment: options, presegmented: presegmented)
        // A model is used as it is: nothing more is learned across documents.
        let learning = learning && model.model == nil ? corpus.learning : nil
        let reporter = BatchReporter(showsProgress: !quiet && BatchReporter.standardErrorIsTerminal)
        var description = try output.description(batch: true)
        if jsonl {
            description.targets = [.init(path: "-", format: .jsonl)]
            let runner = BatchRunner(
                pipeline: BatchPipeline(output: description, pipeline: pipeline), engine: engine, learning: learning)
            // A producer still writing (a pipe, a terminal) waits for pairs until the sample is read.
            if let learning, !alignment.monotonic, !quiet, Self.standardInputIsAStream {
                printError(
                    "bitext batch: pairs are written once word translations are learned from the first "
                        + "\(learning.documents) documents or \(learning.pairs) pairs (--model or --no-learning "
                        + "writes each document's as soon as it is aligned)")
            }
            let lines = try LineReader()
            try await runner.stream(lines, reporter: reporter) { bytes in
                try BatchOutput.write(bytes, to: STDOUT_FILENO, name: "standard output")
            }
            if let failure = lines.failure {
                throw BatchError(.input, file: "standard input", message: "cannot read: \(failure)")
            }
            try writeScores(reporter)
            return reporter.progress.failed
        }
        let paired = pair ? try pairedManifest() : nil
        defer {
            if let paired {
                unlink(paired.path)
                TemporaryFiles.unregister(paired.registration)
            }
        }
        guard let manifest = paired?.path ?? manifest else { return 0 }
        let documents = try Manifest(path: manifest)
        let outputs = try BatchOutput.open(description, resume: resume, manifest: documents)
        if outputs.allSatisfy(\.canResume) {
            TemporaryFiles.sayOnSignal("\nbitext: interrupted: run the same command with --resume to go on\n")
        }
        for output in outputs where output.discarded > 0 {
            printError(
                "bitext: starting over: \(output.statePath) recorded \(ExportStatistics.counted(output.discarded, "document")) of an "
                    + "earlier run that did not finish (--resume goes on from them)")
        }
        let runner = BatchRunner(
            pipeline: BatchPipeline(output: description, pipeline: pipeline), engine: engine, learning: learning)
        try await runner.run(documents, count: documents.count, into: outputs, reporter: reporter)
        try writeScores(reporter)
        return reporter.progress.failed
    }

    /// Whether standard input is a pipe, a socket or a terminal: a producer that may still be writing.
    private static var standardInputIsAStream: Bool {
        var status = stat()
        guard fstat(STDIN_FILENO, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFSOCK || type == S_IFCHR
    }

    /// Writes `--scores`: the documents this run aligned, in output order.
    private func writeScores(_ reporter: BatchReporter) throws {
        guard let scores else { return }
        let lines = reporter.qualities.map { $0.quality.jsonLine(document: $0.document) }.joined()
        try AtomicFile.write(Data(lines.utf8), to: scores, inputs: manifest.map { [$0] } ?? [])
    }
}

extension Batch {
    /// Pairs the inputs and writes the pairs as a manifest in a temporary file (absolute paths), removed
    /// when the batch ends or is interrupted.
    fileprivate func pairedManifest() throws -> (path: String, registration: TemporaryFiles.Registration?) {
        var options = DocumentPairer.Options()
        options.minScore = pairMinScore
        options.presegmented = presegmented
        let pairing = try PairingInputs(files: inputs)
        let result = try DocumentPairer(options: options).pair(pairing)
        let unpaired = result.unpairedChinese.count + result.unpairedEnglish.count
        printError(
            "paired \(ExportStatistics.counted(result.pairs.count, "document")); \(ExportStatistics.counted(unpaired, "part")) unpaired (bitext pair --unpaired lists them)"
        )
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("bitext-pairs-\(getpid()).tsv")
        let registration = TemporaryFiles.register(path)
        let text = result.manifest(chinese: pairing.chinese, english: pairing.english, absolutePaths: true)
        try AtomicFile.write(Data(text.utf8), to: path)
        return (path, registration)
    }
}

extension ExitCode {
    /// The batch finished, but some of its documents failed.
    static let someFailed = ExitCode(2)
}

extension BatchError: ExitCodeConvertible {
    var exitCode: ExitCode {
        switch kind {
        case .input: .noInput
        case .output: .cannotCreate
        case .write: .ioError
        case .state: .dataError
        case .usage: .validationFailure
        case .busy: .temporaryFailure
        }
    }
}

/// Runs `body` on the concurrency pool and waits for it: the root command is synchronous.
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let result = Mutex<Result<T, any Error>?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
        let outcome: Result<T, any Error>
        do {
            outcome = .success(try await body())
        } catch {
            outcome = .failure(error)
        }
        result.withLock { $0 = outcome }
        done.signal()
    }
    done.wait()
    guard let outcome = result.withLock({ $0 }) else { throw ExitCode.failure }
    return try outcome.get()
}
