/// A key lexical evidence matches on (a word, stem, pinyin or number) as the FNV-1a hash of its
/// text: keys are interned from bytes, without building, normalising and comparing strings.
///
/// Two keys that differ only in kind (`w:` word, `n:` number) hash differently, and a word made of two
/// parts hashes like the two written together (Xi Jinping ↔ xijinping).
enum LexicalKey {
    /// The key of a word (or stem, or pinyin).
    static func word(_ text: String) -> UInt64 { hash(kind: "w", text) }

    /// The key of two words written together.
    static func word(_ first: String, _ second: String) -> UInt64 { hash(kind: "w", first, second) }

    /// The key of a number, by its digits.
    static func number(_ digits: String) -> UInt64 { hash(kind: "n", digits) }

    @inline(__always)
    private static func hash(kind: Unicode.Scalar, _ text: String, _ more: String = "") -> UInt64 {
        var hash = FNV1a()
        hash.add(UInt8(ascii: kind))
        hash.add(text)
        hash.add(more)
        return hash.value
    }

    /// Dense ids for the keys of one document, in order of first appearance.
    struct Interner {
        private var ids: HashTable<Int32>

        /// An interner with room for about `capacity` keys before it grows.
        init(capacity: Int = 1024) { ids = HashTable<Int32>(capacity: capacity) }

        var count: Int { ids.count }

        /// The id of `key`, adding it when new.
        @inline(__always)
        mutating func id(_ key: UInt64) -> Int32 { ids.id(key) }

        /// The id of `key` if it has one already.
        @inline(__always)
        func existing(_ key: UInt64) -> Int32? { ids[key] }
    }
}
