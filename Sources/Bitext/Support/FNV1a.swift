/// A 64-bit FNV-1a hash of UTF-8 bytes, fed piece by piece: the hash of two texts fed one after the other
/// is that of the two written together, so joined words are looked up without being built.
///
/// Lookups keyed by it skip what `String` hashing does for non-ASCII text (normalising to NFC).
///
/// The one FNV-1a of the package (Fowler, Noll and Vo's 64-bit offset basis and prime): the gazetteer's
/// keys, the anchors' and the lexicon's hashes all step with `FNV1a.step`.
package struct FNV1a: Hashable, Sendable {
    /// The 64-bit FNV offset basis: the hash of nothing.
    package static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The 64-bit FNV prime.
    package static let prime: UInt64 = 0x0000_0100_0000_01b3

    package private(set) var value: UInt64 = offsetBasis

    package init() {}

    /// `hash` with one more value folded in (a byte, a scalar, or a word's own hash).
    @inline(__always)
    package static func step(_ hash: UInt64, _ value: UInt64) -> UInt64 { (hash ^ value) &* prime }

    /// FNV-1a over `values`, one step a value.
    @inline(__always)
    package static func hash(_ values: some Sequence<UInt64>) -> UInt64 {
        var hash = offsetBasis
        for value in values { hash = step(hash, value) }
        return hash
    }

    @inline(__always)
    mutating func add(_ byte: UInt8) { value = Self.step(value, UInt64(byte)) }

    @inline(__always)
    mutating func add(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var value = self.value
            for byte in bytes { value = Self.step(value, UInt64(byte)) }
            self.value = value
        }
        if done == nil { for byte in text.utf8 { add(byte) } }
    }

    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) { UTF8.encode(scalar) { add($0) } }

    /// The hash of `text`.
    static func of(_ text: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(text)
        return hash.value
    }
}
