extension BeadFile {
    /// What looks wrong in one document's gold and system bead files, a note each, for standard error:
    /// a file without beads, a bead listed twice, a sentence in two beads of one file, system sentences
    /// past the gold's last (the gold of another document). Scoring goes on: each still has a score.
    package static func doubts(gold: [Bead], system: [Bead], goldFile: String, systemFile: String) -> [String] {
        var notes: [String] = []
        var last: [(chinese: Int, english: Int)] = []
        for (beads, file) in [(gold, goldFile), (system, systemFile)] {
            guard !beads.isEmpty else {
                notes.append("\(file): no beads")
                continue
            }
            let scan = Scan(beads)
            last.append((scan.chinese.largest, scan.english.largest))
            if let repeated = scan.repeated {
                notes.append("\(file): \(repeated.notation) is there more than once (scored once)")
            }
            for (language, side) in [("chinese", scan.chinese), ("english", scan.english)] {
                guard let first = side.firstShared else { continue }
                let more = side.shared > 1 ? " (and \(side.shared - 1) more overlaps)" : ""
                notes.append("\(file): \(language) sentence \(first) is in two beads\(more)")
            }
        }
        guard last.count == 2 else { return notes }
        for (language, gold, system) in [
            ("chinese", last[0].chinese, last[1].chinese), ("english", last[0].english, last[1].english),
        ] where gold >= 0 && system > gold {
            notes.append(
                "\(systemFile): \(language) sentence \(system) is past the gold's last (\(gold)): "
                    + "is \(goldFile) the gold of this document?")
        }
        return notes
    }

    /// One file's beads looked over: each side's largest id and the sentences in two different beads,
    /// and the first bead listed twice (whose sentences are not counted as shared).
    private struct Scan {
        struct Side {
            var largest = -1
            var firstShared: Int?
            var shared = 0
        }

        var chinese = Side()
        var english = Side()
        var repeated: Bead?

        init(_ beads: [Bead]) {
            for bead in beads {
                for id in bead.chinese { chinese.largest = max(chinese.largest, id) }
                for id in bead.english { english.largest = max(english.largest, id) }
            }
            // Where each sentence was first seen: an array for ids as dense as bead files have them, a
            // dictionary for stray large ones.
            let dense = max(chinese.largest, english.largest) < 4 * beads.count + 1024
            var seenChinese = dense ? [Int32](repeating: -1, count: chinese.largest + 1) : []
            var seenEnglish = dense ? [Int32](repeating: -1, count: english.largest + 1) : []
            var sparseChinese: [Int: Int] = [:]
            var sparseEnglish: [Int: Int] = [:]
            var chineseSide = chinese
            var englishSide = english
            var repeated: Bead?
            func look(_ id: Int, in bead: Int, side: inout Side, seen: inout [Int32], sparse: inout [Int: Int]) {
                let earlier: Int
                if dense {
                    guard seen[id] >= 0 else {
                        seen[id] = Int32(bead)
                        return
                    }
                    earlier = Int(seen[id])
                } else {
                    guard let found = sparse[id] else {
                        sparse[id] = bead
                        return
                    }
                    earlier = found
                }
                guard earlier != bead else { return }
                if beads[earlier] == beads[bead] {
                    if repeated == nil { repeated = beads[bead] }
                } else {
                    side.shared += 1
                    if side.firstShared == nil { side.firstShared = id }
                }
            }
            for (index, bead) in beads.enumerated() {
                for id in bead.chinese {
                    look(id, in: index, side: &chineseSide, seen: &seenChinese, sparse: &sparseChinese)
                }
                for id in bead.english {
                    look(id, in: index, side: &englishSide, seen: &seenEnglish, sparse: &sparseEnglish)
                }
            }
            chinese = chineseSide
            english = englishSide
            self.repeated = repeated
        }
    }
}
