/// Runs a batch: its documents through the pipeline on all cores, the results out in input order.
///
/// HOOK, learning across the batch (issue 7): when the reorder issue's word-translation model is in main,
/// `run` gets a first pass, `engine.run` over the same manifest with a `work` that aligns and returns the
/// confident 1-1 pairs (no output), whose pairs train the model; then the pass below runs with a pipeline
/// whose `AlignmentOptions` carry the model.
package struct BatchRunner: Sendable {
    package var pipeline: BatchPipeline
    package var engine: BatchEngine

    package init(pipeline: BatchPipeline, engine: BatchEngine = BatchEngine()) {
        self.pipeline = pipeline
        self.engine = engine
    }

    /// Aligns the documents of `manifest` into `output`, skipping those it already holds (resume).
    ///
    /// Bad manifest lines and failed documents are reported and counted, in manifest order; the others go on.
    package func run(
        _ manifest: some Sequence<Manifest.Entry>, count: Int, into output: BatchOutput, reporter: BatchReporter
    )
        async throws
    {
        let completed = output.completed
        reporter.total = count - completed.count
        let todo = manifest.lazy.filter { entry in
            guard case .success(let document) = entry else { return true }
            return !completed.contains(document.id)
        }
        let pipeline = pipeline
        let work: @Sendable (Manifest.Entry) -> BatchPipeline.Outcome = { entry in
            switch entry {
            case .success(let document): pipeline.run(document)
            case .failure(let error): BatchPipeline.Outcome(document: nil, result: .failure(error))
            }
        }
        try await engine.run(
            todo, work: work,
            deliver: { outcome in
                switch outcome.result {
                case .success(let result):
                    try output.write(document: outcome.document?.id ?? "", bytes: result.bytes)
                    reporter.documentDone(pairs: result.pairs)
                case .failure(let error):
                    reporter.documentFailed(outcome.document, error)
                }
            })
        try output.finish()
        reporter.finish()
    }

    /// Aligns documents given as JSON lines and hands each one's pairs, as JSON lines, to `write`.
    ///
    /// A line that is not a document, or a document that fails, becomes an error record
    /// `{"document":…,"error":…}` in the output and a message on standard error.
    package func stream(
        _ lines: some Sequence<(number: Int, text: String)>, reporter: BatchReporter, write: ([UInt8]) throws -> Void
    ) async throws {
        let pipeline = pipeline
        let work: @Sendable ((number: Int, text: String)) -> BatchPipeline.Outcome = { line in
            do throws(BatchError) {
                return pipeline.run(try StreamRecord.document(line: line.text, number: line.number))
            } catch {
                return BatchPipeline.Outcome(document: nil, result: .failure(error))
            }
        }
        let documents = lines.lazy.filter { !$0.text.allSatisfy(\.isWhitespace) }
        try await engine.run(
            documents, work: work,
            deliver: { outcome in
                switch outcome.result {
                case .success(let result):
                    try write(result.bytes)
                    reporter.documentDone(pairs: result.pairs)
                case .failure(let error):
                    let message = outcome.document.map { "\($0.origin): \(error)" } ?? "\(error)"
                    try write(BatchFormat.errorRecord(document: outcome.document?.id, message: message))
                    reporter.documentFailed(outcome.document, error)
                }
            })
        reporter.finish()
    }
}
