/// A normalised anchor: a number, date, entity or name that both languages write recognisably.
///
/// The key packs the kind in its top byte and a hash of the normalised value below, so that matching the
/// anchors of two sentences is a set intersection of integers.
package struct AnchorKey: Sendable, Hashable, Comparable {
    package enum Kind: UInt8, Sendable, CaseIterable {
        /// A quantity: 80, 7.9 (%), 13000000 (一千三百萬, 13 million), a year.
        case number = 1
        /// A month, a day of a month, a weekday, or a year relative to now (去年, last year).
        case date = 2
        /// A gazetteer entity, keyed by its canonical English name.
        case entity = 3
        /// A romanised Han name matched to an English capitalised word (習近平 → Xi, Jinping).
        case name = 4
        /// A Latin token written the same on both sides (BRICS, COVID-19, G20).
        case latin = 5
    }

    package var rawValue: UInt64

    package init(rawValue: UInt64) { self.rawValue = rawValue }

    package init(_ kind: Kind, hash: UInt64) {
        rawValue = UInt64(kind.rawValue) << 56 | (hash & 0x00FF_FFFF_FFFF_FFFF)
    }

    package var kind: Kind? { Kind(rawValue: UInt8(rawValue >> 56)) }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension AnchorKey {
    /// A quantity, rounded to thousandths so that 1.3 × 10⁹ and 13 × 10⁸ meet.
    package static func number(_ value: Double) -> AnchorKey {
        let scaled = (abs(value) * 1000).rounded()
        let bits: UInt64 = scaled < 9e15 ? UInt64(scaled) : (abs(value) / 1e6).rounded().bitPattern
        return AnchorKey(.number, hash: Gazetteer.step(FNV1a.offsetBasis, bits))
    }

    /// A month (1–12).
    package static func month(_ month: Int) -> AnchorKey { AnchorKey(.date, hash: 0x100 | UInt64(month)) }

    /// A day of a month.
    package static func day(_ day: Int, of month: Int) -> AnchorKey {
        AnchorKey(.date, hash: 0x1_0000 | UInt64(month) << 8 | UInt64(day))
    }

    /// A day of the month with the month unsaid (30日).
    package static func day(_ day: Int) -> AnchorKey { AnchorKey(.date, hash: 0x2_0000 | UInt64(day)) }

    /// A weekday, Monday 1 to Sunday 7.
    package static func weekday(_ day: Int) -> AnchorKey { AnchorKey(.date, hash: 0x3_0000 | UInt64(day)) }

    /// A year relative to the text's: -1 last year, 0 this year, 1 next year.
    package static func relativeYear(_ offset: Int) -> AnchorKey {
        AnchorKey(.date, hash: 0x4_0000 | UInt64(offset + 8))
    }

    /// A gazetteer entity by its canonical key.
    package static func entity(_ key: UInt64) -> AnchorKey { AnchorKey(.entity, hash: key) }
}
