import Foundation

/// Word evidence about sentence pairs, for `AnchoredEvidence`: shared numbers and Latin
/// tokens, romanised Han words (北京 ↔ Beijing) and word translations from a `Lexicon`.
///
/// Each sentence becomes a list of weighted units (its content words); a Chinese unit carries
/// keys for what it may appear as in English (its number, its Latin form, its pinyin, its
/// translations), an English unit its own stem. Strength is the share of matchable unit weight
/// (inverse document frequency) found on the other side.
package struct LexicalEvidence {
    package let chineseCount: Int
    package let englishCount: Int
    private(set) var chineseUnits = UnitTable()
    private(set) var englishUnits = UnitTable()
    private(set) var chineseKeys: [KeySet] = []
    private(set) var englishKeys: [KeySet] = []
    /// Total unit weight of each sentence.
    private(set) var chineseTotals: [Double] = []
    private(set) var englishTotals: [Double] = []
    /// Where each unit is found on the other side, for documents short enough.
    private(set) var chineseFound: UnitOccurrences?
    private(set) var englishFound: UnitOccurrences?
    /// Pair masks for the search band, when `prepared(for:)` made them.
    var masks: PairMasks?
    /// The matches of single sentence pairs near the diagonal, where calibration, confident pairs and
    /// relinking all look, worked out once.
    private var near = PairTallies()
    /// The matches of single sentence pairs near the first pass's path where it leaves the diagonal (a
    /// long document that drifts), where the confidence's alternatives look; empty when it does not.
    private var onPath = PairTallies()
    /// Each Chinese sentence's candidates (`allCandidates`), and the matches of those outside the near
    /// pairs: row i's are English sentences `farColumns[farStart[i]..<farStart[i + 1]]`, tallies `far`.
    private var candidateLists: [[Int]] = []
    private var farStart: [Int32] = [0]
    private var farColumns: [Int32] = []
    private var far: [Tally] = []

    /// Matched and total unit weight, and the number of units, of both sides of a bead.
    typealias Tally = (matched: Double, total: Double, units: Int, matchedUnits: Int)
    /// Each key's English sentences, for keys rare enough to point somewhere (other keys have none).
    private var rarePostings = KeyPostings()
    /// The number of distinct keys (dense ids) of both sides.
    private(set) var keyCount = 0
    private let words: SentenceWords
    private var chineseWords: [[String]] { words.chinese }
    private var englishWords: [[String]] { words.english }
    private var englishSurface: [[String]] { words.englishSurface }

    /// How a bead's word evidence is shared out among its sentences (`lexicalPairExponent`,
    /// `lexicalPairsAboveSmallerSide`, `lexicalPartWeight`).
    private let parameters: AlignmentParameters
    /// Scale of the lexical log-likelihood ratio (below 1: units are not independent); tuned on seed 004
    /// and the UN documents.
    private static let lexicalScale = 0.5

    package init(
        chinese: [String], english: [String], lexicon: Lexicon = Lexicon(), tokenizer: WordTokenizer,
        parameters: AlignmentParameters = .standard
    ) {
        self.init(
            words: SentenceWords(
                chinese: chinese, english: english, dictionary: lexicon.dictionary, tokenizer: tokenizer),
            lexicon: lexicon, parameters: parameters)
    }

    /// Evidence from words already tokenised (with the dictionary of `lexicon`).
    ///
    /// `path`: the English sentence a first pass puts each Chinese sentence at, where the confidence's
    /// alternatives will look (`tallyNearPairs`).
    package init(
        words: SentenceWords, lexicon: Lexicon, parameters: AlignmentParameters = .standard, path: [Int]? = nil
    ) {
        chineseCount = words.chinese.count
        englishCount = words.english.count
        self.words = words
        self.parameters = parameters
        build(lexicon: lexicon)
        tallyNearPairs(path: path)
        calibrate()
        findCandidates()
    }

    private mutating func build(lexicon: Lexicon) {
        var builder = UnitBuilder(words: words, lexicon: lexicon)
        // Every unit first (weights come later), then only those that can match the other side.
        let englishRaw = builder.englishUnits(stems: englishWords, surface: englishSurface)
        let (chineseRaw, chineseWordIds) = builder.chineseUnits(chineseWords)
        let keyCount = builder.keyCount
        self.keyCount = keyCount
        // Each sentence's distinct keys; sorted only where the search will look them up (the other side
        // too long for `UnitOccurrences`).
        var seen = [Int32](repeating: -1, count: keyCount)
        let chineseSearchable = chineseCount > UnitOccurrences.limit
        let englishSearchable = englishCount > UnitOccurrences.limit
        chineseKeys = (0..<chineseCount).map {
            KeySet(
                distinct: Self.distinct(chineseRaw, $0, stamp: Int32($0), seen: &seen), searchable: chineseSearchable)
        }
        englishKeys = (0..<englishCount).map {
            KeySet(
                distinct: Self.distinct(englishRaw, $0, stamp: Int32(chineseCount + $0), seen: &seen),
                searchable: englishSearchable)
        }
        // Keys are dense ids: flags and counts are arrays indexed by them.
        var inChinese = [Bool](repeating: false, count: keyCount)
        var inEnglish = [Bool](repeating: false, count: keyCount)
        for sentence in chineseKeys { for key in sentence.keys { inChinese[Int(key)] = true } }
        // Weights: inverse document frequency of the Chinese word, of the English key.
        var englishFrequency = [Int](repeating: 0, count: keyCount)
        for sentence in englishKeys {
            for key in sentence.keys {
                inEnglish[Int(key)] = true
                englishFrequency[Int(key)] += 1
            }
        }
        let wordCount = builder.describedCount
        var chineseFrequency = [Int](repeating: 0, count: wordCount)
        var lastSentence = [Int](repeating: -1, count: wordCount)
        for sentence in 0..<chineseCount {
            for unit in chineseRaw.units(of: sentence) where lastSentence[Int(chineseWordIds[unit])] != sentence {
                lastSentence[Int(chineseWordIds[unit])] = sentence
                chineseFrequency[Int(chineseWordIds[unit])] += 1
            }
        }
        // Units that can match nothing on the other side are left out.
        (chineseUnits, chineseTotals) = Self.matchable(
            chineseRaw, sentences: chineseCount, in: inEnglish, allKeys: true,
            frequency: { unit, _ in chineseFrequency[Int(chineseWordIds[unit])] })
        (englishUnits, englishTotals) = Self.matchable(
            englishRaw, sentences: englishCount, in: inChinese, allKeys: false,
            frequency: { _, key in englishFrequency[Int(key)] })
        chineseFound = UnitOccurrences(chineseUnits, in: englishKeys, keyCount: keyCount)
        englishFound = UnitOccurrences(englishUnits, in: chineseKeys, keyCount: keyCount)
        // Postings for keys found in few English sentences: where a moved sentence may have gone.
        // Capped, so that looking candidates up stays linear in the document's length.
        let cap = min(max(4, englishCount / 100), 40)
        rarePostings = KeyPostings(englishKeys, keyCount: keyCount) { inChinese[$0] && englishFrequency[$0] <= cap }
    }

    /// The units of `raw` that have a key the other side has (`other`), each weighted by the inverse document
    /// frequency `frequency` gives (from the unit and the first such key) and holding its keys (all of them
    /// with `allKeys`, else those the other side has); and each sentence's total weight.
    private static func matchable(
        _ raw: UnitTable, sentences: Int, in other: [Bool], allKeys: Bool, frequency: (_ unit: Int, _ key: Int32) -> Int
    ) -> (UnitTable, [Double]) {
        var idf = IDF(count: sentences)
        var table = UnitTable(units: raw.unitCount, keys: raw.keys.count, sentences: sentences)
        var totals: [Double] = []
        totals.reserveCapacity(sentences)
        for sentence in 0..<sentences {
            var total = 0.0
            for unit in raw.units(of: sentence) {
                let range = raw.keys(of: unit)
                guard let first = range.first(where: { other[Int(raw.keys[$0])] }) else { continue }
                let weight = idf.weight(frequency(unit, raw.keys[first]))
                for k in range where allKeys || other[Int(raw.keys[k])] { table.appendKey(raw.keys[k]) }
                table.endUnit(weight: weight)
                total += weight
            }
            table.endSentence()
            totals.append(total)
        }
        return (table, totals)
    }

    /// The distinct keys of `sentence` of `table`, in order; `seen` marks keys met with `stamp`.
    private static func distinct(_ table: UnitTable, _ sentence: Int, stamp: Int32, seen: inout [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(table.keyRange(ofSentence: sentence).count)
        for k in table.keyRange(ofSentence: sentence) {
            let key = table.keys[k]
            if seen[Int(key)] != stamp {
                seen[Int(key)] = stamp
                result.append(key)
            }
        }
        return result
    }

    /// Inverse document frequency weights over `count` sentences, each frequency's worked out once.
    private struct IDF {
        let count: Int
        private var weights: [Double] = []

        init(count: Int) { self.count = count }

        mutating func weight(_ frequency: Int) -> Double {
            let frequency = max(frequency, 1)
            if frequency < weights.count, !weights[frequency].isNaN { return weights[frequency] }
            let value = max(0.1, log((Double(count) + 1) / (Double(frequency) + 0.5)))
            if frequency >= weights.count { weights += [Double](repeating: .nan, count: frequency + 1 - weights.count) }
            weights[frequency] = value
            return value
        }
    }

    package func candidates(chinese: Int) -> [Int] {
        guard chinese >= 0, chinese < candidateLists.count else { return [] }
        return candidateLists[chinese]
    }

    package func allCandidates() -> [[Int]] { candidateLists }

    /// Works out `candidateLists`, and the tallies of candidate pairs outside the near ones: the
    /// confident pairs and relinking both score them.
    private mutating func findCandidates() {
        var scratch = CandidateScratch(englishCount: englishCount)
        candidateLists = (0..<chineseCount).map { candidates(chinese: $0, scratch: &scratch) }
        farStart.reserveCapacity(chineseCount + 1)
        for (i, candidates) in candidateLists.enumerated() {
            for j in candidates where near.index(i, j) == nil {
                farColumns.append(Int32(j))
                far.append(counted(chinese: i..<i + 1, english: j..<j + 1))
            }
            farStart.append(Int32(farColumns.count))
        }
    }

    /// What `candidates` counts votes in, kept from one sentence to the next.
    private struct CandidateScratch {
        /// Where each sentence's votes are: an array for short documents (reset after each use), else a
        /// table made anew.
        let dense: Bool
        var slotOf: [Int32]
        var votes: [(sentence: Int32, total: Double, unit: Int)] = []

        init(englishCount: Int) {
            dense = englishCount <= 4096
            slotOf = [Int32](repeating: -1, count: dense ? englishCount : 0)
            votes.reserveCapacity(min(englishCount, 64))
        }
    }

    private func candidates(chinese: Int, scratch: inout CandidateScratch) -> [Int] {
        // Each sentence's votes, and the last unit that voted for it: a unit votes once, whatever its keys.
        let dense = scratch.dense
        var slots = HashTable<Int32>(capacity: dense ? 0 : 64)
        scratch.votes.removeAll(keepingCapacity: true)
        for unit in chineseUnits.units(of: chinese) {
            let weight = chineseUnits.weights[unit]
            for k in chineseUnits.keys(of: unit) {
                let key = Int(chineseUnits.keys[k])
                for posting in rarePostings.postings(of: key) {
                    let sentence = rarePostings.sentences[posting]
                    let slot: Int32
                    if dense {
                        if scratch.slotOf[Int(sentence)] < 0 {
                            scratch.slotOf[Int(sentence)] = Int32(scratch.votes.count)
                        }
                        slot = scratch.slotOf[Int(sentence)]
                    } else {
                        slot = slots.id(UInt64(UInt32(sentence)))
                    }
                    if Int(slot) == scratch.votes.count {
                        scratch.votes.append((sentence, weight, unit))
                    } else if scratch.votes[Int(slot)].unit != unit {
                        scratch.votes[Int(slot)].total += weight
                        scratch.votes[Int(slot)].unit = unit
                    }
                }
            }
        }
        if dense { for vote in scratch.votes { scratch.slotOf[Int(vote.sentence)] = -1 } }
        scratch.votes.sort { ($0.total, $1.sentence) > ($1.total, $0.sentence) }
        return scratch.votes.prefix(12).map { Int($0.sentence) }
    }

    package func strength(chinese: Int, english: Int) -> Double {
        strength(chinese: chinese..<chinese + 1, english: english..<english + 1)
    }

    private func strength(chinese: Range<Int>, english: Range<Int>) -> Double {
        Self.strength(of: matching(chinese: chinese, english: english))
    }

    /// `strength` and `lexicalScore` of one pair from one match.
    package func strengthAndScore(chinese: Int, english: Int) -> (strength: Double, score: Double) {
        let match = matching(chinese: chinese..<chinese + 1, english: english..<english + 1)
        return (Self.strength(of: match), lexicalScore(of: match, pairs: 1))
    }

    private static func strength(of match: (matched: Double, total: Double, units: Int, matchedUnits: Int)) -> Double {
        // One shared word (a number, a name) is no evidence that two sentences translate each other.
        guard match.matchedUnits >= 3 else { return 0 }
        return match.matched / (match.total + 2)
    }

    /// Matched and total unit weight, and the number of units, of both sides.
    private func matching(chinese: Range<Int>, english: Range<Int>) -> Tally {
        if let masks, masks.covers(chinese: chinese, english: english) {
            return maskedMatching(masks, chinese: chinese, english: english)
        }
        if chinese.count == 1, english.count == 1 {
            let i = chinese.lowerBound
            let j = english.lowerBound
            if let tally = storedTally(i, j) { return tally }
            if i + 1 < farStart.count {
                for k in Int(farStart[i])..<Int(farStart[i + 1]) where farColumns[k] == Int32(j) { return far[k] }
            }
        }
        return counted(chinese: chinese, english: english)
    }

    /// The tally of Chinese sentence `i` and English sentence `j` from the near pairs or those along the
    /// first pass's path; nil when it is in neither.
    @inline(__always)
    private func storedTally(_ i: Int, _ j: Int) -> Tally? {
        if let index = near.index(i, j) { return near.tallies[index] }
        if let index = onPath.index(i, j) { return onPath.tallies[index] }
        return nil
    }

    /// The near pairs' tally of Chinese sentence `i` and English sentence `j`, nil when not a near pair.
    func nearTally(chinese i: Int, english j: Int) -> Tally? { near.index(i, j).map { near.tallies[$0] } }

    /// The tally of Chinese sentence `i` and English sentence `j` near the first pass's path, nil when not
    /// such a pair.
    func onPathTally(chinese i: Int, english j: Int) -> Tally? { onPath.index(i, j).map { onPath.tallies[$0] } }

    /// `matching` unit by unit (neither masks nor the near pairs' tallies).
    func counted(chinese: Range<Int>, english: Range<Int>) -> Tally {
        var tally = (matched: 0.0, total: 0.0, units: 0, matchedUnits: 0)
        Self.count(chineseUnits, chinese, against: englishKeys, english, found: chineseFound, into: &tally)
        Self.count(englishUnits, english, against: chineseKeys, chinese, found: englishFound, into: &tally)
        return tally
    }

    /// Works out `near`: each Chinese sentence against the English ones around both diagonals that
    /// calibration and the confident pairs take (`i·m/n` and `(i + ½)·m/n`), seven either side; and
    /// `onPath`, where `path` (the English sentence a first pass puts each Chinese sentence at) leaves
    /// them: the pairs of a bead of up to four sentences a side there and of its
    /// neighbours, four either side. Only when a tenth of the rows or more leave the near pairs (a path
    /// that drifts from the diagonal: the aligner's 100,000-sentence synthetic document's, by up to 139
    /// sentences; of the development documents, all but UN19990209_010's), so that a document whose
    /// first pass keeps to the diagonal holds no second table.
    private mutating func tallyNearPairs(path: [Int]?) {
        guard chineseCount > 0, englishCount > 0 else { return }
        let (n, m) = (chineseCount, englishCount)
        var tables = [
            PairTallies(rows: n) { i in
                let first = i * m / n
                let second = Int((Double(i) + 0.5) * Double(m) / Double(n))
                let low = max(0, min(first, second) - 7)
                return low..<max(low, min(m, max(first, second) + 8))
            }
        ]
        if var path, path.count == n {
            // Windows must not go back: a path that does (a crossing bead) is held at its furthest.
            for i in path.indices { path[i] = max(i > 0 ? path[i - 1] : 0, min(path[i], m)) }
            func window(_ i: Int) -> Range<Int> {
                let low = min(max(0, path[i] - 4), m)
                return low..<max(low, min(m, path[i] + 5))
            }
            let leaving = (0..<n).count { i in
                let columns = window(i)
                return !columns.isEmpty
                    && (tables[0].index(i, columns.lowerBound) == nil
                        || tables[0].index(i, columns.upperBound - 1) == nil)
            }
            if leaving * 10 >= n { tables.append(PairTallies(rows: n, window: window)) }
        }
        tally(&tables)
        near = tables[0]
        if tables.count > 1 { onPath = tables[1] }
    }

    /// Adds the units of sentences `rows` of one side, and those found in sentences `others` of the other.
    @inline(__always)
    private static func count(
        _ side: UnitTable, _ rows: Range<Int>, against sets: [KeySet], _ others: Range<Int>,
        found occurrences: UnitOccurrences?,
        into tally: inout (matched: Double, total: Double, units: Int, matchedUnits: Int)
    ) {
        guard let occurrences else {
            for row in rows {
                let units = side.units(of: row)
                tally.units += units.count
                for unit in units {
                    let weight = side.weights[unit]
                    tally.total += weight
                    if side.found(unit, in: sets, others) {
                        tally.matched += weight
                        tally.matchedUnits += 1
                    }
                }
            }
            return
        }
        side.weights.withUnsafeBufferPointer { weights in
            for row in rows {
                let units = side.units(of: row)
                tally.units += units.count
                if others.count == 1 {
                    // One sentence on the other side (most pairs scored): one bit a unit.
                    occurrences.forEach(units, sentence: others.lowerBound) { unit, found in
                        let weight = weights[unit]
                        tally.total += weight
                        if found {
                            tally.matched += weight
                            tally.matchedUnits += 1
                        }
                    }
                    continue
                }
                for unit in units {
                    let weight = weights[unit]
                    tally.total += weight
                    if occurrences.found(unit, in: others) {
                        tally.matched += weight
                        tally.matchedUnits += 1
                    }
                }
            }
        }
    }

    /// Estimates how much of a sentence's words find a match in an unrelated sentence
    /// (`unrelatedShare`, pairs half a document apart) and in its translation
    /// (`translatedShare`, the best pair near the diagonal), which sets the lexical term's scale.
    private mutating func calibrate() {
        guard chineseCount > 1, englishCount > 1 else { return }
        let rows = Array(stride(from: 0, to: chineseCount, by: max(1, chineseCount / 500)))
        var unrelated: [Double] = []
        var translated: [(strength: Double, chinese: Int, english: Int)] = []
        for i in rows {
            let centre = i * englishCount / chineseCount
            unrelated.append(strength(chinese: i, english: (centre + englishCount / 2) % englishCount))
            let band = max(0, centre - 3)..<min(englishCount, centre + 4)
            let best = band.map { (strength(chinese: i, english: $0), i, $0) }.max { $0.0 < $1.0 }
            if let best { translated.append(best) }
        }
        let low = unrelated.reduce(0, +) / Double(unrelated.count)
        let high = translated.map(\.strength).sorted()[translated.count * 3 / 4]
        unrelatedShare = min(max(low, 0.02), 0.9)
        translatedShare = min(max(high, unrelatedShare), 0.95)
    }

    /// Share of unit weight matched in unrelated pairs and in translations (see `calibrate`).
    package private(set) var unrelatedShare = 0.05 {
        didSet { logs = Logs(unrelated: unrelatedShare, translated: translatedShare) }
    }
    package private(set) var translatedShare = 0.05 {
        didSet { logs = Logs(unrelated: unrelatedShare, translated: translatedShare) }
    }
    private var logs = Logs(unrelated: 0.05, translated: 0.05)

    /// log p and log(1 − p) of the three match rates, and the mixture's priors.
    private struct Logs {
        var literal: (Double, Double)
        var loose: (Double, Double)
        var unrelated: (Double, Double)
        let literalPrior = log(0.8)
        let loosePrior = log(0.2)

        init(unrelated: Double, translated: Double) {
            let loose = unrelated + (translated - unrelated) * 0.3
            func pair(_ p: Double) -> (Double, Double) { (log(max(p, 1e-6)), log(max(1 - p, 1e-6))) }
            self.literal = pair(translated)
            self.loose = pair(loose)
            self.unrelated = pair(unrelated)
        }
    }

    /// Log-likelihood ratio of the matches in a bead under "translation" against "unrelated":
    /// each unit matched with probability `translatedShare` or `unrelatedShare`; a sentence of a side
    /// with several that looks unrelated to the other side on its own lowers it
    /// (`AlignmentParameters.lexicalPartWeight`).
    package func lexicalScore(chinese: Range<Int>, english: Range<Int>) -> Double {
        guard translatedShare > unrelatedShare + 0.05 else { return 0 }
        let whole = lexicalScore(
            of: matching(chinese: chinese, english: english), pairs: pairs(chinese.count, english.count))
        return whole + parameters.lexicalPartWeight * unrelatedParts(chinese: chinese, english: english)
    }

    /// The scores below 0 of each sentence of a side with several, against the bead's other side: what
    /// a neighbour absorbed into the bead with nothing of it translated costs.
    private func unrelatedParts(chinese: Range<Int>, english: Range<Int>) -> Double {
        guard parameters.lexicalPartWeight > 0 else { return 0 }
        var total = 0.0
        if chinese.count > 1 {
            for i in chinese {
                total += min(0, lexicalScore(of: matching(chinese: i..<(i + 1), english: english), pairs: 1))
            }
        }
        if english.count > 1 {
            for j in english {
                total += min(0, lexicalScore(of: matching(chinese: chinese, english: j..<(j + 1)), pairs: 1))
            }
        }
        return total
    }

    /// The sentence pairs a bead of `chinese` and `english` sentences counts as.
    private func pairs(_ chinese: Int, _ english: Int) -> Double {
        let smaller = Double(min(chinese, english))
        return smaller + parameters.lexicalPairsAboveSmallerSide * (Double(chinese + english) / 2 - smaller)
    }

    /// At least `lexicalScore(chinese:english:)`, from the near pairs' tallies: each unit counted as
    /// matched as often as it is found in the bead's other sentences (so at least once where it is
    /// found), the score growing with the share matched. Infinite when a pair is not a near one.
    package func lexicalScoreBound(chinese: Range<Int>, english: Range<Int>) -> Double {
        guard translatedShare > unrelatedShare + 0.05 else { return 0 }
        var matched = 0.0
        var total = 0.0
        var units = 0
        for i in chinese {
            for j in english {
                guard let tally = storedTally(i, j) else { return .infinity }
                matched += tally.matched
            }
            total += chineseTotals[i]
            units += chineseUnits.units(of: i).count
        }
        for j in english {
            total += englishTotals[j]
            units += englishUnits.units(of: j).count
        }
        guard units > 0 else { return 0 }
        // Room for rounding: the bead's own sums add the same weights in another order (its share may come
        // out a hair above 1).
        let share = total > 0 ? min(1, matched / total) * (1 + 1e-9) : 1 + 1e-9
        return lexicalScore(
            of: (matched: share, total: 1, units: units, matchedUnits: 0),
            pairs: pairs(chinese.count, english.count))
    }

    /// `lexicalScore` of a bead of `pairs` sentence pairs whose units match as `match` says.
    private func lexicalScore(of match: (matched: Double, total: Double, units: Int, matchedUnits: Int), pairs: Double)
        -> Double
    {
        guard translatedShare > unrelatedShare + 0.05, match.units > 0 else { return 0 }
        let share = match.matched / max(match.total, 1e-9)
        let units = Double(match.units)
        // Translations are literal (most words found) or, one time in five, loose (a paraphrased
        // headline): a mixture, so a loose pair is not judged as unrelated.
        let literal = logs.literalPrior + units * (share * logs.literal.0 + (1 - share) * logs.literal.1)
        let paraphrase = logs.loosePrior + units * (share * logs.loose.0 + (1 - share) * logs.loose.1)
        let unrelated = units * (share * logs.unrelated.0 + (1 - share) * logs.unrelated.1)
        let top = max(literal, paraphrase)
        let translation = top + log1p(exp(-abs(literal - paraphrase)))
        // Per sentence pair: merging two good pairs into one 2-2 bead must not score twice.
        let divisor = parameters.lexicalPairExponent == 1 ? pairs : pow(pairs, parameters.lexicalPairExponent)
        return Self.lexicalScale * (translation - unrelated) / divisor
    }

    /// The digits of a number word (`1,300` → `1300`, `80th` → `80`), or its value when it is a
    /// Chinese numeral (八十 → `80`); nil for other words.
    static func number(_ word: String) -> String? {
        guard let first = word.utf8.first else { return nil }
        if first &- 0x30 < 10 {
            var digits: [UInt8] = []
            for byte in word.utf8 {
                guard byte &- 0x30 < 10 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") else { break }
                if byte != UInt8(ascii: ",") { digits.append(byte) }
            }
            if digits.last == UInt8(ascii: ".") { digits.removeLast() }
            return String(decoding: digits, as: UTF8.self)
        }
        // Chinese numerals are three bytes each (U+3007, U+4E00–U+9FFF).
        guard first >= 0xE3, first <= 0xE9, let lead = word.unicodeScalars.first?.value, isNumeral(lead) else {
            return nil
        }
        if word.utf8.count == 3 { return singleNumerals[lead] }
        guard word.unicodeScalars.allSatisfy({ isNumeral($0.value) }) else { return nil }
        return SpelloutParser.chinese?.value(of: word).map(digits)
    }

    /// A numeral's value as `number` writes it: an integer's digits, or the value.
    private static func digits(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Whether `value` is a Chinese numeral character (〇零一二三四五六七八九十百千萬万億亿兩两).
    @inline(__always)
    private static func isNumeral(_ value: UInt32) -> Bool {
        switch value {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E,
            0x5343, 0x842C, 0x4E07, 0x5104, 0x4EBF, 0x5169, 0x4E24:
            true
        default: false
        }
    }

    /// The values of the numerals that are words on their own (一, 十), parsed once.
    private static let singleNumerals: [UInt32: String] = {
        var values: [UInt32: String] = [:]
        for scalar in "〇零一二三四五六七八九十百千萬万億亿兩两".unicodeScalars {
            if let value = SpelloutParser.chinese?.value(of: String(scalar)) { values[scalar.value] = digits(value) }
        }
        return values
    }()
}
