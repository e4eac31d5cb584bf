/// An open-addressing table from 64-bit keys that are hashes already (FNV-1a) to `Int32` values.
///
/// Swift's `Dictionary` hashes every key again with SipHash; the lexical stages look keys up for
/// every word of every sentence, and a multiply-shift probe is several times cheaper.
struct HashIndex: Sendable {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var values: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    /// A table with room for about `capacity` keys before it grows.
    init(capacity: Int = 32) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value of `key`, if it has one.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let mask = values.count - 1
        var index = slot(key)
        while true {
            let value = values[index]
            if value < 0 { return nil }
            if keys[index] == key { return value }
            index = (index + 1) & mask
        }
    }

    /// Sets the value of `key`, which must not be in the table; values must not be negative.
    @inline(__always)
    mutating func insert(_ key: UInt64, value: Int32) {
        if (count + 1) * 2 > values.count { grow() }
        let mask = values.count - 1
        var index = slot(key)
        while values[index] >= 0 { index = (index + 1) & mask }
        keys[index] = key
        values[index] = value
        count += 1
    }

    /// The value of `key`, or `count` (a new dense id) stored for it when it has none.
    @inline(__always)
    mutating func id(_ key: UInt64) -> Int32 {
        if let known = self[key] { return known }
        let id = Int32(count)
        insert(key, value: id)
        return id
    }

    /// ORs `flags` into the value of `key`, which is `flags` when `key` is new.
    mutating func formUnion(_ key: UInt64, flags: Int32) {
        let mask = values.count - 1
        var index = slot(key)
        while values[index] >= 0 {
            if keys[index] == key {
                values[index] |= flags
                return
            }
            index = (index + 1) & mask
        }
        insert(key, value: flags)
    }

    private mutating func grow() {
        var larger = HashIndex(capacity: values.count)
        for index in values.indices where values[index] >= 0 { larger.insert(keys[index], value: values[index]) }
        self = larger
    }
}
