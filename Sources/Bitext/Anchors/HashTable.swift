/// A map from 64-bit keys (hashes already) to values: open addressing with linear probing and a
/// multiplicative hash, much cheaper than `Dictionary`'s SipHash in per-character loops.
///
/// The table never shrinks; it grows to keep at most half of its slots used.
package struct HashTable<Value>: Sendable where Value: Sendable {
    /// Slot keys; `empty` marks a free slot (the key `empty` itself lives in `emptyKeyValue`).
    private var keys: [UInt64]
    private var values: [Value?]
    private var emptyKeyValue: Value?
    private var shift: UInt64
    package private(set) var count = 0

    private static var empty: UInt64 { 0 }

    /// An empty table with room for `capacity` keys before it grows.
    package init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [Value?](repeating: nil, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    package var isEmpty: Bool { count == 0 }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value of `key`, nil when absent.
    @inline(__always)
    package subscript(key: UInt64) -> Value? {
        get {
            if key == Self.empty { return emptyKeyValue }
            return keys.withUnsafeBufferPointer { keys -> Value? in
                let mask = keys.count - 1
                var index = slot(key)
                while true {
                    let found = keys[index]
                    if found == key { return values[index] }
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
    package func contains(_ key: UInt64) -> Bool {
        if key == Self.empty { return emptyKeyValue != nil }
        return keys.withUnsafeBufferPointer { keys -> Bool in
            let mask = keys.count - 1
            var index = slot(key)
            while true {
                let found = keys[index]
                if found == key { return true }
                if found == Self.empty { return false }
                index = (index + 1) & mask
            }
        }
    }

    /// Sets `key` to `value`, replacing any value it had.
    package mutating func insert(_ key: UInt64, _ value: Value) {
        if key == Self.empty {
            if emptyKeyValue == nil { count += 1 }
            emptyKeyValue = value
            return
        }
        let mask = keys.count - 1
        var index = slot(key)
        while true {
            let found = keys[index]
            if found == key {
                values[index] = value
                return
            }
            if found == Self.empty { break }
            index = (index + 1) & mask
        }
        keys[index] = key
        values[index] = value
        count += 1
        if count * 2 > keys.count { grow() }
    }

    /// Every key and value, in no particular order.
    package var entries: [(key: UInt64, value: Value)] {
        var result: [(key: UInt64, value: Value)] = []
        result.reserveCapacity(count)
        if let emptyKeyValue { result.append((Self.empty, emptyKeyValue)) }
        for (key, value) in zip(keys, values) where key != Self.empty {
            if let value { result.append((key, value)) }
        }
        return result
    }

    private mutating func grow() {
        let old = entries
        self = HashTable(capacity: keys.count)
        for (key, value) in old { insert(key, value) }
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
