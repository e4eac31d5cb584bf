import Testing

@testable import Bitext

/// `BeadFile.doubts` against a plain restatement of what it notes, on random bead lists (overlapping,
/// one-sided, empty and repeated beads among them) and on ids sparse enough to take its dictionary path.
@Suite struct BeadFileDoubtsTests {
    /// The notes of one file, said the slow way: every bead compared with every earlier one.
    static func expectedNotes(_ beads: [Bead], file: String) -> [String] {
        guard !beads.isEmpty else { return ["\(file): no beads"] }
        var notes: [String] = []
        let nonEmpty = beads.filter { !$0.chinese.isEmpty || !$0.english.isEmpty }
        let firsts = nonEmpty.indices.filter { index in !nonEmpty[..<index].contains(nonEmpty[index]) }
        if let repeated = nonEmpty.indices.first(where: { !firsts.contains($0) }) {
            notes.append("\(file): \(nonEmpty[repeated].notation) is there more than once (scored once)")
        }
        let distinct = firsts.map { nonEmpty[$0] }
        for (language, side) in [("chinese", \Bead.chinese), ("english", \Bead.english)] {
            let ids = distinct.flatMap { $0[keyPath: side] }
            let again = ids.indices.filter { index in ids[..<index].contains(ids[index]) }.map { ids[$0] }
            if let id = again.first {
                let more = again.count > 1 ? " (and \(again.count - 1) more overlaps)" : ""
                notes.append("\(file): \(language) sentence \(id) is in two beads\(more)")
            }
        }
        return notes
    }

    @Test(arguments: [1, 1_000_000])
    func notesAreTheSlowWaysOnRandomBeads(scale: Int) {
        var generator = SplitMix64(seed: 16)
        for _ in 0..<400 {
            func scaled(_ beads: [Bead]) -> [Bead] {
                beads.map { Bead(chinese: $0.chinese.map { $0 * scale }, english: $0.english.map { $0 * scale }) }
            }
            let gold = scaled(EvalTests.randomBeads(Int(generator.next() % 8), using: &generator))
            let system = scaled(EvalTests.randomBeads(Int(generator.next() % 8), using: &generator))
            var expected = Self.expectedNotes(gold, file: "g") + Self.expectedNotes(system, file: "s")
            if !gold.isEmpty, !system.isEmpty {
                for (language, side) in [("chinese", \Bead.chinese), ("english", \Bead.english)] {
                    let last = gold.flatMap { $0[keyPath: side] }.max() ?? -1
                    if last >= 0, let past = system.flatMap({ $0[keyPath: side] }).max(), past > last {
                        expected.append(
                            "s: \(language) sentence \(past) is past the gold's last (\(last)): "
                                + "is g the gold of this document?")
                    }
                }
            }
            let notes = BeadFile.doubts(gold: gold, system: system, goldFile: "g", systemFile: "s")
            #expect(notes == expected, "gold \(gold), system \(system)")
        }
    }
}
