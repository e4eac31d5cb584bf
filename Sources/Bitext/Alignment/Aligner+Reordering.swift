extension Aligner {
    /// Reorder-aware alignment (the default): beads may cross where the evidence is strong.
    ///
    /// `first` is the monotonic pass. IBM Model 1 is trained on its confident one-to-one beads and joins
    /// the evidence when what it learns holds on held-out pairs (`Lexicon.learning`). With a shared model
    /// (`options.lexicon`, a batch's), a document of `parameters.ownLearningMinimum` sentences a side learns
    /// on its own all the same, as a single run does, and falls back on the shared model; a smaller one
    /// takes the shared model.
    ///
    /// With `findsCorrespondence`, texts whose confident pairs show a part of one side without counterpart
    /// come back as the pieces to align instead (`correspondingPieces`).
    package func reorderedPath(
        _ features: AlignmentFeatures, model: BeadCost, first: [BeadSpan], chinese: [String], english: [String],
        tokenizer: WordTokenizer, findsCorrespondence: Bool = false
    ) -> ReorderedPath {
        let parameters = options.parameters
        // Where the first pass puts each Chinese sentence: the English sentence its bead starts at.
        var path = [Int](repeating: 0, count: chinese.count)
        for bead in first { for i in bead.zh where i < path.count { path[i] = bead.en.lowerBound } }
        // The evidence of the search: the anchors and length of `model`, and the words `lexicon` knows.
        func evidence(_ words: SentenceWords, _ lexicon: Lexicon) -> AnchoredEvidence {
            AnchoredEvidence(
                features: features, model: model,
                lexical: LexicalEvidence(words: words, lexicon: lexicon, parameters: parameters, path: path),
                lexicalWeight: parameters.lexicalWeight)
        }
        let shared = options.lexicon?.model != nil ? options.lexicon : nil
        let lexicon = self.lexicon
        let words = SentenceWords(
            chinese: chinese, english: english, dictionary: lexicon.dictionary, tokenizer: tokenizer)
        let ownLearning =
            shared == nil
            ? learns(sentences: chinese.count + english.count)
            : options.learning && min(chinese.count, english.count) >= parameters.ownLearningMinimum
        let chosen: AnchoredEvidence
        var keepInitial = false
        if ownLearning,
            let learned = lexicon.learning(
                from: Self.trainingPairs(first, features: features, model: model, words: words),
                leastLift: parameters.learningLift)
        {
            chosen = evidence(words, learned)
        } else if let shared {
            chosen = evidence(words, shared)
        } else {
            // Nothing learned: the monotonic pass stands wherever no block moved.
            chosen = evidence(words, lexicon)
            keepInitial = true
        }
        // The confident pairs, worked out once for the correspondence and the search.
        let confident = ReorderingAligner(parameters: parameters).confident(chosen)
        if findsCorrespondence,
            let pieces = correspondingPieces(
                confidentPairs: confident.pairs, chineseCount: chinese.count, englishCount: english.count,
                strength: chosen.strength)
        {
            return .pieces(pieces)
        }
        return .links(
            reorderedPath(chosen, first: first, keepInitial: keepInitial, confident: confident), evidence: chosen)
    }

    /// What `reorderedPath(_:model:first:chinese:english:tokenizer:findsCorrespondence:)` found.
    package enum ReorderedPath {
        /// The beads of the whole texts, and the evidence that found them.
        case links([ReorderingAligner.Link], evidence: AnchoredEvidence)
        /// The parts of the texts that correspond, to be aligned one by one.
        case pieces([(zh: Range<Int>, en: Range<Int>)])
    }

    /// The reorder-aware search over `evidence`, guided by `first`, the monotonic pass; with
    /// `keepInitial`, `first` stands wherever no block moved.
    ///
    /// `confident`: `ReorderingAligner.confident(evidence)`, when worked out already.
    package func reorderedPath(
        _ evidence: AnchoredEvidence, first: [BeadSpan], keepInitial: Bool = true,
        confident: ReorderingAligner.Confident? = nil
    ) -> [ReorderingAligner.Link] {
        var aligner = ReorderingAligner(parameters: options.parameters)
        aligner.maxBeadSide = options.maxBeadSide
        let initial = first.map { bead in
            ReorderingAligner.Link(
                bead: Bead(chinese: Array(bead.zh), english: Array(bead.en)), crossing: false, cost: Double(bead.cost))
        }
        return aligner.align(evidence, initial: initial, keepInitial: keepInitial, confident: confident)
    }

    /// The word evidence the aligner starts from: the shared model (a batch's), else the dictionary alone.
    var lexicon: Lexicon { options.lexicon ?? Lexicon(dictionary: options.dictionary) }

    /// Whether an input of `sentences` (both sides) is long enough to learn Model 1 from.
    func learns(sentences: Int) -> Bool { options.learning && sentences >= options.parameters.learningMinimum }

    /// The sentences' texts without news datelines: they say nothing about which sentences translate
    /// each other (the English lead absorbs the dateline the Chinese keeps on its first sentence).
    package static func withoutDatelines(chinese: [Sentence], english: [Sentence]) -> (
        chinese: [String], english: [String]
    ) {
        (
            chinese.map { Dateline.stripped($0.text, language: .chinese) },
            english.map { Dateline.stripped($0.text, language: .english) }
        )
    }

    /// Moore's training pairs for Model 1 from one document: the words of the confident one-to-one
    /// beads of its monotonic pass. A batch gathers them over many documents, trains one `Lexicon`
    /// and aligns with it (`AlignmentOptions.lexicon`).
    package func trainingPairs(chinese: [Sentence], english: [Sentence]) -> [(chinese: [String], english: [String])] {
        guard chinese.count > 1, english.count > 1 else { return [] }
        return WordTokenizer.withPooled { tokenizer in
            let (chineseTexts, englishTexts) = Self.withoutDatelines(chinese: chinese, english: english)
            let features = AlignmentFeatures(
                chinese: chineseTexts, english: englishTexts, extractor: AnchorExtractor(gazetteer: gazetteer))
            let (beads, model) = path(features)
            let lexicon = self.lexicon
            let words = SentenceWords(
                chinese: chineseTexts, english: englishTexts, dictionary: lexicon.dictionary, tokenizer: tokenizer)
            return Self.trainingPairs(beads, features: features, model: model, words: words)
        } ?? []
    }

    /// The words of the first pass's one-to-one beads that clearly beat leaving both sentences
    /// out: Moore's (2002) training set for Model 1.
    static func trainingPairs(
        _ beads: [BeadSpan], features: AlignmentFeatures, model: BeadCost, words: SentenceWords
    ) -> [(chinese: [String], english: [String])] {
        beads.compactMap { bead in
            guard bead.zh.count == 1, bead.en.count == 1 else { return nil }
            let alone =
                model.cost(features, zh: bead.zh, en: bead.en.lowerBound..<bead.en.lowerBound)
                + model.cost(features, zh: bead.zh.lowerBound..<bead.zh.lowerBound, en: bead.en)
            guard alone - bead.cost > 4 else { return nil }
            return (words.chinese[bead.zh.lowerBound], words.english[bead.en.lowerBound])
        }
    }
}
