/// One document of a batch through the `Pipeline`, then serialised in the batch's format; safe to run
/// on many tasks at once.
package struct BatchPipeline: Sendable {
    /// What one document came to: its serialised pairs, or why it failed.
    package struct Outcome: Sendable {
        /// The document, or nil when its input line could not be read.
        package var document: BatchDocument?
        /// The pairs written (one-sided pairs TMX left out are counted apart), and their bytes in the
        /// batch's format.
        package var result: Result<(pairs: Int, leftOut: Int, bytes: [UInt8]), BatchError>
    }

    /// The words of one confident one-to-one bead: a training pair for IBM Model 1.
    package typealias TrainingPair = (chinese: [String], english: [String])

    package var format: BatchFormat
    /// TMX's language tags (and whether one-sided pairs are kept).
    package var export = ExportOptions()
    /// Reads, segments and aligns each document.
    package let pipeline: Pipeline

    package var alignment: AlignmentOptions { pipeline.alignment }
    package var presegmented: Bool { pipeline.presegmented }

    package init(format: BatchFormat, alignment: AlignmentOptions = AlignmentOptions(), presegmented: Bool = false) {
        self.init(format: format, pipeline: Pipeline(alignment: alignment, presegmented: presegmented))
    }

    package init(format: BatchFormat, pipeline: Pipeline) {
        self.format = format
        self.pipeline = pipeline
    }

    /// The outcome of one document; never throws: a failure is part of the outcome.
    ///
    /// `files` are the files its source names, read ahead (`BatchPrefetcher`); empty, they are read here.
    package func run(_ document: BatchDocument, files: [LoadedFile] = []) -> Outcome {
        do throws(BatchError) {
            if format.isFolder, document.id.contains("/") || document.id.hasPrefix(".") {
                throw BatchError(message: "the id cannot name a bead file")
            }
            let pairs = try align(document, files: files)
            let (bytes, statistics) = format.encodeCounting(pairs, document: document.id, export: export)
            return Outcome(
                document: document, result: .success((statistics.written, statistics.oneSidedLeftOut, bytes)))
        } catch {
            return Outcome(document: document, result: .failure(error))
        }
    }

    /// The same pipeline aligning every document with `lexicon` (word translations learned across the batch).
    package func learning(_ lexicon: Lexicon) -> BatchPipeline {
        var learned = BatchPipeline(format: format, pipeline: pipeline.learning(lexicon))
        learned.export = export
        return learned
    }

    /// The Model 1 training pairs of `document` (the confident one-to-one beads of its monotonic pass);
    /// none if it cannot be read: the aligning pass reports it.
    package func trainingPairs(_ document: BatchDocument) -> [TrainingPair] {
        pipeline.trainingPairs(document.source, id: document.id, origin: document.origin)
    }

    /// The aligned pairs of `document`, whose files, when given, are read already.
    package func align(_ document: BatchDocument, files: [LoadedFile] = []) throws(BatchError) -> [AlignedPair] {
        do {
            return try pipeline.align(document.source, id: document.id, origin: document.origin, files: files).pairs
        } catch {
            throw BatchError(error)
        }
    }

    /// The document read from its files or texts, with the batch's id.
    package func read(_ document: BatchDocument, files: [LoadedFile] = []) throws(PipelineError) -> Document {
        try pipeline.read(document.source, id: document.id, origin: document.origin, files: files)
    }
}
