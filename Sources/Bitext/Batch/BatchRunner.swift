/// Runs a batch: its documents through the pipeline on all cores, the results out in input order.
///
/// Unless `learning` is nil, a first pass learns word translations from the first documents (see
/// `BatchRunner+Learning.swift`) and every document is then aligned with them.
package struct BatchRunner: Sendable {
    package var pipeline: BatchPipeline
    package var engine: BatchEngine
    /// Learning across the batch; nil aligns each document on its own.
    package var learning: Learning?

    package init(pipeline: BatchPipeline, engine: BatchEngine = BatchEngine(), learning: Learning?) {
        self.pipeline = pipeline
        self.engine = engine
        self.learning = learning
    }

    /// Aligns the documents of `manifest` into `output`, skipping those it already holds (resume).
    ///
    /// Bad manifest lines and failed documents are reported and counted, in manifest order; the others go on.
    /// When learning, `manifest` is read twice: its first documents for training (all of them, done or not,
    /// so a resumed batch learns what the interrupted one did), then the documents to align.
    package func run(
        _ manifest: some Sequence<Manifest.Entry>, count: Int, into output: BatchOutput, reporter: BatchReporter
    )
        async throws
    {
        try await run(manifest, count: count, into: [output], reporter: reporter)
    }

    /// Aligns the documents of `manifest` into `outputs`, one a file of the pipeline's targets in order
    /// (Moses: `.zh`, then `.en`); a document every output holds already (resume) is skipped, and one
    /// that only some hold is written to the others.
    package func run(
        _ manifest: some Sequence<Manifest.Entry>, count: Int, into outputs: [BatchOutput], reporter: BatchReporter
    )
        async throws
    {
        precondition(!outputs.isEmpty, "a batch writes at least one output")
        let completed = outputs.dropFirst().reduce(outputs[0].completed) { $0.intersection($1.completed) }
        reporter.total = count - completed.count
        let todo = manifest.lazy.filter { entry in
            guard case .success(let document) = entry else { return true }
            return !completed.contains(document.id)
        }
        let pipeline = try await learnedPipeline(from: manifest.makeIterator(), document: { try? $0.get() })
        let work: @Sendable (BatchPrefetcher.Prefetched) -> BatchPipeline.Outcome = { item in
            switch item.entry {
            case .success(let document): pipeline.run(document, files: item.files)
            case .failure(let error): BatchPipeline.Outcome(document: nil, result: .failure(error))
            }
        }
        try await engine.run(
            BatchPrefetcher(todo.makeIterator(), depth: 2 * engine.window), work: work,
            deliver: { outcome in
                switch outcome.result {
                case .success(let result):
                    let id = outcome.document?.id ?? ""
                    precondition(result.files.count == outputs.count, "one output a file")
                    for (output, bytes) in zip(outputs, result.files) where !output.completed.contains(id) {
                        try output.write(document: id, bytes: bytes)
                    }
                    reporter.documentDone(result.statistics, id: id, quality: result.quality)
                case .failure(let error):
                    reporter.documentFailed(outcome.document, error)
                }
            })
        for output in outputs { try output.finish() }
        reporter.finish(notes: pipeline.notes(reporter.totals))
    }

    /// Aligns documents given as JSON lines and hands each one's pairs, as JSON lines, to `write`.
    ///
    /// A line that is not a document, or a document that fails, becomes an error record
    /// `{"document":…,"error":…}` in the output and a message on standard error.
    package func stream(
        _ lines: some Sequence<(number: Int, text: String)>, reporter: BatchReporter, write: ([UInt8]) throws -> Void
    ) async throws {
        let source = SharedIterator(lines.lazy.filter { !$0.text.allSatisfy(\.isWhitespace) }.makeIterator())
        // The documents read for learning are held, then aligned first.
        var held: [(number: Int, text: String)] = []
        let pipeline = try await learnedPipeline(
            from: source, document: { try? StreamRecord.document(line: $0.text, number: $0.number) },
            taken: { held.append($0) })
        var replay = held.makeIterator()
        held = []
        let documents = IteratorSequence(AnyIterator { replay.next() ?? source.next() })
        let work: @Sendable ((number: Int, text: String)) -> BatchPipeline.Outcome = { line in
            do throws(BatchError) {
                return pipeline.run(try StreamRecord.document(line: line.text, number: line.number))
            } catch {
                return BatchPipeline.Outcome(document: nil, result: .failure(error))
            }
        }
        try await engine.run(
            documents, work: work,
            deliver: { outcome in
                switch outcome.result {
                case .success(let result):
                    try write(result.bytes)
                    reporter.documentDone(result.statistics, id: outcome.document?.id ?? "", quality: result.quality)
                case .failure(let error):
                    let message =
                        outcome.document.map { "\($0.origin): \(error.description(after: $0.origin))" } ?? "\(error)"
                    try write(
                        JSONLFormat.errorRecord(document: outcome.document?.id ?? error.document, message: message))
                    reporter.documentFailed(outcome.document, error)
                }
            })
        reporter.finish(notes: pipeline.notes(reporter.totals))
    }
}
