/// A sentence's keys for fast membership tests: a 256-bit filter in front of a sorted array.
///
/// Most lookups during the search miss, and the filter answers those without hashing.
struct KeySet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private(set) var keys: [Int32] = []

    init(_ keys: some Sequence<Int32>) {
        var sorted = Array(keys)
        sorted.sort()
        var unique = 0
        for key in sorted where unique == 0 || sorted[unique - 1] != key {
            sorted[unique] = key
            unique += 1
        }
        sorted.removeLast(sorted.count - unique)
        self.keys = sorted
        for key in self.keys {
            let bit = UInt64(1) << UInt64(key & 63)
            switch (key >> 6) & 3 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
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
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }
}
