/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64): the same numbers from the
/// same seed on every machine, for draws whose results are printed or tested.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's finaliser: every bit of `value` reaches every bit of the result.
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform draw in [0, 1), from the top 53 bits.
    package mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
