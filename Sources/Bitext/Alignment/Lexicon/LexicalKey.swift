/// A key lexical evidence matches on (a word, stem, pinyin or number) as a 64-bit FNV-1a hash of its
/// text: keys are interned from bytes, without building, normalising and comparing strings.
///
/// Two keys that differ only in kind (`w:` word, `n:` number) hash differently, and a word made of two
/// parts hashes like the two written together (Xi Jinping ↔ xijinping).
enum LexicalKey {
    private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The key of a word (or stem, or pinyin).
    static func word(_ text: String) -> UInt64 { adding(text, to: adding(0x77, to: basis)) }

    /// The key of two words written together.
    static func word(_ first: String, _ second: String) -> UInt64 { adding(second, to: word(first)) }

    /// The key of a number, by its digits.
    static func number(_ digits: String) -> UInt64 { adding(digits, to: adding(0x6E, to: basis)) }

    @inline(__always)
    private static func adding(_ text: String, to hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    @inline(__always)
    private static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// Dense ids for the keys of one document, in order of first appearance.
    struct Interner {
        private var ids: [UInt64: Int32] = [:]

        var count: Int { ids.count }

        /// The id of `key`, adding it when new.
        mutating func id(_ key: UInt64) -> Int32 {
            if let id = ids[key] { return id }
            let id = Int32(ids.count)
            ids[key] = id
            return id
        }
    }
}
