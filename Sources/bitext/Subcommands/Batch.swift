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
            starting with # are comments. Output is in manifest order whatever the number of cores.

            With --jsonl, documents are read as JSON lines on standard input ({"id":…,"zh":…,"en":…} or \
            {"id":…,"text":…}) and pairs written as JSON lines on standard output, as a Hadoop Streaming \
            mapper or Spark RDD.pipe() stage.

            Before aligning, the batch learns word translations from its first documents (the first pass \
            reads, segments and aligns them once more); --no-learning skips it. --monotonic keeps to one \
            path in order, with nothing to learn.

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

            Exit status: 0 every document aligned; 2 the batch finished but some documents or manifest lines \
            failed (listed on standard error); 64 usage error (also an output that is an input); 65 the resume \
            state does not match the output or the manifest; 66 the manifest is missing or unreadable; 70 \
            internal error (ICU); 73 the output cannot be created; 74 writing the output failed midway; 75 \
            another batch is writing the output.
            """
    )

    @Argument(help: "The manifest (TSV). Not with --jsonl.")
    var manifest: String?

    @Flag(help: "Stream: JSON lines of documents on standard input, JSON lines of pairs on standard output.")
    var jsonl = false

    @Flag(help: "Skip the documents an earlier, interrupted run completed (listed in OUTPUT.done) and go on.")
    var resume = false

    @Flag(help: "Take each input line as one sentence.")
    var presegmented = false

    @OptionGroup var alignment: AlignmentFlags

    @Flag(
        inversion: .prefixedNo,
        help: """
            Learn word translations (IBM Model 1) once, from the confident one-to-one pairs of the first \
            documents (up to --learning-pairs), and align every document with them. --no-learning aligns each \
            document on its own, as bitext align does.
            """)
    var learning = true

    @Option(
        help: ArgumentHelp(
            "The most training pairs the first pass gathers (more is slower, rarely better).", valueName: "n"))
    var learningPairs = BatchRunner.Learning().pairs

    @Option(help: "Documents in flight at once (default: eight per core).")
    var jobs: Int?

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
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let scores, scores == "-" || [output.output, output.tmx, manifest].contains(scores) {
            throw ValidationError("--scores '\(scores)': give a file of its own, not '-', an input or an output")
        }
        if learningPairs < 1 { throw ValidationError("--learning-pairs must be at least 1") }
        if jsonl {
            guard manifest == nil else { throw ValidationError("--jsonl reads standard input: give no manifest") }
            guard output.output == nil, output.format == nil, output.tmx == nil, output.moses == nil, !resume else {
                throw ValidationError(
                    "--jsonl writes JSON lines to standard output: no --output, --format, --tmx, --moses or --resume")
            }
            _ = try output.description(batch: true)
            return
        }
        guard manifest != nil else { throw ValidationError("give a manifest, or --jsonl to read standard input") }
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
        let engine = BatchEngine(window: jobs)
        let pipeline = Pipeline(alignment: try alignment.options(), presegmented: presegmented)
        let learning = learning ? BatchRunner.Learning(pairs: learningPairs) : nil
        let reporter = BatchReporter(showsProgress: !quiet && BatchReporter.standardErrorIsTerminal)
        var description = try output.description(batch: true)
        if jsonl {
            description.targets = [.init(path: "-", format: .jsonl)]
            let runner = BatchRunner(
                pipeline: BatchPipeline(output: description, pipeline: pipeline), engine: engine, learning: learning)
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
        guard let manifest else { return 0 }
        let documents = try Manifest(path: manifest)
        let outputs = try BatchOutput.open(description, resume: resume, manifest: documents)
        let runner = BatchRunner(
            pipeline: BatchPipeline(output: description, pipeline: pipeline), engine: engine, learning: learning)
        try await runner.run(documents, count: documents.count, into: outputs, reporter: reporter)
        try writeScores(reporter)
        return reporter.progress.failed
    }

    /// Writes `--scores`: the documents this run aligned, in output order.
    private func writeScores(_ reporter: BatchReporter) throws {
        guard let scores else { return }
        let lines = reporter.qualities.map { $0.quality.jsonLine(document: $0.document) }.joined()
        try AtomicFile.write(Data(lines.utf8), to: scores, inputs: manifest.map { [$0] } ?? [])
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
private func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
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
