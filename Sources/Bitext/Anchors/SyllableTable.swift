/// Toneless pinyin of Han characters (lowercase ASCII letters), by code point: the romanisation cache
/// of `AnchorExtractor`.
///
/// A syllable is packed in one `UInt64`: bit 63 set when known, its length in bits 0–3 and up to 11
/// letters of 5 bits from bit 4 (a = 1). Longer ones (rare: compatibility ideographs read as two
/// syllables) keep their letters aside. The common blocks are a flat array, the rest a dictionary.
struct SyllableTable: Sendable {
    /// A packed syllable.
    typealias Packed = UInt64

    private static let denseStart: UInt32 = 0x3400
    private static let denseEnd: UInt32 = 0xA000
    private static let known: UInt64 = 1 << 63
    /// The length field of a syllable whose letters are in `long`.
    static let longLength: UInt64 = 15

    private var dense: [Packed] = []
    private var sparse: [UInt32: Packed] = [:]
    private var long: [UInt32: [UInt32]] = [:]

    /// The packed syllable of `value`, nil when not known yet.
    @inline(__always)
    func packed(_ value: UInt32) -> Packed? {
        let offset = value &- Self.denseStart
        if offset < Self.denseEnd - Self.denseStart {
            guard Int(offset) < dense.count else { return nil }
            let packed = dense.withUnsafeBufferPointer { $0[Int(offset)] }
            return packed == 0 ? nil : packed
        }
        return sparse[value]
    }

    /// Whether `value`'s syllable is known.
    @inline(__always)
    func contains(_ value: UInt32) -> Bool { packed(value) != nil }

    /// The letters of `value`'s syllable, nil when not known yet.
    func letters(_ value: UInt32) -> [UInt32]? {
        guard let packed = packed(value) else { return nil }
        var letters: [UInt32] = []
        forEachLetter(packed, of: value) { letters.append($0) }
        return letters
    }

    /// Calls `body` with each letter of the packed syllable of `value`.
    @inline(__always)
    func forEachLetter(_ packed: Packed, of value: UInt32, _ body: (UInt32) -> Void) {
        let length = packed & 0xF
        if length == Self.longLength {
            for letter in long[value] ?? [] { body(letter) }
            return
        }
        var bits = packed >> 4
        for _ in 0..<length {
            body(UInt32(bits & 0x1F) + 96)
            bits >>= 5
        }
    }

    /// Whether the packed syllable has no letters.
    @inline(__always)
    static func isEmpty(_ packed: Packed) -> Bool { packed & 0xF == 0 }

    /// Records `letters` (lowercase ASCII) as the syllable of `value`.
    mutating func set(_ value: UInt32, letters: [UInt32]) {
        var packed = Self.known
        if letters.count <= 11 {
            for (position, letter) in letters.enumerated() {
                packed |= UInt64(letter - 96) << UInt64(4 + 5 * position)
            }
            packed |= UInt64(letters.count)
        } else {
            packed |= Self.longLength
            long[value] = letters
        }
        let offset = value &- Self.denseStart
        if offset < Self.denseEnd - Self.denseStart {
            if dense.isEmpty { dense = [Packed](repeating: 0, count: Int(Self.denseEnd - Self.denseStart)) }
            dense[Int(offset)] = packed
        } else {
            sparse[value] = packed
        }
    }

    /// Adds the syllables of `other` this table does not know (a known one keeps its letters).
    mutating func merge(_ other: SyllableTable, values: some Sequence<UInt32>) {
        for value in values where !contains(value) {
            if let letters = other.letters(value) { set(value, letters: letters) }
        }
    }
}
