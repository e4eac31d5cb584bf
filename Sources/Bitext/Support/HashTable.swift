/// A map from 64-bit keys (hashes already) to values: open addressing with linear probing and a
/// multiplicative hash, much cheaper than `Dictionary`'s SipHash in per-character loops.
///
/// Each slot holds its key and value side by side, so a probe touches one cache line. The table
/// never shrinks; it grows to keep at most half of its slots used.
///
/// Invariants (checked with `precondition` where the table is made or grows): the slot count is a
/// power of two (probes wrap with a mask) and at most half the slots are used, so every probe ends at
/// a free slot; the unchecked probe loops below rely on both.
package struct HashTable<Value>: Sendable where Value: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value?
    }

    /// `empty` marks a free slot (the key `empty` itself lives in `emptyKeyValue`).
    private var slots: [Slot]
    private var emptyKeyValue: Value?
    private var shift: UInt64
    package private(set) var count = 0

    private static var empty: UInt64 { 0 }

    /// An empty table with room for `capacity` keys before it grows.
    package init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        precondition(capacity >= 0 && size.nonzeroBitCount == 1, "a power of two of slots")
        slots = [Slot](repeating: Slot(key: Self.empty, value: nil), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    package var isEmpty: Bool { count == 0 }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The slot holding `key`, or the free slot where it would go.
    @inline(__always)
    private func find(_ key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = slot(key)
            while true {
                let found = slots[index].key
                if found == key || found == Self.empty { return index }
                index = (index + 1) & mask
            }
        }
    }

    /// The value of `key`, nil when absent.
    @inline(__always)
    package subscript(key: UInt64) -> Value? {
        get {
            if key == Self.empty { return emptyKeyValue }
            return slots.withUnsafeBufferPointer { slots -> Value? in
                let mask = slots.count - 1
                var index = slot(key)
                while true {
                    let found = slots[index].key
                    if found == key { return slots[index].value }
                    if found == Self.empty { return nil }
                    index = (index + 1) & mask
                }
            }
        }
        set {
            guard let newValue else { return }  // Removal is not needed by any caller.
            insert(key, newValue)
        }
    }

    /// The value of `key`, `defaultValue` when absent; setting it inserts.
    package subscript(key: UInt64, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { insert(key, newValue) }
    }

    /// Whether `key` is in the table.
    @inline(__always)
    package func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Sets `key` to `value`, replacing any value it had.
    package mutating func insert(_ key: UInt64, _ value: Value) {
        if key == Self.empty {
            if emptyKeyValue == nil { count += 1 }
            emptyKeyValue = value
            return
        }
        let index = find(key)
        if slots[index].key == key {
            slots[index].value = value
            return
        }
        slots[index] = Slot(key: key, value: value)
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// The value of `key`; when absent, `value` is inserted for it and returned.
    @inline(__always)
    package mutating func value(of key: UInt64, orInserting value: Value) -> Value {
        if key == Self.empty {
            if let known = emptyKeyValue { return known }
            insert(key, value)
            return value
        }
        let index = find(key)
        if slots[index].key == key, let known = slots[index].value { return known }
        slots[index] = Slot(key: key, value: value)
        count += 1
        if count * 2 > slots.count { grow() }
        return value
    }

    /// Every key and value, in no particular order.
    package var entries: [(key: UInt64, value: Value)] {
        var result: [(key: UInt64, value: Value)] = []
        result.reserveCapacity(count)
        if let emptyKeyValue { result.append((Self.empty, emptyKeyValue)) }
        for slot in slots where slot.key != Self.empty {
            if let value = slot.value { result.append((slot.key, value)) }
        }
        return result
    }

    private mutating func grow() {
        let old = entries
        self = HashTable(capacity: slots.count)
        for (key, value) in old { insert(key, value) }
        precondition(count * 2 <= slots.count, "at most half the slots used: every probe ends at a free slot")
    }
}

extension HashTable where Value == Void {
    /// Adds `key`; returns whether it was new.
    @discardableResult
    package mutating func insert(_ key: UInt64) -> Bool {
        if contains(key) { return false }
        insert(key, ())
        return true
    }
}

extension HashTable where Value == Int32 {
    /// The dense id of `key`: its value, or `count` (the next id) stored for it when it is new.
    @inline(__always)
    package mutating func id(_ key: UInt64) -> Int32 { value(of: key, orInserting: Int32(count)) }
}
