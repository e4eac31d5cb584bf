extension Aligner {
    /// Reorder-aware alignment (the default): beads may cross where the evidence is strong.
    ///
    /// `first` is the monotonic pass. When the input is long enough (`options.learningMinimum`
    /// sentences), IBM Model 1 is trained on its confident one-to-one beads and joins the evidence.
    package func reorderedPath(
        _ features: AlignmentFeatures, model: BeadCost, first: [BeadSpan], chinese: [String], english: [String],
        tokenizer: WordTokenizer
    ) -> [ReorderingAligner.Link] {
        var aligner = ReorderingAligner()
        aligner.maxBeadSide = options.maxBeadSide
        if let learned = options.lexicon, learned.model != nil {
            let evidence = LexicalEvidence(chinese: chinese, english: english, lexicon: learned, tokenizer: tokenizer)
            return aligner.align(AnchoredEvidence(features: features, model: model, lexical: evidence))
        }
        var lexicon = options.lexicon ?? Lexicon(dictionary: options.dictionary)
        let plain = LexicalEvidence(chinese: chinese, english: english, lexicon: lexicon, tokenizer: tokenizer)
        if options.learning, chinese.count + english.count >= options.learningMinimum {
            lexicon.learn(from: Self.trainingPairs(first, features: features, model: model, lexical: plain))
            let learned = plain.relearned(with: lexicon)
            return aligner.align(AnchoredEvidence(features: features, model: model, lexical: learned))
        }
        // Nothing learned: the monotonic pass stands wherever no block moved.
        let initial = first.map { bead in
            ReorderingAligner.Link(
                bead: Bead(chinese: Array(bead.zh), english: Array(bead.en)), crossing: false, cost: Double(bead.cost))
        }
        return aligner.align(AnchoredEvidence(features: features, model: model, lexical: plain), initial: initial)
    }

    /// Moore's training pairs for Model 1 from one document: the words of the confident one-to-one
    /// beads of its monotonic pass. A batch gathers them over many documents, trains one `Lexicon`
    /// and aligns with it (`AlignmentOptions.lexicon`).
    package func trainingPairs(chinese: [Sentence], english: [Sentence]) -> [(chinese: [String], english: [String])] {
        guard chinese.count > 1, english.count > 1, let tokenizer = try? WordTokenizer() else { return [] }
        let chineseTexts = chinese.map { Dateline.stripped($0.text, language: .chinese) }
        let englishTexts = english.map { Dateline.stripped($0.text, language: .english) }
        let features = AlignmentFeatures(
            chinese: chineseTexts, english: englishTexts, extractor: AnchorExtractor(gazetteer: gazetteer))
        let (beads, model) = path(features)
        let lexicon = options.lexicon ?? Lexicon(dictionary: options.dictionary)
        let lexical = LexicalEvidence(
            chinese: chineseTexts, english: englishTexts, lexicon: lexicon, tokenizer: tokenizer)
        return Self.trainingPairs(beads, features: features, model: model, lexical: lexical)
    }

    /// The words of the first pass's one-to-one beads that clearly beat leaving both sentences
    /// out: Moore's (2002) training set for Model 1.
    static func trainingPairs(
        _ beads: [BeadSpan], features: AlignmentFeatures, model: BeadCost, lexical: LexicalEvidence
    ) -> [(chinese: [String], english: [String])] {
        beads.compactMap { bead in
            guard bead.zh.count == 1, bead.en.count == 1 else { return nil }
            let alone =
                model.cost(features, zh: bead.zh, en: bead.en.lowerBound..<bead.en.lowerBound)
                + model.cost(features, zh: bead.zh.lowerBound..<bead.zh.lowerBound, en: bead.en)
            guard alone - bead.cost > 4 else { return nil }
            return (lexical.chineseWords[bead.zh.lowerBound], lexical.englishWords[bead.en.lowerBound])
        }
    }
}
