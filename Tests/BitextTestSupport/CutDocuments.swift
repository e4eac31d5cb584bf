import Bitext
import Foundation

/// Partial translations made from a gold-aligned document (issue 20): one side cut to its first half,
/// to its second half, or with its middle third removed; the other side whole. The gold follows: the
/// counterparts of the removed sentences become one-sided beads.
package enum CutDocuments {
    package enum Cut: String, CaseIterable, Sendable {
        case firstHalf = "first half"
        case secondHalf = "second half"
        case middleRemoved = "middle third removed"

        /// The line numbers of `count` that the cut keeps.
        package func kept(of count: Int) -> [Int] {
            switch self {
            case .firstHalf: Array(0..<(count / 2))
            case .secondHalf: Array((count / 2)..<count)
            case .middleRemoved: Array(0..<(count / 3)) + Array((2 * count / 3)..<count)
            }
        }
    }

    /// One cut document: its sentences (one a line, as presegmented input) and its gold.
    package struct Variant: Sendable {
        package var chinese: String
        package var english: String
        package var gold: [Bead]
    }

    /// `document` (presegmented, read from its files) with `side` cut by `cut`.
    package static func variant(of document: DevelopmentDocuments.Document, side: Language, cut: Cut) throws -> Variant
    {
        var (zh, en) = try document.lines()
        let count = side == .chinese ? zh.count : en.count
        let kept = cut.kept(of: count)
        var renumbered = [Int: Int]()
        for (new, old) in kept.enumerated() { renumbered[old] = new }
        if side == .chinese { zh = kept.map { zh[$0] } } else { en = kept.map { en[$0] } }
        let gold = document.gold.compactMap { bead -> Bead? in
            var bead = bead
            if side == .chinese {
                bead.chinese = bead.chinese.compactMap { renumbered[$0] }
            } else {
                bead.english = bead.english.compactMap { renumbered[$0] }
            }
            return bead.chinese.isEmpty && bead.english.isEmpty ? nil : bead
        }
        return Variant(
            chinese: zh.joined(separator: "\n") + "\n", english: en.joined(separator: "\n") + "\n", gold: gold)
    }
}
