/// What a writer did with the pairs it was given: what it wrote, what it left out and why.
public struct ExportStatistics: Sendable, Hashable {
    /// Pairs written.
    public var written = 0
    /// One-sided pairs left out (TMX and Moses, unless `keepOneSided`).
    public var oneSidedLeftOut = 0
    /// Characters removed because XML 1.0 forbids them (TMX).
    public var illegalCharactersRemoved = 0
    /// Line breaks and tabs inside a text replaced by spaces (TSV, Moses).
    public var breaksReplaced = 0

    /// Pairs the filter left out for a confidence below its floor.
    public var belowConfidence = 0
    /// Pairs the filter left out for their bead type.
    public var otherBeadType = 0

    public init() {}

    /// Adds `other`'s counts (a batch sums its documents').
    public static func += (total: inout ExportStatistics, other: ExportStatistics) {
        total.written += other.written
        total.oneSidedLeftOut += other.oneSidedLeftOut
        total.illegalCharactersRemoved += other.illegalCharactersRemoved
        total.breaksReplaced += other.breaksReplaced
        total.belowConfidence += other.belowConfidence
        total.otherBeadType += other.otherBeadType
    }

    /// `number`, grouped, and `noun`, plural but for one: `1 pair`, `1,200 pairs`.
    package static func counted(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(grouped(number)) \(noun)s"
    }

    /// 1234567 as `1,234,567`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}
