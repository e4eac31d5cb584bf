/// A 64-bit FNV-1a hash of UTF-8 bytes, fed piece by piece: the hash of two texts fed one after the other
/// is that of the two written together, so joined words are looked up without being built.
///
/// Lookups keyed by it skip what `String` hashing does for non-ASCII text (normalising to NFC).
struct FNV1a: Hashable, Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    @inline(__always)
    mutating func add(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    @inline(__always)
    mutating func add(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var value = self.value
            for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
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
