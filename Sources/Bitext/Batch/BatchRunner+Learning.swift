extension BatchRunner {
    /// How a batch learns word translations (IBM Model 1) before aligning: from a sample, its first documents.
    ///
    /// A sample is enough for the frequent words Model 1 gets right, and keeps the first pass short and its
    /// memory bounded (with `--jsonl` the sampled documents are held, then replayed).
    package struct Learning: Sendable {
        /// The most training pairs gathered.
        package var pairs: Int
        /// The most documents read for them.
        package var documents: Int
        /// With fewer pairs than this, nothing is learned: each document is aligned on its own.
        package var minimum: Int

        package init(pairs: Int = 5_000, documents: Int = 2_000, minimum: Int = 500) {
            self.pairs = pairs
            self.documents = documents
            self.minimum = min(minimum, pairs)
        }
    }

    /// The pipeline to align with: one whose aligner uses a Model 1 trained on the confident one-to-one
    /// beads of the first documents of `inputs`, or `pipeline` itself when learning is off, the alignment
    /// monotonic, the sample too small or what it learns does not hold on its held-out pairs.
    ///
    /// The training pairs are those of the documents in input order up to `learning.pairs`, whatever the
    /// timing, so the output is the same on any number of cores. Each input read is handed to `taken`.
    func learnedPipeline<Input: Sendable>(
        from inputs: some IteratorProtocol<Input>,
        document: @escaping @Sendable (Input) -> BatchDocument?,
        taken: @escaping (Input) -> Void = { _ in }
    ) async throws -> BatchPipeline {
        let pipeline = pipeline
        guard let learning, !pipeline.alignment.monotonic else { return pipeline }
        var inputs = inputs
        var pairs: [BatchPipeline.TrainingPair] = []
        var read = 0
        // Checked before each input is read, so with a stream no input is read and lost.
        let sample = AnyIterator { () -> Input? in
            guard pairs.count < learning.pairs, read < learning.documents, let input = inputs.next() else {
                return nil
            }
            read += 1
            taken(input)
            return input
        }
        try await engine.run(
            IteratorSequence(sample),
            work: { input in document(input).map(pipeline.trainingPairs) ?? [] },
            deliver: { found in pairs += found.prefix(max(0, learning.pairs - pairs.count)) })
        guard pairs.count >= learning.minimum else { return pipeline }
        let lexicon = Lexicon(dictionary: pipeline.alignment.dictionary).learning(
            from: pairs, leastLift: pipeline.alignment.parameters.learningLift)
        return lexicon.map(pipeline.learning) ?? pipeline
    }
}

/// An iterator shared by reference, so a stream read partly by one pass goes on in the next.
final class SharedIterator<Base: IteratorProtocol>: Sequence, IteratorProtocol {
    private var base: Base

    init(_ base: Base) { self.base = base }

    func next() -> Base.Element? { base.next() }
}
