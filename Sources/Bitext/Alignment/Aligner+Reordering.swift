extension Aligner {
    /// Reorder-aware alignment (the default): beads may cross where the evidence is strong.
    ///
    /// `first` is the monotonic pass. When the input is long enough (`options.parameters.learningMinimum`
    /// sentences), IBM Model 1 is trained on its confident one-to-one beads and joins the evidence.
    package func reorderedPath(
        _ features: AlignmentFeatures, model: BeadCost, first: [BeadSpan], chinese: [String], english: [String],
        tokenizer: WordTokenizer
    ) -> [ReorderingAligner.Link] {
        if let learned = options.lexicon, learned.model != nil {
            var evidence = LexicalEvidence(chinese: chinese, english: english, lexicon: learned, tokenizer: tokenizer)
            evidence.weights.pairExponent = options.parameters.lexicalPairExponent
            return reorderedPath(
                AnchoredEvidence(
                    features: features, model: model, lexical: evidence, lexicalWeight: options.parameters.lexicalWeight
                ), first: first, keepInitial: false)
        }
        var lexicon = options.lexicon ?? Lexicon(dictionary: options.dictionary)
        let words = SentenceWords(
            chinese: chinese, english: english, dictionary: lexicon.dictionary, tokenizer: tokenizer)
        if learns(sentences: chinese.count + english.count),
            let trained = lexicon.learning(
                from: Self.trainingPairs(first, features: features, model: model, words: words),
                leastLift: options.parameters.learningLift)
        {
            lexicon = trained
            var learned = LexicalEvidence(words: words, lexicon: lexicon)
            learned.weights.pairExponent = options.parameters.lexicalPairExponent
            return reorderedPath(
                AnchoredEvidence(
                    features: features, model: model, lexical: learned, lexicalWeight: options.parameters.lexicalWeight),
                first: first, keepInitial: false)
        }
        // Nothing learned: the monotonic pass stands wherever no block moved.
        var plain = LexicalEvidence(words: words, lexicon: lexicon)
        plain.weights.pairExponent = options.parameters.lexicalPairExponent
        return reorderedPath(
            AnchoredEvidence(
                features: features, model: model, lexical: plain, lexicalWeight: options.parameters.lexicalWeight),
            first: first)
    }

    /// The reorder-aware search over `evidence`, guided by `first`, the monotonic pass; with
    /// `keepInitial`, `first` stands wherever no block moved.
    package func reorderedPath(_ evidence: AnchoredEvidence, first: [BeadSpan], keepInitial: Bool = true)
        -> [ReorderingAligner.Link]
    {
        var aligner = ReorderingAligner(parameters: options.parameters)
        aligner.maxBeadSide = options.maxBeadSide
        let initial = first.map { bead in
            ReorderingAligner.Link(
                bead: Bead(chinese: Array(bead.zh), english: Array(bead.en)), crossing: false, cost: Double(bead.cost))
        }
        return aligner.align(evidence, initial: initial, keepInitial: keepInitial)
    }

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
            let lexicon = options.lexicon ?? Lexicon(dictionary: options.dictionary)
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
