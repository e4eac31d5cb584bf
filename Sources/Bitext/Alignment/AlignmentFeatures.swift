import Foundation

/// The evidence of one side of a document, per sentence, in flat arrays: lengths and anchor keys.
package struct SideFeatures: Sendable {
    /// Characters per sentence (for Chinese, spaces left out).
    package var lengths: [Float] = []
    /// `lengthPrefix[i]` is the total length of sentences `0..<i`.
    package var lengthPrefix: [Double] = [0]
    /// Sentence `i`'s anchors that also occur on the other side of the document are
    /// `keys[keyStart[i]..<keyStart[i + 1]]`, sorted: the ones worth matching.
    package var keyStart: [Int32] = [0]
    package var keys: [UInt64] = []
    /// The weight of each key: 1 for an anchor in one sentence, less the more sentences share it
    /// (1 / (1 + ln n)), as a year repeated throughout a report says little about which sentences pair.
    package var weights: [Float] = []
    /// All anchors of each sentence, for quality flags.
    package var anchors: [[AnchorKey]] = []
    /// How each sentence ends (`SentenceEnding.rawValue`): whether it reads as joined to the next. One a
    /// sentence, as `lengths`.
    package var endings: [UInt8] = []
    /// `questionPrefix[i]` is the number of sentences of `0..<i` that end in a question mark (a question
    /// is translated by a question: `BeadCost.questionCost`).
    package var questionPrefix: [Int32] = [0]

    package var count: Int { lengths.count }

    /// The total length of `range`.
    @inline(__always)
    package func length(_ range: Range<Int>) -> Double {
        lengthPrefix[range.upperBound] - lengthPrefix[range.lowerBound]
    }

    /// The anchors of `range` on the other side's key list: `keys[keyRange(range)]`.
    @inline(__always)
    package func keyRange(_ range: Range<Int>) -> Range<Int> {
        Int(keyStart[range.lowerBound])..<Int(keyStart[range.upperBound])
    }

    /// Makes room for `sentences` more sentences.
    mutating func reserve(sentences: Int) {
        lengths.reserveCapacity(lengths.count + sentences)
        lengthPrefix.reserveCapacity(lengthPrefix.count + sentences)
        anchors.reserveCapacity(anchors.count + sentences)
        endings.reserveCapacity(endings.count + sentences)
        questionPrefix.reserveCapacity(questionPrefix.count + sentences)
    }

    /// Whether a sentence of `range` ends in a question mark.
    package func asks(_ range: Range<Int>) -> Bool {
        questionPrefix[range.upperBound] > questionPrefix[range.lowerBound]
    }

    /// Whether the sentence right after `range` ends in a question mark (false after the last).
    package func asksAfter(_ range: Range<Int>) -> Bool {
        range.upperBound + 1 < questionPrefix.count
            && questionPrefix[range.upperBound + 1] > questionPrefix[range.upperBound]
    }

    /// The cost of joining the sentences of `range` into one bead side: `costs[ending]` of every sentence
    /// but the last.
    @inline(__always)
    package func joinCost(_ range: Range<Int>, costs: AlignmentParameters.JoinCosts) -> Float {
        guard range.count > 1 else { return 0 }
        precondition(range.upperBound <= endings.count, "a sentence without its ending")
        var total: Float = 0
        for index in range.lowerBound..<(range.upperBound - 1) { total += Self.joinCost(endings[index], costs) }
        return total
    }

    /// The least cost of joining one of the sentences of `range` to the next, 0 at most: a bound for
    /// searches (a translation label's cost is far below the others', and few texts have one).
    package func leastJoinCost(_ range: Range<Int>, costs: AlignmentParameters.JoinCosts) -> Float {
        precondition(SentenceEnding.allCases.allSatisfy { $0.rawValue < 8 }, "a byte's bits for the endings")
        var present: UInt8 = 0
        for index in range { present |= 1 << endings[index] }
        var least: Float = 0
        for ending in SentenceEnding.allCases where present & 1 << ending.rawValue != 0 {
            least = min(least, Self.joinCost(ending.rawValue, costs))
        }
        return least
    }

    @inline(__always)
    private static func joinCost(_ ending: UInt8, _ costs: AlignmentParameters.JoinCosts) -> Float {
        switch ending {
        case SentenceEnding.colon.rawValue: costs.colon
        case SentenceEnding.open.rawValue: costs.open
        case SentenceEnding.translationLabel.rawValue: costs.translationLabel
        default: costs.stop
        }
    }

    mutating func append(length: Float, anchors: [AnchorKey], ending: SentenceEnding, question: Bool) {
        endings.append(ending.rawValue)
        questionPrefix.append((questionPrefix.last ?? 0) + (question ? 1 : 0))
        lengths.append(length)
        lengthPrefix.append((lengthPrefix.last ?? 0) + Double(length))
        self.anchors.append(anchors)
    }

    /// The most anchor keys a sentence keeps for matching.
    static let maxKeys = 64

    /// The number of sentences each anchor occurs in.
    func frequencies() -> HashTable<Int> {
        var counts = HashTable<Int>(capacity: anchors.count * 4)
        var distinct: [UInt64] = []
        for sentence in anchors {
            Self.distinct(sentence.lazy.map(\.rawValue), into: &distinct)
            for key in distinct { counts[key, default: 0] += 1 }
        }
        return counts
    }

    /// The distinct values of `keys`, sorted, in `result`.
    @inline(__always)
    private static func distinct(_ keys: some Sequence<UInt64>, into result: inout [UInt64]) {
        result.removeAll(keepingCapacity: true)
        result.append(contentsOf: keys)
        guard result.count > 1 else { return }
        result.sort()
        var unique = 1
        for index in 1..<result.count where result[index] != result[unique - 1] {
            result[unique] = result[index]
            unique += 1
        }
        result.removeLast(result.count - unique)
    }

    /// `1 / (1 + ln n)` for the frequencies most keys have.
    private static let weightTable: [Float] = (0..<256).map { 1 / (1 + Float(log(Double(max($0, 1))))) }

    /// Keeps, for matching, the anchors that `other` (the other side's frequencies) has too.
    mutating func index(own: HashTable<Int>, other: HashTable<Int>) {
        keys.removeAll(keepingCapacity: true)
        weights.removeAll(keepingCapacity: true)
        keyStart = [0]
        keyStart.reserveCapacity(count + 1)
        let total = anchors.reduce(0) { $0 + $1.count }
        keys.reserveCapacity(total)
        weights.reserveCapacity(total)
        var kept: [UInt64] = []
        kept.reserveCapacity(Self.maxKeys)
        for sentence in anchors {
            // Distinct keys only, and at most `maxKeys` (the rarest), so that matching stays cheap even for
            // a 10 MB line naming the same country thousands of times.
            Self.distinct(sentence.lazy.map(\.rawValue).filter { other.contains($0) }, into: &kept)
            if kept.count > Self.maxKeys {
                kept.sort { (own[$0] ?? 1, $0) < (own[$1] ?? 1, $1) }
                kept.removeLast(kept.count - Self.maxKeys)
                kept.sort()
            }
            for key in kept {
                let frequency = max(own[key] ?? 1, other[key] ?? 1)
                keys.append(key)
                weights.append(
                    frequency < Self.weightTable.count
                        ? Self.weightTable[frequency] : 1 / (1 + Float(log(Double(frequency)))))
            }
            keyStart.append(Int32(keys.count))
        }
    }
}

/// Per-sentence evidence of both sides of a document, computed once before alignment.
package struct AlignmentFeatures: Sendable {
    package var chinese: SideFeatures
    package var english: SideFeatures

    package init(chinese: SideFeatures, english: SideFeatures) {
        self.chinese = chinese
        self.english = english
    }

    /// Extracts lengths and anchors of every sentence.
    ///
    /// English goes first: its capitalised words are the names that Chinese Han runs may romanise to,
    /// and its Latin tokens count only when the Chinese side writes them too.
    package init(chinese: [String], english: [String], extractor: AnchorExtractor) {
        let englishAnchors = english.map(extractor.english)
        var names = HashTable<Void>()
        for found in englishAnchors {
            for name in found.names { names.insert(name) }
        }
        if !names.isEmpty { extractor.prepareSyllables(for: chinese) }
        let chineseKeys = chinese.map { extractor.chinese($0, names: names) }

        var chineseLatin = HashTable<Void>()
        var chineseNames = HashTable<Void>()
        for key in chineseKeys.joined() {
            switch key.kind {
            case .latin: chineseLatin.insert(key.rawValue)
            case .name: chineseNames.insert(key.rawValue)
            default: break
            }
        }
        var side = SideFeatures()
        side.reserve(sentences: chinese.count)
        for (text, keys) in zip(chinese, chineseKeys) {
            side.append(
                length: Float(Self.chineseLength(text)), anchors: keys, ending: SentenceEnding(text),
                question: SentenceEnding.isQuestion(text))
        }
        self.chinese = side
        side = SideFeatures()
        side.reserve(sentences: english.count)
        for (text, found) in zip(english, englishAnchors) {
            var keys = found.keys
            for hash in found.latin {
                let key = AnchorKey(.latin, hash: hash)
                if chineseLatin.contains(key.rawValue) { keys.append(key) }
            }
            for hash in found.names {
                let key = AnchorKey(.name, hash: hash)
                if chineseNames.contains(key.rawValue) { keys.append(key) }
            }
            side.append(
                length: Float(text.utf8.count), anchors: keys, ending: SentenceEnding(text),
                question: SentenceEnding.isQuestion(text))
        }
        self.english = side
        let chineseFrequencies = self.chinese.frequencies()
        let englishFrequencies = self.english.frequencies()
        self.chinese.index(own: chineseFrequencies, other: englishFrequencies)
        self.english.index(own: englishFrequencies, other: chineseFrequencies)
    }

    /// Characters of a Chinese sentence, spaces left out (counted on UTF-8 lead bytes).
    package static func chineseLength(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 && byte != 0x20 && byte != 0x09 { count += 1 }
        return count
    }
}
