extension ReorderingAligner {
    /// Aligns sentence texts on their words alone (`LexicalEvidence`).
    ///
    /// With `learning`, a first pass finds confident one-to-one beads, IBM Model 1 is trained on
    /// them (Moore 2002) and a second pass aligns with the learned translations.
    package func align(
        chinese: [String], english: [String], lexicon: Lexicon = Lexicon(), learning: Bool = false,
        tokenizer: WordTokenizer
    ) -> [Link] {
        let evidence = LexicalEvidence(chinese: chinese, english: english, lexicon: lexicon, tokenizer: tokenizer)
        let links = align(evidence)
        guard learning else { return links }
        var learned = lexicon
        learned.learn(from: Self.trainingPairs(links, evidence: evidence))
        let second = LexicalEvidence(chinese: chinese, english: english, lexicon: learned, tokenizer: tokenizer)
        return align(second)
    }

    /// The words of the one-to-one beads worth learning from: those whose link clearly beats
    /// leaving both sentences out.
    package static func trainingPairs(_ links: [Link], evidence: LexicalEvidence) -> [(
        chinese: [String], english: [String]
    )] {
        links.compactMap { link in
            guard link.bead.chinese.count == 1, link.bead.english.count == 1 else { return nil }
            let i = link.bead.chinese[0]
            let j = link.bead.english[0]
            guard evidence.gain(chinese: i, english: j) > 2 else { return nil }
            return (evidence.chineseWords[i], evidence.englishWords[j])
        }
    }
}
