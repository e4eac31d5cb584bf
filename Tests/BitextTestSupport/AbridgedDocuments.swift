import Bitext
import Foundation

/// Abridged translations made from a gold-aligned document: runs of English sentences taken out, as an
/// abridged English edition leaves whole sentences of the Chinese untranslated. The gold follows: the
/// Chinese of a bead whose English is gone becomes one-sided, a sentence a bead.
package enum AbridgedDocuments {
    /// `document` (presegmented, read from its files) with about `share` of its English sentences taken
    /// out in runs of 1 to 4, placed by a generator seeded with `seed`.
    package static func variant(of document: DevelopmentDocuments.Document, share: Double, seed: UInt64) throws
        -> CutDocuments.Variant
    {
        guard document.presegmented, case .files(let chinese, let english) = document.input else {
            throw CocoaError(.fileReadUnsupportedScheme)
        }
        func lines(_ path: String) throws -> [Substring] {
            var lines = try String(contentsOfFile: path, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
        let zh = try lines(chinese)
        let en = try lines(english)
        var generator = SplitMix(state: seed)
        // A run of mean length 2.5 starts at a sentence with the probability that takes out `share`.
        let start = share / 2.5
        var removed = Set<Int>()
        var sentence = 0
        while sentence < en.count {
            if Double(generator.next() % 1_000_000) / 1_000_000 < start {
                let length = 1 + Int(generator.next() % 4)
                removed.formUnion(sentence..<min(en.count, sentence + length))
                sentence += length + 1
            } else {
                sentence += 1
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

    /// A small seeded generator (SplitMix64), so that a variant is the same on every machine.
    struct SplitMix {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
