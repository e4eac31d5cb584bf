/// The words a lexicon was trained on as lexical evidence describes them, worked out once: the keys
/// of their translations and their pinyin, looked up by the FNV-1a hash of the word.
///
/// A batch aligns every document with one lexicon, and most of a document's Chinese words are among
/// these: describing them comes down to one lookup.
struct TrainedWords: Sendable {
    private var index = HashTable<Int32>(capacity: 4096)
    /// Entry e's keys are `keys[keyStart[e]..<keyStart[e + 1]]`.
    private var keyStart: [Int32] = [0]
    private var keys: [UInt64] = []
    private var pinyins: [String] = []
    /// The key of entry e's pinyin as a word of its own, 0 when it is none (one character, or no pinyin).
    private var pinyinKeys: [UInt64] = []

    /// Adds `word` (not yet added) with the keys of its translations; its pinyin is worked out here.
    mutating func add(_ word: String, translationKeys: [UInt64], syllables: AnchorExtractor) {
        keys += translationKeys
        keyStart.append(Int32(keys.count))
        let pinyin =
            word.utf8.first.map { $0 >= 0x80 } == true ? LexicalEvidence.pinyin(of: word, syllables: syllables) : ""
        pinyins.append(pinyin)
        pinyinKeys.append(
            !pinyin.isEmpty && LexicalEvidence.UnitBuilder.hasSeveralCharacters(word) ? LexicalKey.word(pinyin) : 0)
        index.insert(FNV1a.of(word), Int32(pinyins.count - 1))
    }

    /// The entry of the word whose FNV-1a hash is `hash`, if it is one of these.
    @inline(__always)
    func entry(ofHash hash: UInt64) -> Int32? { index[hash] }

    /// The keys of the translations of entry `entry`.
    @inline(__always)
    func translationKeys(of entry: Int32) -> ArraySlice<UInt64> {
        keys[Int(keyStart[Int(entry)])..<Int(keyStart[Int(entry) + 1])]
    }

    /// The pinyin of entry `entry` (as `LexicalEvidence.pinyin(of:syllables:)` makes it; empty for
    /// words starting with ASCII).
    @inline(__always)
    func pinyin(of entry: Int32) -> String { pinyins[Int(entry)] }

    /// `LexicalKey.word` of entry `entry`'s pinyin when the word has several characters, else nil.
    @inline(__always)
    func pinyinKey(of entry: Int32) -> UInt64? {
        let key = pinyinKeys[Int(entry)]
        return key == 0 ? nil : key
    }
}
