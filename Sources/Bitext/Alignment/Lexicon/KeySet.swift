/// A sentence's distinct keys, for fast membership tests: a 256-bit filter in front of the keys.
///
/// Most lookups during the search miss, and the filter answers those without a search. The keys are
/// sorted (and searched by halves) only when the set is made `searchable`: documents short enough
/// to hold where every unit is found (`UnitOccurrences`) never ask.
struct KeySet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// The distinct keys: sorted when `sorted`, else in order of first appearance.
    private(set) var keys: [Int32]
    private let sorted: Bool

    /// The set of `distinct` keys (no key twice), sorted when `searchable`.
    init(distinct: [Int32], searchable: Bool) {
        keys = distinct
        sorted = searchable
        if searchable { Self.sort(&keys) }
        for key in keys {
            let bit = UInt64(1) << UInt64(key & 63)
            switch (key >> 6) & 3 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }
    }

    /// Sorts `keys` (distinct): by insertion for a sentence's few, faster there than the library's sort.
    private static func sort(_ keys: inout [Int32]) {
        guard keys.count <= 32 else { return keys.sort() }
        keys.withUnsafeMutableBufferPointer { keys in
            for index in keys.indices.dropFirst() {
                let key = keys[index]
                var slot = index
                while slot > 0, keys[slot - 1] > key {
                    keys[slot] = keys[slot - 1]
                    slot -= 1
                }
                keys[slot] = key
            }
        }
    }

    @inline(__always)
    func contains(_ key: Int32) -> Bool {
        let bit = UInt64(1) << UInt64(key & 63)
        let word: UInt64
        switch (key >> 6) & 3 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        guard word & bit != 0 else { return false }
        guard sorted else { return keys.contains(key) }
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }
}
