/// For each unit of one side, the sentences of the other side that hold one of its keys, as bits:
/// whether a unit is found in a run of sentences is then one AND instead of a lookup per key.
///
/// Built only for documents of at most `limit` sentences on the other side (a batch's articles):
/// it takes units × sentences / 8 bytes.
struct UnitOccurrences: Sendable {
    /// The most sentences of the other side.
    static let limit = 512
    /// 64-bit words per unit.
    private let words: Int
    /// Unit u's sentences are bits of `bits[u * words ..< (u + 1) * words]`.
    private var bits: [UInt64]

    /// The occurrences of `units`' keys (dense ids below `keyCount`) in the sentences `sets`; nil
    /// when there are more than `limit` sentences.
    init?(_ units: UnitTable, in sets: [KeySet], keyCount: Int) {
        guard sets.count <= Self.limit else { return nil }
        let words = max(1, (sets.count + 63) / 64)
        var sentencesOfKey = [UInt64](repeating: 0, count: keyCount * words)
        for (sentence, set) in sets.enumerated() {
            for key in set.keys where Int(key) < keyCount {
                sentencesOfKey[Int(key) * words + sentence >> 6] |= 1 << UInt64(sentence & 63)
            }
        }
        var bits = [UInt64](repeating: 0, count: units.weights.count * words)
        for unit in units.weights.indices {
            for k in units.keys(of: unit) {
                let key = Int(units.keys[k])
                guard key < keyCount else { continue }
                for word in 0..<words { bits[unit * words + word] |= sentencesOfKey[key * words + word] }
            }
        }
        self.words = words
        self.bits = bits
    }

    /// Whether unit `u` has a key in one of the sentences `range`.
    @inline(__always)
    func found(_ u: Int, in range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let first = range.lowerBound >> 6
        let last = (range.upperBound - 1) >> 6
        let base = u * words
        for word in first...last {
            var mask = ~UInt64(0)
            if word == first { mask &= ~UInt64(0) << UInt64(range.lowerBound & 63) }
            if word == last { mask &= ~UInt64(0) >> UInt64(63 - ((range.upperBound - 1) & 63)) }
            if bits[base + word] & mask != 0 { return true }
        }
        return false
    }

    /// Calls `body` with each sentence of `range` in which unit `u` has a key, in order.
    @inline(__always)
    func forEachSentence(of u: Int, in range: Range<Int>, _ body: (Int) -> Void) {
        guard !range.isEmpty else { return }
        bits.withUnsafeBufferPointer { bits in
            let base = u * words
            for word in (range.lowerBound >> 6)...((range.upperBound - 1) >> 6) {
                var set = bits[base + word]
                while set != 0 {
                    let sentence = word << 6 + set.trailingZeroBitCount
                    set &= set - 1
                    if range.contains(sentence) { body(sentence) }
                }
            }
        }
    }

    /// Calls `body` for each of `units`, in order, with whether it has a key in sentence `sentence`.
    @inline(__always)
    func forEach(_ units: Range<Int>, sentence: Int, _ body: (_ unit: Int, _ found: Bool) -> Void) {
        let word = sentence >> 6
        let bit = UInt64(1) << UInt64(sentence & 63)
        bits.withUnsafeBufferPointer { bits in
            for unit in units { body(unit, bits[unit * words + word] & bit != 0) }
        }
    }
}
