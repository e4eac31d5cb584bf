extension LexicalEvidence {
    /// Turns a document's words into units with dense key ids: each distinct word described once (its
    /// number, Latin form, pinyin, translations), neighbours joined (習 近平 ↔ Xi Jinping).
    ///
    /// A struct with mutating methods rather than closures over local variables: those would live in
    /// heap boxes, checked for exclusive access on every word.
    struct UnitBuilder {
        private let words: SentenceWords
        private let lexicon: Lexicon
        private let syllables = AnchorExtractor()
        private var keys: LexicalKey.Interner
        /// Chinese word d's keys are `describedKeys[describedStart[d]..<describedStart[d + 1]]`; its
        /// pinyin is `pinyins[describedPinyin[d]]` (-1: none).
        private var described: HashTable<Int32>
        private var describedStart: [Int32] = [0]
        private var describedKeys: [Int32] = []
        private var describedPinyin: [Int32] = []
        private var pinyins: [String] = []
        /// Keys of two neighbours' pinyin joined, by the pair of pinyin indices (-1: no English word has it).
        private var joined: HashTable<Int32>

        init(words: SentenceWords, lexicon: Lexicon) {
            self.words = words
            self.lexicon = lexicon
            // Room for a document's distinct words, without zeroing a long document's worth up front (a
            // vocabulary grows far slower than the text): the tables grow as needed.
            let chineseCount = min(words.chinese.reduce(0) { $0 + $1.count }, Self.initialCapacity)
            keys = LexicalKey.Interner(
                capacity: min(chineseCount + words.english.reduce(0) { $0 + $1.count }, Self.initialCapacity))
            described = HashTable<Int32>(capacity: chineseCount / 2)
            joined = HashTable<Int32>(capacity: chineseCount / 2)
        }

        /// The most keys a table makes room for before it grows.
        private static let initialCapacity = 16_384

        /// The number of distinct keys so far.
        var keyCount: Int { keys.count }

        /// The number of distinct Chinese words described.
        var describedCount: Int { describedPinyin.count }

        /// The units of the Chinese sentences `sentences`, and the described word of each unit.
        ///
        /// After `englishUnits`: a neighbours' joined pinyin is a key only where the English has it.
        mutating func chineseUnits(_ sentences: [[String]]) -> (UnitTable, [Int32]) {
            let total = sentences.reduce(0) { $0 + $1.count }
            // About three keys a word: translations, pinyin, the neighbours' joined pinyin.
            var table = UnitTable(units: total, keys: 3 * total, sentences: sentences.count)
            var wordIds: [Int32] = []
            wordIds.reserveCapacity(total)
            var sentence: [Int32] = []
            for words in sentences {
                sentence.removeAll(keepingCapacity: true)
                for word in words { sentence.append(describe(word)) }
                for index in sentence.indices {
                    let word = Int(sentence[index])
                    wordIds.append(Int32(word))
                    for k in Int(describedStart[word])..<Int(describedStart[word + 1]) {
                        table.appendKey(describedKeys[k])
                    }
                    // The pinyin of a Han word with its Han neighbour's: ICU cuts 習近平 as 習 近平.
                    let pinyin = describedPinyin[word]
                    if pinyin >= 0, index + 1 < sentence.count, describedPinyin[Int(sentence[index + 1])] >= 0 {
                        let key = joinedKey(pinyin, describedPinyin[Int(sentence[index + 1])])
                        if key >= 0 { table.appendKey(key) }
                    }
                    table.endUnit(weight: 0)
                }
                table.endSentence()
            }
            return (table, wordIds)
        }

        /// The key of the pinyin of `first` and `second` written together, or -1 when the English has no
        /// such key: most neighbours are no name, and a key on one side only can match nothing.
        private mutating func joinedKey(_ first: Int32, _ second: Int32) -> Int32 {
            let pair = UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))
            if let key = joined[pair] { return key }
            let key = keys.existing(LexicalKey.word(pinyins[Int(first)], pinyins[Int(second)])) ?? -1
            joined.insert(pair, key)
            return key
        }

        /// The description of a Chinese word: its index, describing it when new.
        private mutating func describe(_ word: String) -> Int32 {
            let hash = FNV1a.of(word)
            if let known = described[hash] { return known }
            var pinyinIndex: Int32 = -1
            if let number = LexicalEvidence.number(word) {
                describedKeys.append(keys.id(LexicalKey.number(number)))
            } else if word.utf8.first.map({ $0 < 0x80 }) == true {
                // Verbatim Latin (BRICS, WTO); not enumeration letters such as (d).
                if word.utf8.count > 2 { describedKeys.append(keys.id(LexicalKey.word(word))) }
            } else if let entry = lexicon.trainedWords.entry(ofHash: hash) {
                for key in lexicon.trainedWords.translationKeys(of: entry) { describedKeys.append(keys.id(key)) }
                let pinyin = lexicon.trainedWords.pinyin(of: entry)
                if !pinyin.isEmpty {
                    if let key = lexicon.trainedWords.pinyinKey(of: entry) { describedKeys.append(keys.id(key)) }
                    pinyinIndex = Int32(pinyins.count)
                    pinyins.append(pinyin)
                }
            } else {
                for key in lexicon.untrainedTranslationKeys(ofHash: hash) { describedKeys.append(keys.id(key)) }
                // Characters never romanised before, in one ICU call.
                syllables.prepareSyllables(for: CollectionOfOne(word))
                let pinyin = LexicalEvidence.pinyin(of: word, syllables: syllables)
                if !pinyin.isEmpty {
                    if Self.hasSeveralCharacters(word) { describedKeys.append(keys.id(LexicalKey.word(pinyin))) }
                    pinyinIndex = Int32(pinyins.count)
                    pinyins.append(pinyin)
                }
            }
            let id = Int32(describedPinyin.count)
            describedStart.append(Int32(describedKeys.count))
            describedPinyin.append(pinyinIndex)
            described.insert(hash, id)
            return id
        }

        /// The units of the English sentences: `stems` and the `surface` forms they come from.
        mutating func englishUnits(stems: [[String]], surface: [[String]]) -> UnitTable {
            let total = stems.reduce(0) { $0 + $1.count }
            let wordCount = min(total, Self.initialCapacity)
            var surfaces = LexicalKey.Interner(capacity: wordCount)
            // A word's stem follows from its surface form: one description per surface form, by its id.
            var start: [Int32] = []
            var end: [Int32] = []
            var isNumber: [Bool] = []
            var wordKeys: [Int32] = []
            var pairs = HashTable<Int32>(capacity: wordCount)
            start.reserveCapacity(wordCount)
            end.reserveCapacity(wordCount)
            isNumber.reserveCapacity(wordCount)
            wordKeys.reserveCapacity(wordCount)
            // About two keys a word: its stem (or surface forms), the neighbours' joined form.
            var table = UnitTable(units: total, keys: 2 * total, sentences: stems.count)
            var ids: [Int32] = []
            for (words, surface) in zip(stems, surface) {
                ids.removeAll(keepingCapacity: true)
                for word in surface { ids.append(surfaces.id(LexicalKey.word(word))) }
                for index in words.indices where Int(ids[index]) >= start.count {
                    let word = words[index]
                    start.append(Int32(wordKeys.count))
                    if let number = LexicalEvidence.number(word) {
                        wordKeys.append(keys.id(LexicalKey.number(number)))
                        isNumber.append(true)
                    } else if surface[index] != word {
                        // Romanised names as written: Beijing ↔ beijing, not only the stem.
                        wordKeys.append(keys.id(LexicalKey.word(word)))
                        wordKeys.append(keys.id(LexicalKey.word(surface[index])))
                        isNumber.append(false)
                    } else {
                        wordKeys.append(keys.id(LexicalKey.word(word)))
                        isNumber.append(false)
                    }
                    end.append(Int32(wordKeys.count))
                }
                for index in words.indices {
                    let id = Int(ids[index])
                    for k in Int(start[id])..<Int(end[id]) { table.appendKey(wordKeys[k]) }
                    // Across two words: Xi Jinping ↔ xijinping.
                    if !isNumber[id], index + 1 < surface.count, !isNumber[Int(ids[index + 1])] {
                        let pair = UInt64(UInt32(ids[index])) << 32 | UInt64(UInt32(ids[index + 1]))
                        if let key = pairs[pair] {
                            table.appendKey(key)
                        } else {
                            let key = keys.id(LexicalKey.word(surface[index], surface[index + 1]))
                            pairs.insert(pair, key)
                            table.appendKey(key)
                        }
                    }
                    table.endUnit(weight: 0)
                }
                table.endSentence()
            }
            return table
        }

        /// Whether `word` has more than one Character (Han scalars are one each, without grapheme breaking).
        static func hasSeveralCharacters(_ word: String) -> Bool {
            var scalars = 0
            for scalar in word.unicodeScalars {
                guard AnchorExtractor.isHan(scalar.value) else { return word.count > 1 }
                scalars += 1
            }
            return scalars > 1
        }
    }

    /// The toneless pinyin of a non-ASCII word without spaces (習近平 → xijinping), from the syllable
    /// cache or, for words not all Han (full-width forms), ICU; empty when not all ASCII.
    static func pinyin(of word: String, syllables: AnchorExtractor) -> String {
        if let romanised = syllables.romanised(word) { return romanised }
        let latin = String((Transliterator.hanToLatin?(word) ?? "").filter { $0 != " " })
        return latin.utf8.allSatisfy { $0 < 0x80 } ? latin : ""
    }
}
