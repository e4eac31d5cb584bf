import Synchronization

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

    /// What a first pass learned, and from how much.
    package struct Learned: Sendable {
        /// The word translations, or nil when the sample was too small or what it taught does not hold on
        /// its held-out pairs.
        package var lexicon: Lexicon?
        /// The training pairs gathered.
        package var pairs: Int
        /// The documents read for them.
        package var documents: Int
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
        guard let learning, !pipeline.alignment.monotonic else { return pipeline }
        let learned = try await learnedLexicon(from: inputs, learning: learning, document: document, taken: taken)
        return learned.lexicon.map(pipeline.learning) ?? pipeline
    }

    /// Learns word translations from the first documents of `manifest`, as a batch does before aligning
    /// them (`learning`, or the default sample when nil); `bitext learn` writes them to a `ModelFile`.
    package func learn(_ manifest: some Sequence<Manifest.Entry>) async throws -> Learned {
        try await learnedLexicon(
            from: manifest.makeIterator(), learning: learning ?? Learning(), document: { try? $0.get() })
    }

    /// Learns word translations from the first documents given as JSON lines (`bitext batch --jsonl`'s
    /// input), as `learn(_:)` does from a manifest.
    package func learn(lines: some Sequence<(number: Int, text: String)>) async throws -> Learned {
        try await learnedLexicon(
            from: lines.lazy.filter { !$0.text.allSatisfy(\.isWhitespace) }.makeIterator(),
            learning: learning ?? Learning(),
            document: { try? StreamRecord.document(line: $0.text, number: $0.number) })
    }

    /// The lexicon learned from the first documents of `inputs` within the limits of `learning`.
    private func learnedLexicon<Input: Sendable>(
        from inputs: some IteratorProtocol<Input>, learning: Learning,
        document: @escaping @Sendable (Input) -> BatchDocument?,
        taken: @escaping (Input) -> Void = { _ in }
    ) async throws -> Learned {
        let pipeline = pipeline
        // Read on the engine's reading thread, added to as documents are delivered: shared under a lock.
        let gathered = SampleState()
        // Checked before each input is read, so with a stream no input is read and lost.
        let sample = SampleIterator(
            inputs,
            more: { gathered.state.withLock { $0.pairs.count < learning.pairs && $0.read < learning.documents } },
            taken: { input in
                gathered.state.withLock { $0.read += 1 }
                taken(input)
            })
        try await engine.run(
            IteratorSequence(sample),
            work: { input in document(input).map(pipeline.trainingPairs) ?? [] },
            deliver: { found in
                gathered.state.withLock { $0.pairs += found.prefix(max(0, learning.pairs - $0.pairs.count)) }
            })
        let (pairs, read) = gathered.state.withLock { ($0.pairs, $0.read) }
        guard pairs.count >= learning.minimum else { return Learned(lexicon: nil, pairs: pairs.count, documents: read) }
        let lexicon = Lexicon(dictionary: pipeline.alignment.dictionary).learning(
            from: pairs, leastLift: pipeline.alignment.parameters.learningLift)
        return Learned(lexicon: lexicon, pairs: pairs.count, documents: read)
    }
}

/// What a learning sample has gathered: its training pairs and the inputs read.
private final class SampleState: Sendable {
    let state = Mutex<(pairs: [BatchPipeline.TrainingPair], read: Int)>(([], 0))
}

/// The inputs of a learning sample: those of `base` while `more` says so, each handed to `taken`.
private struct SampleIterator<Base: IteratorProtocol>: IteratorProtocol {
    var base: Base
    let more: () -> Bool
    let taken: (Base.Element) -> Void

    init(_ base: Base, more: @escaping () -> Bool, taken: @escaping (Base.Element) -> Void) {
        self.base = base
        self.more = more
        self.taken = taken
    }

    mutating func next() -> Base.Element? {
        guard more(), let input = base.next() else { return nil }
        taken(input)
        return input
    }
}

/// An iterator shared by reference, so a stream read partly by one pass goes on in the next.
final class SharedIterator<Base: IteratorProtocol>: Sequence, IteratorProtocol {
    private var base: Base

    init(_ base: Base) { self.base = base }

    func next() -> Base.Element? { base.next() }
}
