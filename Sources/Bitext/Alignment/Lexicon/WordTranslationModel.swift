import Foundation

/// IBM Model 1 word-translation probabilities t(e|z), learned with EM from sentence pairs.
///
/// Words are integer ids of a Chinese and an English `Vocabulary`; the table is sparse (only
/// pairs that co-occur in training), one row of English ids sorted for binary search per Chinese
/// word, and probabilities below the threshold are zeroed after each round. As in Moore (2002),
/// train it on the confident one-to-one beads of a first alignment pass, then score candidate
/// pairs with `logOdds(chinese:english:)`.
package struct WordTranslationModel: Sendable {
    /// For each Chinese id, the English ids it co-occurred with, ascending; row `chineseCount` is
    /// the empty (NULL) word.
    private(set) var rows: [[Int32]]
    /// t(e|z), parallel to `rows`.
    private(set) var table: [[Float]]
    /// Unigram probability of each English id in training, the "unrelated sentence" baseline.
    private(set) var background: [Float]
    /// Training sentences each Chinese id occurs in.
    private(set) var occurrences: [Int32]
    let chineseCount: Int

    /// An untrained model: no word pairs known.
    package init(chineseCount: Int, englishCount: Int) {
        self.chineseCount = chineseCount
        rows = Array(repeating: [], count: chineseCount + 1)
        table = Array(repeating: [], count: chineseCount + 1)
        occurrences = Array(repeating: 0, count: chineseCount)
        background = Array(repeating: 1 / Float(max(englishCount, 1)), count: englishCount)
    }

    /// A trained model as `ModelFile` stores it: `rows` and `table` have `occurrences.count + 1` rows
    /// (the last one the NULL word's), each row's English ids ascending.
    init(rows: [[Int32]], table: [[Float]], background: [Float], occurrences: [Int32]) {
        chineseCount = occurrences.count
        self.rows = rows
        self.table = table
        self.background = background
        self.occurrences = occurrences
    }

    /// Trains on `pairs` of Chinese and English word ids for `iterations` rounds of EM.
    ///
    /// Probabilities below `threshold` are zeroed after each round.
    package static func train(
        pairs: [(chinese: [Int32], english: [Int32])], chineseCount: Int, englishCount: Int, iterations: Int = 5,
        threshold: Float = 0.001
    ) -> WordTranslationModel {
        var model = WordTranslationModel(chineseCount: chineseCount, englishCount: englishCount)
        let null = Int32(chineseCount)
        // The sentences with ids in range, each Chinese side with the NULL word.
        let clean = pairs.map { pair in
            (
                chinese: pair.chinese.filter { $0 >= 0 && Int($0) < chineseCount } + [null],
                english: pair.english.filter { $0 >= 0 && Int($0) < englishCount }
            )
        }
        var frequency = [Float](repeating: 1, count: englishCount)
        var total = Float(englishCount)
        for pair in clean {
            for e in pair.english {
                frequency[Int(e)] += 1
                total += 1
            }
            for z in Set(pair.chinese.dropLast()) { model.occurrences[Int(z)] += 1 }
            for z in pair.chinese { model.rows[Int(z)].append(contentsOf: pair.english) }
        }
        model.background = frequency.map { $0 / total }
        // Each row's distinct English words, sorted: `seen[e]` is the last row that took e in.
        var seen = [Int32](repeating: -1, count: englishCount)
        model.rows = model.rows.indices.map { z in
            var row = model.rows[z].filter { e in
                guard seen[Int(e)] != Int32(z) else { return false }
                seen[Int(e)] = Int32(z)
                return true
            }
            row.sort()
            return row
        }
        // One flat table: row z holds entries rowStart[z]..<rowStart[z + 1].
        var rowStart = [0]
        for row in model.rows { rowStart.append(rowStart[rowStart.count - 1] + row.count) }
        // Each sentence pair's table entries, English-major (for each e, one per Chinese word), found once.
        var entries: [Int32] = []
        for pair in clean {
            for e in pair.english {
                for z in pair.chinese {
                    let slot = Self.slot(of: e, in: model.rows[Int(z)]) ?? 0
                    entries.append(Int32(rowStart[Int(z)] + slot))
                }
            }
        }
        // The first round starts from uniform t: every source shares the count equally.
        var t = [Float](repeating: 1, count: rowStart[rowStart.count - 1])
        var counts = [Float](repeating: 0, count: t.count)
        for _ in 0..<iterations {
            for index in counts.indices { counts[index] = 0 }
            var next = 0
            for pair in clean {
                let width = pair.chinese.count
                for _ in pair.english {
                    var sum: Float = 0
                    for k in next..<(next + width) { sum += t[Int(entries[k])] }
                    if sum > 0 {
                        for k in next..<(next + width) { counts[Int(entries[k])] += t[Int(entries[k])] / sum }
                    }
                    next += width
                }
            }
            for z in 0..<model.rows.count {
                let range = rowStart[z]..<rowStart[z + 1]
                let sum = counts[range].reduce(0, +)
                for index in range {
                    let value = sum > 0 ? counts[index] / sum : 0
                    t[index] = value >= threshold ? value : 0
                }
            }
        }
        model.table = model.rows.indices.map { Array(t[rowStart[$0]..<rowStart[$0 + 1]]) }
        return model
    }

    /// Where `english` is in `row`, or nil.
    @inline(__always)
    private static func slot(of english: Int32, in row: [Int32]) -> Int? {
        var low = 0
        var high = row.count
        while low < high {
            let middle = (low + high) / 2
            if row[middle] < english { low = middle + 1 } else { high = middle }
        }
        return low < row.count && row[low] == english ? low : nil
    }

    /// t(e|z) of row `row`.
    @inline(__always)
    private func t(_ english: Int32, row: Int) -> Float {
        Self.slot(of: english, in: rows[row]).map { table[row][$0] } ?? 0
    }

    /// t(e|z); `z` nil for the empty word.
    package func probability(english e: Int32, given z: Int32?) -> Float {
        let row = z.map(Int.init) ?? chineseCount
        guard row >= 0, row <= chineseCount else { return 0 }
        return t(e, row: row)
    }

    /// The training sentences `z` occurs in.
    package func occurrences(of z: Int32) -> Int {
        z >= 0 && Int(z) < chineseCount ? Int(occurrences[Int(z)]) : 0
    }

    /// The English words `z` most likely translates to, best first, with t(e|z) ≥ `minimum`.
    package func translations(of z: Int32, minimum: Float = 0.1, limit: Int = 5) -> [(
        english: Int32, probability: Float
    )] {
        guard z >= 0, Int(z) < chineseCount else { return [] }
        let row = Int(z)
        return zip(rows[row], table[row]).filter { $0.1 >= minimum }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            .prefix(limit).map { ($0.0, $0.1) }
    }

    /// How much likelier `english` is as a translation of `chinese` than as unrelated text, in
    /// nats per English word: log P(e|Z) under Model 1 against the unigram probability of e.
    ///
    /// Positive for translations, negative for unrelated pairs, 0 when `english` is empty.
    package func logOdds(chinese: [Int32], english: [Int32]) -> Double {
        guard !english.isEmpty else { return 0 }
        let share = 1 / Float(chinese.count + 1)
        var sum = 0.0
        for e in english {
            var p = t(e, row: chineseCount)
            for z in chinese where z >= 0 && Int(z) < chineseCount { p += t(e, row: Int(z)) }
            let base = Int(e) < background.count && e >= 0 ? background[Int(e)] : 1e-6
            sum += log(Double(max(p * share, 1e-7)) / Double(base))
        }
        return sum / Double(english.count)
    }

    /// The number of (z, e) pairs the model holds.
    package var size: Int { table.reduce(0) { $0 + $1.count { $0 > 0 } } }
}
