import Foundation

/// IBM Model 1 word-translation probabilities t(e|z), learned with EM from sentence pairs.
///
/// Words are integer ids of a Chinese and an English `Vocabulary`; the table is sparse (only
/// pairs that co-occur in training) and pruned of tiny probabilities after each iteration. As in
/// Moore (2002), train it on the confident one-to-one beads of a first alignment pass, then score
/// candidate pairs with `logOdds(chinese:english:)`.
package struct WordTranslationModel: Sendable {
    /// t(e|z) for each Chinese id; row `chineseCount` is the empty (NULL) word.
    private var table: [[Int32: Float]]
    /// Unigram probability of each English id in training, the "unrelated sentence" baseline.
    private var background: [Float]
    private let chineseCount: Int

    /// An untrained model: every t(e|z) equal.
    package init(chineseCount: Int, englishCount: Int) {
        self.chineseCount = chineseCount
        table = Array(repeating: [:], count: chineseCount + 1)
        background = Array(repeating: 1 / Float(max(englishCount, 1)), count: englishCount)
    }

    /// Trains on `pairs` of Chinese and English word ids for `iterations` rounds of EM.
    ///
    /// Probabilities below `threshold` are dropped after each round, which keeps the table small.
    package static func train(
        pairs: [(chinese: [Int32], english: [Int32])], chineseCount: Int, englishCount: Int, iterations: Int = 5,
        threshold: Float = 0.001
    ) -> WordTranslationModel {
        var model = WordTranslationModel(chineseCount: chineseCount, englishCount: englishCount)
        var frequency = [Float](repeating: 1, count: englishCount)
        var total = Float(englishCount)
        for pair in pairs {
            for e in pair.english where Int(e) < englishCount {
                frequency[Int(e)] += 1
                total += 1
            }
        }
        model.background = frequency.map { $0 / total }
        let null = Int32(chineseCount)
        var scratch: [Float] = []
        for round in 0..<iterations {
            var counts = [[Int32: Float]](repeating: [:], count: chineseCount + 1)
            for pair in pairs {
                let sources = pair.chinese.filter { Int($0) < chineseCount } + [null]
                scratch.removeAll(keepingCapacity: true)
                for e in pair.english where Int(e) < englishCount {
                    // The first round starts from uniform t: every source shares the count equally.
                    var sum: Float = 0
                    scratch.removeAll(keepingCapacity: true)
                    for z in sources {
                        let t = round == 0 ? 1 : model.table[Int(z)][e, default: 0]
                        scratch.append(t)
                        sum += t
                    }
                    guard sum > 0 else { continue }
                    for (z, t) in zip(sources, scratch) where t > 0 {
                        counts[Int(z)][e, default: 0] += t / sum
                    }
                }
            }
            for z in counts.indices {
                let sum = counts[z].values.reduce(0, +)
                guard sum > 0 else {
                    model.table[z] = [:]
                    continue
                }
                var row: [Int32: Float] = [:]
                row.reserveCapacity(counts[z].count)
                for (e, count) in counts[z] where count / sum >= threshold { row[e] = count / sum }
                model.table[z] = row
            }
        }
        return model
    }

    /// t(e|z); `z` nil for the empty word.
    package func probability(english e: Int32, given z: Int32?) -> Float {
        let row = z.map(Int.init) ?? chineseCount
        guard row >= 0, row <= chineseCount else { return 0 }
        return table[row][e, default: 0]
    }

    /// The English words `z` most likely translates to, best first, with t(e|z) ≥ `minimum`.
    package func translations(of z: Int32, minimum: Float = 0.1, limit: Int = 5) -> [(
        english: Int32, probability: Float
    )] {
        guard z >= 0, Int(z) < chineseCount else { return [] }
        return table[Int(z)].filter { $0.value >= minimum }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(limit).map { ($0.key, $0.value) }
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
            var p = table[chineseCount][e, default: 0]
            for z in chinese where z >= 0 && Int(z) < chineseCount { p += table[Int(z)][e, default: 0] }
            let base = Int(e) < background.count && e >= 0 ? background[Int(e)] : 1e-6
            sum += log(Double(max(p * share, 1e-7)) / Double(base))
        }
        return sum / Double(english.count)
    }

    /// The number of (z, e) pairs the model holds.
    package var size: Int { table.reduce(0) { $0 + $1.count } }
}
