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

            A document that fails is reported on standard error and the batch goes on. --resume goes on from \
            an interrupted run: OUTPUT.done lists the documents already written. A batch locks OUTPUT.done \
            while it runs: a second batch on the same output is refused. -o - writes standard output (TSV \
            unless --format); a device or a FIFO is written in place.

            Examples:
              bitext batch corpus.tsv -o corpus.tmx
              bitext batch corpus.tsv -o corpus.tmx --resume
              bitext batch corpus.tsv -o beads --format beads
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

    @Option(
        name: .shortAndLong,
        help: "The output: one .tmx, .tsv or .jsonl file, '-' for standard output, or a folder for --format beads.")
    var output: String?

    @Option(help: "tmx, tsv, jsonl or beads (one ID.beads file a document). Default: from the output's extension.")
    var format: String?

    @Flag(help: "Stream: JSON lines of documents on standard input, JSON lines of pairs on standard output.")
    var jsonl = false

    @Flag(help: "Skip the documents an earlier, interrupted run completed (listed in OUTPUT.done) and go on.")
    var resume = false

    @Option(name: .customLong("zh-tag"), help: "TMX language tag of Chinese (zh-TW for Okapi jobs).")
    var zhTag = "zh-Hant"

    @Flag(help: "Keep one-sided pairs in TMX (a <tu> with one <tuv>); TSV, JSONL and beads always have them.")
    var keepOneSided = false

    @Flag(help: "Take each input line as one sentence.")
    var presegmented = false

    @Flag(help: "Search one monotonic path only: no crossing pairs for moved sentences or blocks.")
    var monotonic = false

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

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        let validTag = zhTag.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        if !validTag {
            throw ValidationError(
                "--zh-tag '\(zhTag)': not a language tag such as zh-TW or zh-Hant (OmegaT rejects '_' and spaces)")
        }
        if learningPairs < 1 { throw ValidationError("--learning-pairs must be at least 1") }
        if jsonl {
            guard manifest == nil else { throw ValidationError("--jsonl reads standard input: give no manifest") }
            guard output == nil, format == nil, !resume else {
                throw ValidationError("--jsonl writes JSON lines to standard output: no --output, --format or --resume")
            }
            return
        }
        guard manifest != nil else { throw ValidationError("give a manifest, or --jsonl to read standard input") }
        guard let output else { throw ValidationError("give an output with -o FILE.tmx, .tsv, .jsonl or a folder") }
        if output == "-", resume { throw ValidationError("--resume needs an output file, not standard output") }
        _ = try outputFormat(for: output)
    }

    private func outputFormat(for output: String) throws -> BatchFormat {
        if let format {
            guard let chosen = BatchFormat(rawValue: format) else {
                throw ValidationError("unknown format '\(format)': use tmx, tsv, jsonl or beads")
            }
            return chosen
        }
        // Standard output: TSV, as align writes it.
        if output == "-" { return .tsv }
        guard let inferred = BatchFormat(path: output) else {
            throw ValidationError(
                "cannot tell the format of '\(output)': name it .tmx, .tsv or .jsonl, or use --format")
        }
        return inferred
    }

    func run() throws {
        let failed = try reportingErrors { try runBlocking { try await self.align() } }
        if failed > 0 { throw ExitCode.someFailed }
    }

    /// Runs the batch; returns how many documents failed.
    private func align() async throws -> Int {
        let engine = BatchEngine(window: jobs)
        var alignment = AlignmentOptions()
        alignment.monotonic = monotonic
        let learning = learning ? BatchRunner.Learning(pairs: learningPairs) : nil
        let showsProgress = !quiet && BatchReporter.standardErrorIsTerminal
        if jsonl {
            let runner = BatchRunner(
                pipeline: BatchPipeline(format: .jsonl, alignment: alignment, presegmented: presegmented),
                engine: engine, learning: learning)
            let reporter = BatchReporter(showsProgress: showsProgress)
            let lines = try LineReader()
            try await runner.stream(lines, reporter: reporter) { bytes in
                try BatchOutput.write(bytes, to: STDOUT_FILENO, name: "standard output")
            }
            if let failure = lines.failure {
                throw BatchError(.input, file: "standard input", message: "cannot read: \(failure)")
            }
            return reporter.progress.failed
        }
        guard let manifest, let output else { return 0 }
        let format = try outputFormat(for: output)
        let documents = try Manifest(path: manifest)
        var export = ExportOptions()
        export.chineseTag = zhTag
        export.keepOneSided = keepOneSided
        let target = try BatchOutput(
            path: output, format: format, resume: resume, export: export, manifest: documents)
        let reporter = BatchReporter(showsProgress: showsProgress)
        var pipeline = BatchPipeline(format: format, alignment: alignment, presegmented: presegmented)
        pipeline.export = export
        let runner = BatchRunner(pipeline: pipeline, engine: engine, learning: learning)
        try await runner.run(documents, count: documents.count, into: target, reporter: reporter)
        return reporter.progress.failed
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
