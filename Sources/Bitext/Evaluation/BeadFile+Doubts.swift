extension BeadFile {
    /// What looks wrong in one document's gold and system bead files, a note each, for standard error:
    /// a file without beads, a sentence in two beads of one file, system sentences past the gold's last
    /// (the gold of another document). Scoring goes on: each still has a score, if a poor one.
    package static func doubts(gold: [Bead], system: [Bead], goldFile: String, systemFile: String) -> [String] {
        var notes: [String] = []
        for (beads, file) in [(gold, goldFile), (system, systemFile)] {
            if beads.isEmpty {
                notes.append("\(file): no beads")
                continue
            }
            var unique = Set<Bead>()
            let distinct = beads.filter { unique.insert($0).inserted }
            if distinct.count < beads.count,
                let repeated = beads.first(where: { bead in
                    beads.firstIndex(of: bead) != beads.lastIndex(of: bead)
                })
            {
                notes.append("\(file): \(repeated.notation) is there more than once (scored once)")
            }
            for (language, ids) in [
                ("chinese", distinct.flatMap(\.chinese)), ("english", distinct.flatMap(\.english)),
            ] {
                var seen = Set<Int>()
                let twice = ids.filter { !seen.insert($0).inserted }
                if let first = twice.first {
                    let more = twice.count > 1 ? " (and \(twice.count - 1) more)" : ""
                    notes.append("\(file): \(language) sentence \(first) is in two beads\(more)")
                }
            }
        }
        guard !gold.isEmpty, !system.isEmpty else { return notes }
        for (language, goldIds, systemIds) in [
            ("chinese", gold.flatMap(\.chinese), system.flatMap(\.chinese)),
            ("english", gold.flatMap(\.english), system.flatMap(\.english)),
        ] {
            guard let last = goldIds.max(), let past = systemIds.max(), past > last else { continue }
            notes.append(
                "\(systemFile): \(language) sentence \(past) is past the gold's last (\(last)): "
                    + "is \(goldFile) the gold of this document?")
        }
        return notes
    }
}
