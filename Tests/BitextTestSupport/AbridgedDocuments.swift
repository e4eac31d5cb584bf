import Bitext
import Foundation

/// Abridged translations made from a gold-aligned document: the English of runs of gold beads taken out,
/// as an abridged English edition leaves whole sentences of the Chinese untranslated. The gold follows:
/// the Chinese of a bead whose English is gone becomes one-sided, a sentence a bead; a bead keeps all its
/// English or none (taking out part of it would leave a Chinese sentence half translated, its gold still
/// a pair).
package enum AbridgedDocuments {
    /// `document` (presegmented, read from its files) with about `share` of its English sentences taken
    /// out, the English of runs of 1 to 4 beads, placed by a generator seeded with `seed`.
    package static func variant(of document: DevelopmentDocuments.Document, share: Double, seed: UInt64) throws
        -> CutDocuments.Variant
    {
        let (zh, en) = try document.lines()
        var generator = SplitMix64(seed: seed)
        // A run of mean length 2.5 starts at a bead with the probability that takes out about `share`.
        let start = share / 2.5
        let translated = document.gold.filter { !$0.english.isEmpty }.sorted { $0.english[0] < $1.english[0] }
        var removed = Set<Int>()
        var bead = 0
        while bead < translated.count {
            if Double(generator.next() % 1_000_000) / 1_000_000 < start {
                let length = 1 + Int(generator.next() % 4)
                for taken in translated[bead..<min(translated.count, bead + length)] {
                    removed.formUnion(taken.english)
                }
                bead += length + 1
            } else {
                bead += 1
            }
        }
        let kept = (0..<en.count).filter { !removed.contains($0) }
        var renumbered = [Int: Int]()
        for (new, old) in kept.enumerated() { renumbered[old] = new }
        let gold = document.gold.flatMap { bead -> [Bead] in
            let english = bead.english.compactMap { renumbered[$0] }
            if !english.isEmpty || bead.english.isEmpty { return [Bead(chinese: bead.chinese, english: english)] }
            return bead.chinese.map { Bead(chinese: [$0], english: []) }
        }
        return CutDocuments.Variant(
            chinese: zh.joined(separator: "\n") + "\n", english: kept.map { en[$0] }.joined(separator: "\n") + "\n",
            gold: gold)
    }
}
