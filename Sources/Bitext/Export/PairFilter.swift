import Foundation

/// Keeps the pairs an export asks for: a confidence floor and a set of bead types.
public struct PairFilter: Sendable, Hashable {
    /// Pairs below this confidence are left out.
    public var minimumConfidence: Double?
    /// Bead types to keep (`1-1`, `2-1`, …); nil keeps all.
    public var beadTypes: Set<String>?

    public init(minimumConfidence: Double? = nil, beadTypes: Set<String>? = nil) {
        self.minimumConfidence = minimumConfidence
        self.beadTypes = beadTypes
    }

    /// What `apply` kept and left out.
    public struct Result: Sendable, Hashable {
        public var kept: [AlignedPair]
        /// Pairs left out for a confidence below the floor.
        public var belowConfidence = 0
        /// Pairs left out for their bead type.
        public var otherBeadType = 0
    }

    /// The pairs that pass, in order, and how many did not for each reason.
    public func apply(_ pairs: [AlignedPair]) -> Result {
        if minimumConfidence == nil && beadTypes == nil { return Result(kept: pairs) }
        var result = Result(kept: [])
        result.kept.reserveCapacity(pairs.count)
        for pair in pairs {
            if let beadTypes, !beadTypes.contains(pair.bead.type) {
                result.otherBeadType += 1
            } else if let minimumConfidence, pair.confidence < minimumConfidence {
                result.belowConfidence += 1
            } else {
                result.kept.append(pair)
            }
        }
        return result
    }

    /// Parses `1-1,2-1` into bead types; nil when an item is not `N-M`.
    public static func beadTypes(_ list: String) -> Set<String>? {
        var types: Set<String> = []
        for item in list.split(separator: ",") {
            let sides = item.trimmingCharacters(in: .whitespaces).split(
                separator: "-", omittingEmptySubsequences: false)
            guard sides.count == 2, let zh = Int(sides[0]), let en = Int(sides[1]), zh >= 0, en >= 0 else { return nil }
            types.insert("\(zh)-\(en)")
        }
        return types.isEmpty ? nil : types
    }

    /// `types` as the option spells them, sorted: `1-1,2-1`.
    public static func list(_ types: Set<String>) -> String {
        types.sorted().joined(separator: ",")
    }
}
