extension LexicalEvidence {
    /// The tallies of single sentence pairs, worked out once for a window of English sentences a Chinese
    /// sentence: row i's are English sentences `low[i]..<high[i]`, from `tallies[start[i]]` on. Windows
    /// move on with i (neither end goes back), as a path through the document does.
    struct PairTallies: Sendable {
        fileprivate(set) var low: [Int32] = []
        fileprivate(set) var high: [Int32] = []
        fileprivate var start: [Int32] = []
        fileprivate(set) var tallies: [Tally] = []

        init() {}

        /// Empty tallies for the windows `window(i)` of Chinese sentences `0..<rows`.
        init(rows: Int, window: (Int) -> Range<Int>) {
            low.reserveCapacity(rows)
            high.reserveCapacity(rows)
            start.reserveCapacity(rows)
            var count = 0
            for i in 0..<rows {
                let columns = window(i)
                low.append(Int32(columns.lowerBound))
                high.append(Int32(columns.upperBound))
                start.append(Int32(count))
                count += columns.count
            }
            precondition(
                (1..<max(rows, 1)).allSatisfy { low[$0 - 1] <= low[$0] && high[$0 - 1] <= high[$0] },
                "windows that go back")
            tallies = [Tally](repeating: (0, 0, 0, 0), count: count)
        }

        /// Where the tally of Chinese sentence `i` and English sentence `j` is; nil when the pair is not in
        /// the windows.
        @inline(__always)
        func index(_ i: Int, _ j: Int) -> Int? {
            guard i < low.count, j >= Int(low[i]), j < Int(high[i]) else { return nil }
            return Int(start[i]) + j - Int(low[i])
        }
    }

    /// Works out every tally of `tables`: `counted` for every pair at once, adding in the same order
    /// (so to the same sums), from where each unit is found (a unit's sentences on the other side are
    /// few, the pairs many).
    func tally(_ tables: inout [PairTallies]) {
        if let chineseFound, let englishFound {
            for index in tables.indices {
                addChineseUnits(to: &tables[index]) { chineseFound.forEachSentence(of: $0, in: $1, $2) }
                addEnglishUnits(to: &tables[index]) { englishFound.forEachSentence(of: $0, in: $1, $2) }
            }
        } else {
            // A side too long for `UnitOccurrences`: each unit's keys looked up in the other side's
            // postings, one side's at a time.
            do {
                var english = PostedUnits(chineseUnits, in: englishKeys, keyCount: keyCount)
                for index in tables.indices {
                    english.startOver()
                    addChineseUnits(to: &tables[index]) { english.forEachSentence(of: $0, in: $1, $2) }
                }
            }
            var chinese = PostedUnits(englishUnits, in: chineseKeys, keyCount: keyCount)
            for index in tables.indices {
                chinese.startOver()
                addEnglishUnits(to: &tables[index]) { chinese.forEachSentence(of: $0, in: $1, $2) }
            }
        }
    }

    /// Adds the Chinese units to `pairs`: `locate(unit, columns, body)` calls `body` with each English
    /// sentence of `columns` in which Chinese unit `unit` is found, once each.
    private func addChineseUnits(to pairs: inout PairTallies, _ locate: (Int, Range<Int>, (Int) -> Void) -> Void) {
        let units = chineseUnits
        let (low, high, start) = (pairs.low, pairs.high, pairs.start)
        pairs.tallies.withUnsafeMutableBufferPointer { tallies in
            units.weights.withUnsafeBufferPointer { weights in
                for i in 0..<low.count {
                    let columns = Int(low[i])..<Int(high[i])
                    let base = Int(start[i]) - columns.lowerBound
                    var total = 0.0
                    for unit in units.units(of: i) {
                        total += weights[unit]
                        locate(unit, columns) { j in
                            tallies[base + j].matched += weights[unit]
                            tallies[base + j].matchedUnits += 1
                        }
                    }
                    for j in columns {
                        tallies[base + j].total = total
                        tallies[base + j].units = units.units(of: i).count
                    }
                }
            }
        }
    }

    /// Adds the English units to `pairs`, after the Chinese ones: `locate(unit, rows, body)` calls `body`
    /// with each Chinese sentence of `rows` in which English unit `unit` is found, once each.
    private func addEnglishUnits(to pairs: inout PairTallies, _ locate: (Int, Range<Int>, (Int) -> Void) -> Void) {
        let units = englishUnits
        let (low, high, start) = (pairs.low, pairs.high, pairs.start)
        pairs.tallies.withUnsafeMutableBufferPointer { tallies in
            units.weights.withUnsafeBufferPointer { weights in
                // The Chinese sentences whose windows take in English sentence j are `first..<last`: both
                // ends of the windows only move on with i.
                var first = 0
                var last = 0
                for j in 0..<englishCount {
                    while last < low.count, Int(low[last]) <= j { last += 1 }
                    while first < last, Int(high[first]) <= j { first += 1 }
                    let rows = first..<last
                    for unit in units.units(of: j) {
                        locate(unit, rows) { i in
                            let index = Int(start[i]) + j - Int(low[i])
                            tallies[index].matched += weights[unit]
                            tallies[index].matchedUnits += 1
                        }
                    }
                    for i in rows {
                        let index = Int(start[i]) + j - Int(low[i])
                        for unit in units.units(of: j) { tallies[index].total += weights[unit] }
                        tallies[index].units += units.units(of: j).count
                    }
                }
            }
        }
    }
}
