/// The word translations lexical evidence draws on: a dictionary, a learned Model 1, or both.
package struct Lexicon: Sendable {
    package var dictionary: ChineseEnglishDictionary?
    /// Model 1 with the vocabularies its ids refer to.
    package var model: WordTranslationModel?
    package var chinese = Vocabulary()
    package var english = Vocabulary()
    /// Model 1's likely English stems for each Chinese word seen often enough, worked out once after
    /// training: the lexicon is asked for every word of every sentence.
    private var learned: [String: [String]] = [:]
    /// The words Model 1 was trained on, with the keys of `translations(of:)` and their pinyin.
    private(set) var trainedWords = TrainedWords()

    /// A lexicon of `dictionary` (if any) and, unless `names` is false, the gazetteer's names (merged
    /// in unless `dictionary` has them already, as `ChineseEnglishDictionary.builtInWithNames` does).
    package init(dictionary: ChineseEnglishDictionary? = nil, names: Bool = true) {
        switch (dictionary, names) {
        case (let dictionary?, true):
            self.dictionary = dictionary.includesNames ? dictionary : dictionary.merging(.gazetteer)
        case (nil, true): self.dictionary = .gazetteer
        case (let dictionary, false): self.dictionary = dictionary
        }
    }

    /// Training sentences a Chinese word must occur in for its learned translations to count.
    package static let leastOccurrences = 3

    /// Whether there is anything to translate with.
    package var isEmpty: Bool { dictionary == nil && model == nil }

    /// English stems `word` may translate to: dictionary glosses, then Model 1's likely words.
    package func translations(of word: String) -> [String] {
        var result = dictionary?.translations(of: word) ?? []
        for stem in learned[word] ?? [] where !result.contains(stem) { result.append(stem) }
        return result
    }

    /// The lexical keys of `translations(of: word)` for a word Model 1 was not trained on, whose FNV-1a
    /// hash is `hash` (those it was trained on are in `trainedWords`).
    func untrainedTranslationKeys(ofHash hash: UInt64) -> [UInt64] {
        dictionary?.translationKeys(ofHash: hash) ?? []
    }

    /// Trains Model 1 on `pairs` of sentence words (Chinese, English), e.g. the confident
    /// one-to-one beads of a first pass. Dictionary entries for the words seen join the training
    /// pairs, so the dictionary steers EM without drowning the text's own usage.
    ///
    /// Over `limit` pairs, an even sample of `limit` is taken: enough for Model 1's frequent words,
    /// and the cost stays bounded on long inputs. Without `keyed`, only `translations(of:)` is worked out
    /// (a lexicon to measure, not to align with: see `restore`).
    package mutating func learn(
        from allPairs: [(chinese: [String], english: [String])], iterations: Int = 5, limit: Int = 20_000,
        keyed: Bool = true
    ) {
        let pairs =
            allPairs.count > limit
            ? (0..<limit).map { allPairs[$0 * allPairs.count / limit] } : allPairs
        var idPairs: [(chinese: [Int32], english: [Int32])] = []
        idPairs.reserveCapacity(pairs.count)
        var seen: Set<String> = []
        for pair in pairs {
            idPairs.append((pair.chinese.map { chinese.id($0) }, pair.english.map { english.id($0) }))
            seen.formUnion(pair.chinese)
        }
        if let dictionary {
            for word in seen.sorted() {
                let glosses = dictionary.translations(of: word)
                guard !glosses.isEmpty else { continue }
                idPairs.append(([chinese.id(word)], glosses.map { english.id($0) }))
            }
        }
        restore(
            WordTranslationModel.train(
                pairs: idPairs, chineseCount: chinese.count, englishCount: english.count, iterations: iterations),
            chinese: chinese, english: english, keyed: keyed)
    }

    /// Sets the trained `model` of the words of `chinese` and `english` (as `learn(from:)` trains it, or
    /// as `ModelFile` reads it back) and works out what is looked up from it: `translations(of:)`, and
    /// with `keyed` the words' lexical keys that `LexicalEvidence` needs (an unkeyed lexicon must not
    /// be aligned with).
    package mutating func restore(
        _ model: WordTranslationModel, chinese: Vocabulary, english: Vocabulary, keyed: Bool = true
    ) {
        self.model = model
        self.chinese = chinese
        self.english = english
        learned = [:]
        for (id, word) in chinese.words.enumerated() {
            // A word seen in few training sentences has "translations" that are just its sentences' words.
            guard model.occurrences(of: Int32(id)) >= Self.leastOccurrences else { continue }
            let stems = model.translations(of: Int32(id), minimum: 0.1, limit: 4).map { english.words[Int($0.english)] }
            if !stems.isEmpty { learned[word] = stems }
        }
        trainedWords = TrainedWords()
        guard keyed else { return }
        let syllables = AnchorExtractor()
        syllables.prepareSyllables(for: chinese.words)
        for word in chinese.words {
            trainedWords.add(word, translationKeys: translations(of: word).map(LexicalKey.word), syllables: syllables)
        }
    }
}
