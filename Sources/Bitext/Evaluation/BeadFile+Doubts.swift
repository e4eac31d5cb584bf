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

    /// One file's beads looked over: each side's largest id; the first bead listed again (empty beads
    /// aside); and, over the beads with repeats left out, the sentences met again in a later bead: the
    /// first of them and how many times.
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
            var ids = 0
            for bead in beads {
                for id in bead.chinese { chinese.largest = max(chinese.largest, id) }
                for id in bead.english { english.largest = max(english.largest, id) }
                ids += bead.chinese.count + bead.english.count
            }
            // A clean file, every sentence once, is told by one pass over an array a side (a set when the
            // ids are too sparse for one); only a file with a sentence met twice is looked at bead by bead.
            guard Self.meetsASentenceTwice(beads, ids: ids, chinese: chinese.largest, english: english.largest)
            else { return }
            var seen = Set<Bead>()
            var chineseSeen = Set<Int>()
            var englishSeen = Set<Int>()
            for bead in beads where !bead.chinese.isEmpty || !bead.english.isEmpty {
                guard seen.insert(bead).inserted else {
                    if repeated == nil { repeated = bead }
                    continue
                }
                for id in bead.chinese where !chineseSeen.insert(id).inserted { Self.count(id, in: &chinese) }
                for id in bead.english where !englishSeen.insert(id).inserted { Self.count(id, in: &english) }
            }
        }

        private static func count(_ id: Int, in side: inout Side) {
            side.shared += 1
            if side.firstShared == nil { side.firstShared = id }
        }

        /// Whether a sentence id is in `beads` (`ids` ids in all, up to `chinese` and `english`) more than
        /// once, on either side.
        private static func meetsASentenceTwice(_ beads: [Bead], ids: Int, chinese: Int, english: Int) -> Bool {
            guard max(chinese, english) < 4 * ids + 1024 else {
                var chineseSeen = Set<Int>()
                var englishSeen = Set<Int>()
                return beads.contains { bead in
                    bead.chinese.contains { !chineseSeen.insert($0).inserted }
                        || bead.english.contains { !englishSeen.insert($0).inserted }
                }
            }
            var chineseSeen = [Bool](repeating: false, count: chinese + 1)
            var englishSeen = [Bool](repeating: false, count: english + 1)
            for bead in beads {
                for id in bead.chinese {
                    if chineseSeen[id] { return true }
                    chineseSeen[id] = true
                }
                for id in bead.english {
                    if englishSeen[id] { return true }
                    englishSeen[id] = true
                }
            }
            return false
        }
    }
}
