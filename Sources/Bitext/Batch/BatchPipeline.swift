/// One document of a batch through the `Pipeline`, then serialised in the batch's format; safe to run
/// on many tasks at once.
package struct BatchPipeline: Sendable {
    /// What one document came to: its serialised pairs, or why it failed.
    package struct Outcome: Sendable {
        /// The document, or nil when its input line could not be read.
        package var document: BatchDocument?
        package var result: Result<Written, BatchError>
    }

    /// One document's bytes for each output file, and what each target's writer did.
    package struct Written: Sendable {
        /// The bytes of each file, in `OutputDescription.targets` order (Moses: `.zh`, then `.en`).
        package var files: [[UInt8]]
        /// What each target's writer did (the first target's `written` counts the pairs).
        package var statistics: [ExportStatistics]
        /// How well the document's two sides correspond.
        package var quality: DocumentQuality? = nil

        /// The first file's bytes.
        package var bytes: [UInt8] { files.first ?? [] }
    }

    /// The words of one confident one-to-one bead: a training pair for IBM Model 1.
    package typealias TrainingPair = (chinese: [String], english: [String])

    /// The targets, formats, language tags and filters of the output.
    package var output: OutputDescription
    /// Reads, segments and aligns each document.
    package let pipeline: Pipeline

    package var alignment: AlignmentOptions { pipeline.alignment }
    package var presegmented: Bool { pipeline.presegmented }

    package init(output: OutputDescription, pipeline: Pipeline = Pipeline()) {
        self.output = output
        self.pipeline = pipeline
    }

    /// A pipeline writing one target in `format` (the path is the caller's business).
    package init(format: ExportFormat, alignment: AlignmentOptions = AlignmentOptions(), presegmented: Bool = false) {
        self.init(
            output: OutputDescription(targets: [.init(path: "", format: format)]),
            pipeline: Pipeline(alignment: alignment, presegmented: presegmented))
    }

    /// The outcome of one document; never throws: a failure is part of the outcome.
    ///
    /// `files` are the files its source names, read ahead (`BatchPrefetcher`); empty, they are read here.
    package func run(_ document: BatchDocument, files: [LoadedFile] = []) -> Outcome {
        do throws(BatchError) {
            if output.targets.contains(where: { $0.format == .beads }),
                document.id.contains("/") || document.id.hasPrefix(".")
            {
                throw BatchError(message: "the id cannot name a bead file")
            }
            let aligned = try alignDocument(document, files: files)
            var written = Written(files: [], statistics: [], quality: aligned.quality)
            for target in output.targets {
                let (files, statistics) = output.encode(aligned.pairs, document: document.id, format: target.format)
                written.files += files
                written.statistics.append(statistics)
            }
            return Outcome(document: document, result: .success(written))
        } catch {
            return Outcome(document: document, result: .failure(error))
        }
    }

    /// The same pipeline aligning every document with `lexicon` (word translations learned across the batch).
    package func learning(_ lexicon: Lexicon) -> BatchPipeline {
        BatchPipeline(output: output, pipeline: pipeline.learning(lexicon))
    }

    /// The Model 1 training pairs of `document` (the confident one-to-one beads of its monotonic pass);
    /// none if it cannot be read: the aligning pass reports it.
    package func trainingPairs(_ document: BatchDocument) -> [TrainingPair] {
        pipeline.trainingPairs(document.source, id: document.id, origin: document.origin)
    }

    /// The aligned pairs of `document`, whose files, when given, are read already.
    package func align(_ document: BatchDocument, files: [LoadedFile] = []) throws(BatchError) -> [AlignedPair] {
        try alignDocument(document, files: files).pairs
    }

    /// `document` aligned, whose files, when given, are read already.
    package func alignDocument(_ document: BatchDocument, files: [LoadedFile] = []) throws(BatchError)
        -> AlignedDocument
    {
        do {
            return try pipeline.align(document.source, id: document.id, origin: document.origin, files: files)
        } catch {
            throw BatchError(error)
        }
    }

    /// The document read from its files or texts, with the batch's id.
    package func read(_ document: BatchDocument, files: [LoadedFile] = []) throws(PipelineError) -> Document {
        try pipeline.read(document.source, id: document.id, origin: document.origin, files: files)
    }

    /// What the batch left out or changed, from each target's totals: the filter's notes once, then
    /// each target's (named when there are several).
    package func notes(_ totals: [ExportStatistics]) -> [String] {
        var notes: [String] = []
        for (index, (target, statistics)) in zip(output.targets, totals).enumerated() {
            var statistics = statistics
            if index > 0 {
                statistics.belowConfidence = 0
                statistics.otherBeadType = 0
            }
            notes += output.notes(statistics, name: output.targets.count > 1 ? target.name : nil)
        }
        return notes
    }
}
