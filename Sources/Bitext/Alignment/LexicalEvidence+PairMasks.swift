extension LexicalEvidence {
    /// Which units of each sentence are found in each sentence of the other side, for the pairs
    /// of a search band: bit k of a mask is unit k. A bead's match is then the OR of its pairs'
    /// masks instead of key lookups for every bead the search tries.
    ///
    /// A class, immutable: the evidence is copied and asked for every bead, and a reference is one
    /// word to copy where nine arrays would be nine retains.
    final class PairMasks: Sendable {
        /// English sentences cached for each Chinese sentence: `low[i]..<high[i]` (empty: none).
        let low: [Int]
        let high: [Int]
        /// Start of Chinese sentence i's masks (`chineseWords[i]` words for each English sentence).
        let chineseStart: [Int]
        /// Start of the masks of the English sentences paired with Chinese sentence i.
        let englishStart: [Int]
        /// Words of 64 bits per sentence's units, and their prefix sums over English sentences.
        let chineseWords: [Int]
        let englishWords: [Int]
        let englishPrefix: [Int]
        /// Units of Chinese sentence i found in English sentence j.
        let chinese: [UInt64]
        /// Units of English sentence j found in Chinese sentence i.
        let english: [UInt64]

        init(
            low: [Int], high: [Int], chineseStart: [Int], englishStart: [Int], chineseWords: [Int],
            englishWords: [Int], englishPrefix: [Int], chinese: [UInt64], english: [UInt64]
        ) {
            self.low = low
            self.high = high
            self.chineseStart = chineseStart
            self.englishStart = englishStart
            self.chineseWords = chineseWords
            self.englishWords = englishWords
            self.englishPrefix = englishPrefix
            self.chinese = chinese
            self.english = english
        }

        @inline(__always)
        func covers(chinese rows: Range<Int>, english columns: Range<Int>) -> Bool {
            for i in rows where columns.lowerBound < low[i] || columns.upperBound > high[i] { return false }
            return true
        }

        @inline(__always)
        func chineseOffset(_ i: Int, _ j: Int) -> Int { chineseStart[i] + (j - low[i]) * chineseWords[i] }

        @inline(__always)
        func englishOffset(_ i: Int, _ j: Int) -> Int {
            englishStart[i] + englishPrefix[j] - englishPrefix[low[i]]
        }
    }

    /// A copy that scores beads within `window` (English sentences for each Chinese sentence)
    /// from precomputed pair masks; beads outside it are scored as before.
    package func prepared(for window: [Range<Int>]) -> LexicalEvidence {
        guard window.count == chineseCount else { return self }
        let chineseWords = (0..<chineseCount).map { (chineseUnits.units(of: $0).count + 63) / 64 }
        let englishWords = (0..<englishCount).map { (englishUnits.units(of: $0).count + 63) / 64 }
        var englishPrefix = [0]
        for words in englishWords { englishPrefix.append(englishPrefix[englishPrefix.count - 1] + words) }
        var low = [Int](repeating: 0, count: chineseCount)
        var high = [Int](repeating: 0, count: chineseCount)
        var chineseStart = [Int](repeating: 0, count: chineseCount + 1)
        var englishStart = [Int](repeating: 0, count: chineseCount + 1)
        for i in 0..<chineseCount {
            let columns = window[i].clamped(to: 0..<englishCount)
            low[i] = columns.lowerBound
            high[i] = columns.upperBound
            chineseStart[i + 1] = chineseStart[i] + columns.count * chineseWords[i]
            englishStart[i + 1] =
                englishStart[i] + englishPrefix[columns.upperBound] - englishPrefix[columns.lowerBound]
        }
        var chinese = [UInt64](repeating: 0, count: chineseStart[chineseCount])
        var english = [UInt64](repeating: 0, count: englishStart[chineseCount])
        if let chineseFound, let englishFound {
            // From each unit's sentences on the other side: a unit is found in few, the window holds many.
            chinese.withUnsafeMutableBufferPointer { chinese in
                for i in 0..<chineseCount where low[i] < high[i] {
                    let range = chineseUnits.units(of: i)
                    let columns = low[i]..<high[i]
                    for unit in range {
                        let k = unit - range.lowerBound
                        let base = chineseStart[i] - columns.lowerBound * chineseWords[i] + k / 64
                        let bit = UInt64(1) << UInt64(k % 64)
                        chineseFound.forEachSentence(of: unit, in: columns) { j in
                            chinese[base + j * chineseWords[i]] |= bit
                        }
                    }
                }
            }
            english.withUnsafeMutableBufferPointer { english in
                for j in 0..<englishCount {
                    let range = englishUnits.units(of: j)
                    for unit in range {
                        let k = unit - range.lowerBound
                        let bit = UInt64(1) << UInt64(k % 64)
                        englishFound.forEachSentence(of: unit, in: 0..<chineseCount) { i in
                            guard j >= low[i], j < high[i] else { return }
                            english[englishStart[i] + englishPrefix[j] - englishPrefix[low[i]] + k / 64] |= bit
                        }
                    }
                }
            }
        } else {
            for i in 0..<chineseCount {
                for j in low[i]..<high[i] {
                    Self.mark(
                        chineseUnits, i, foundIn: j, of: englishKeys, chineseFound, into: &chinese,
                        at: chineseStart[i] + (j - low[i]) * chineseWords[i])
                    Self.mark(
                        englishUnits, j, foundIn: i, of: chineseKeys, englishFound, into: &english,
                        at: englishStart[i] + englishPrefix[j] - englishPrefix[low[i]])
                }
            }
        }
        var copy = self
        copy.masks = PairMasks(
            low: low, high: high, chineseStart: chineseStart, englishStart: englishStart,
            chineseWords: chineseWords, englishWords: englishWords, englishPrefix: englishPrefix,
            chinese: chinese, english: english)
        return copy
    }

    /// Sets bit k of the mask at `masks[base...]` for each unit k of sentence `row` of `side` that is found
    /// in sentence `other` of the other side (`sets`; `occurrences`, where there are).
    private static func mark(
        _ side: UnitTable, _ row: Int, foundIn other: Int, of sets: [KeySet], _ occurrences: UnitOccurrences?,
        into masks: inout [UInt64], at base: Int
    ) {
        let units = side.units(of: row)
        func set(_ unit: Int) {
            let k = unit - units.lowerBound
            masks[base + k / 64] |= 1 << UInt64(k % 64)
        }
        if let occurrences {
            occurrences.forEach(units, sentence: other) { unit, found in if found { set(unit) } }
        } else {
            for unit in units where side.found(unit, in: sets, other..<other + 1) { set(unit) }
        }
    }

    /// `matching` from the pair masks.
    @inline(__always)
    func maskedMatching(_ masks: PairMasks, chinese rows: Range<Int>, english columns: Range<Int>) -> Tally {
        var tally = (matched: 0.0, total: 0.0, units: 0, matchedUnits: 0)
        masks.chinese.withUnsafeBufferPointer { chineseMasks in
            chineseUnits.weights.withUnsafeBufferPointer { weights in
                for i in rows {
                    let first = masks.chineseOffset(i, columns.lowerBound)
                    let stride = masks.chineseWords[i]
                    Self.add(
                        chineseUnits.units(of: i), total: chineseTotals[i], words: stride, weights: weights,
                        into: &tally
                    ) { word in
                        var bits: UInt64 = 0
                        for column in 0..<columns.count { bits |= chineseMasks[first + column * stride + word] }
                        return bits
                    }
                }
            }
        }
        masks.english.withUnsafeBufferPointer { englishMasks in
            englishUnits.weights.withUnsafeBufferPointer { weights in
                for j in columns {
                    Self.add(
                        englishUnits.units(of: j), total: englishTotals[j], words: masks.englishWords[j],
                        weights: weights, into: &tally
                    ) { word in
                        var bits: UInt64 = 0
                        for i in rows { bits |= englishMasks[masks.englishOffset(i, j) + word] }
                        return bits
                    }
                }
            }
        }
        return tally
    }

    /// Adds one sentence's `units` and their `total` weight, and the weights of those its masks mark as
    /// found, in order: `bits(w)` is word w of the marks (unit `units.lowerBound + w * 64 + k` for bit k).
    @inline(__always)
    private static func add(
        _ units: Range<Int>, total: Double, words: Int, weights: UnsafeBufferPointer<Double>,
        into tally: inout Tally, bits: (_ word: Int) -> UInt64
    ) {
        tally.units += units.count
        tally.total += total
        for word in 0..<words {
            var bits = bits(word)
            let base = units.lowerBound + word * 64
            while bits != 0 {
                tally.matched += weights[base + bits.trailingZeroBitCount]
                tally.matchedUnits += 1
                bits &= bits - 1
            }
        }
    }
}
