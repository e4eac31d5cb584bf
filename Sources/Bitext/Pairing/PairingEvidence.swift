import Foundation

/// The anchors, words and lengths of the parts to pair, and the inverted index of the English parts' keys.
///
/// A key (an anchor, or an English stem: a word of an English part, a lexicon translation of a Chinese
/// word of two characters or more) counts when both a Chinese and an English part have it and at most
/// `maxPostings` parts of each side do; its weight is its IDF, ln(1 + n / df) with df the larger of the
/// two sides' counts, times `lexicalWeight` for a stem.
package struct PairingEvidence: Sendable {
    /// An English part that may translate a Chinese one, and how well the evidence says it does.
    package struct Candidate: Sendable, Hashable {
        package var english: Int
        package var score: Double
    }

    /// What one part holds: its anchors (sorted, distinct) and its length (Chinese characters, English bytes).
    struct Part: Sendable {
        var keys: [UInt64]
        var length: Double
    }

    private(set) var chinese: [Part]
    private(set) var english: [Part]
    /// The weight of each anchor kept.
    private var weights = HashTable<Float>()
    private var chineseNorms: [Float] = []
    private var englishNorms: [Float] = []
    /// The English parts holding anchor `k`: `postings[postingStart[slot]..<postingStart[slot + 1]]` where
    /// `slot = slots[k]`.
    private var slots = HashTable<Int32>()
    private var postingStart: [Int32] = [0]
    private var postings: [Int32] = []

    /// The English to Chinese length ratio assumed when too few parts share anchors to measure it.
    static let defaultRatio = 3.5
    /// The spread (of the log of the length ratio) the length term allows.
    static let lengthSpread = 0.6
    /// How many candidates a Chinese part keeps from the index before the length term is applied.
    static let indexCandidates = 16

    init(chinese: [PairingPart], english: [PairingPart], maxPostings: Int, lexicon: Bool = true) {
        let gazetteer = Gazetteer.shipped
        let englishFound = concurrentChunks(count: english.count) { range in
            let extractor = AnchorExtractor(gazetteer: gazetteer)
            let words = lexicon ? try? WordTokenizer() : nil
            return range.map { index in Self.english(english[index], extractor: extractor, words: words) }
        }
        let chineseWords = lexicon ? ChineseTokenizer(dictionary: .builtIn) : nil
        self.chinese = concurrentChunks(count: chinese.count) { range in
            let extractor = AnchorExtractor(gazetteer: gazetteer)
            return range.map { index in Self.chinese(chinese[index], extractor: extractor, words: chineseWords) }
        }
        // Latin tokens count when a Chinese part writes them too.
        var written = HashTable<Void>()
        for part in self.chinese {
            for key in part.keys where AnchorKey(rawValue: key).kind == .latin { written.insert(key) }
        }
        self.english = englishFound.map { found in
            var keys = found.keys
            for hash in found.latin where written.contains(AnchorKey(.latin, hash: hash).rawValue) {
                keys.append(AnchorKey(.latin, hash: hash).rawValue)
            }
            return Part(keys: Self.distinct(keys), length: found.length)
        }
        index(maxPostings: maxPostings)
    }

    /// Weighs the anchors, keeps those worth matching, and indexes the English parts by them.
    private mutating func index(maxPostings: Int) {
        var chineseFrequency = HashTable<Int32>()
        for part in chinese {
            for key in part.keys { chineseFrequency[key, default: 0] += 1 }
        }
        var englishFrequency = HashTable<Int32>()
        for part in english {
            for key in part.keys where chineseFrequency.contains(key) { englishFrequency[key, default: 0] += 1 }
        }
        let count = Double(max(english.count, chinese.count))
        var counts: [Int32] = []
        for part in english {
            for key in part.keys {
                guard let frequency = englishFrequency[key], frequency <= maxPostings,
                    let chineseCount = chineseFrequency[key], chineseCount <= maxPostings
                else { continue }
                if weights[key] == nil {
                    let idf = Float(log(1 + count / Double(max(frequency, chineseCount))))
                    weights.insert(key, key >> 56 == Self.lexicalTag ? idf * Self.lexicalWeight : idf)
                    slots.insert(key, Int32(counts.count))
                    counts.append(0)
                }
                if let slot = slots[key] { counts[Int(slot)] += 1 }
            }
        }
        postingStart = [0]
        postingStart.reserveCapacity(counts.count + 1)
        for count in counts { postingStart.append((postingStart.last ?? 0) + count) }
        postings = [Int32](repeating: 0, count: Int(postingStart.last ?? 0))
        var filled = Array(postingStart.dropLast())
        for (part, found) in english.enumerated() {
            for key in found.keys {
                guard let slot = slots[key] else { continue }
                postings[Int(filled[Int(slot)])] = Int32(part)
                filled[Int(slot)] += 1
            }
        }
        // Parts keep only the keys indexed: the others meet no part of the other side.
        for index in chinese.indices { chinese[index].keys.removeAll { weights[$0] == nil } }
        for index in english.indices { english[index].keys.removeAll { weights[$0] == nil } }
        chineseNorms = chinese.map(norm)
        englishNorms = english.map(norm)
    }

    private func norm(_ part: Part) -> Float {
        var total: Float = 0
        for key in part.keys {
            if let weight = weights[key] { total += weight * weight }
        }
        return total.squareRoot()
    }

    /// The best `count` candidates of each Chinese part, best first: the anchors' cosine times the length term.
    func candidates(keeping count: Int) -> [[Candidate]] {
        let byAnchors = concurrentChunks(count: chinese.count) { range in
            var accumulator = [Float](repeating: 0, count: english.count)
            var touched: [Int32] = []
            return range.map { zh in
                anchorCandidates(of: zh, accumulator: &accumulator, touched: &touched)
            }
        }
        let ratio = lengthRatio(byAnchors)
        return byAnchors.enumerated().map { zh, list in
            let scored = list.map {
                Candidate(english: $0.english, score: $0.score * lengthTerm(zh, $0.english, ratio))
            }
            return Array(scored.sorted { ($1.score, $0.english) < ($0.score, $1.english) }.prefix(count))
        }
    }

    /// The English parts sharing anchors with Chinese part `zh`, the `indexCandidates` of highest cosine.
    private func anchorCandidates(of zh: Int, accumulator: inout [Float], touched: inout [Int32]) -> [Candidate] {
        for key in chinese[zh].keys {
            guard let slot = slots[key], let weight = weights[key] else { continue }
            for index in Int(postingStart[Int(slot)])..<Int(postingStart[Int(slot) + 1]) {
                let part = Int(postings[index])
                if accumulator[part] == 0 { touched.append(Int32(part)) }
                accumulator[part] += weight * weight
            }
        }
        var best: [Candidate] = []
        for part in touched {
            let index = Int(part)
            let cosine = Double(accumulator[index] / (chineseNorms[zh] * englishNorms[index]))
            accumulator[index] = 0
            guard best.count < Self.indexCandidates || cosine > (best.last?.score ?? 0) else { continue }
            let candidate = Candidate(english: index, score: cosine)
            let position = best.firstIndex { ($0.score, index) < (cosine, $0.english) } ?? best.endIndex
            best.insert(candidate, at: position)
            if best.count > Self.indexCandidates { best.removeLast() }
        }
        touched.removeAll(keepingCapacity: true)
        return best
    }

    /// The English to Chinese length ratio of the parts that pair most surely by anchors (each Chinese part's
    /// best candidate, cosine 0.3 or more): their median, or `defaultRatio` when fewer than three.
    private func lengthRatio(_ candidates: [[Candidate]]) -> Double {
        var ratios: [Double] = []
        for (zh, list) in candidates.enumerated() {
            guard let best = list.first, best.score >= 0.3, chinese[zh].length > 0 else { continue }
            ratios.append(english[best.english].length / chinese[zh].length)
        }
        guard ratios.count >= 3 else { return Self.defaultRatio }
        ratios.sort()
        return ratios[ratios.count / 2]
    }

    /// 1 when the parts' lengths are in `ratio`, less the further they are from it.
    private func lengthTerm(_ zh: Int, _ en: Int, _ ratio: Double) -> Double {
        let offset = log((english[en].length + 1) / ((chinese[zh].length + 1) * ratio))
        return exp(-offset * offset / (2 * Self.lengthSpread * Self.lengthSpread))
    }
}

extension PairingEvidence {
    /// What an English part holds before the Chinese parts are read: anchors and words, and the Latin
    /// tokens that count if a Chinese part writes them.
    fileprivate struct EnglishFound: Sendable {
        var keys: [UInt64]
        var latin: [UInt64]
        var length: Double
    }

    fileprivate static func english(_ part: PairingPart, extractor: AnchorExtractor, words: WordTokenizer?)
        -> EnglishFound
    {
        var found = EnglishFound(keys: [], latin: [], length: 0)
        for paragraph in part.passage.paragraphs {
            let anchors = extractor.english(paragraph.text)
            found.keys.append(contentsOf: anchors.keys.lazy.map(\.rawValue))
            for word in words?.words(paragraph.text, dropStopWords: true) ?? [] {
                found.keys.append(lexicalKey(word))
            }
            found.latin.append(contentsOf: anchors.latin)
            found.length += Double(paragraph.text.utf8.count)
        }
        found.keys = distinct(found.keys)
        found.latin = distinct(found.latin)
        return found
    }

    /// Romanised names are left to the alignment check (no English names are given to match): matched
    /// against the capitalised words of every English part, a Chinese part's Han runs find dozens of
    /// chance names.
    fileprivate static func chinese(_ part: PairingPart, extractor: AnchorExtractor, words: ChineseTokenizer?)
        -> Part
    {
        let texts = part.passage.paragraphs.map(\.text)
        var keys: [UInt64] = []
        var length = 0
        for text in texts {
            keys.append(contentsOf: extractor.chinese(text, names: Self.noNames).lazy.map(\.rawValue))
            if let words, let dictionary = words.dictionary {
                // Dictionary words of two characters or more: single characters translate too loosely.
                for word in words.words(text) where word.unicodeScalars.count > 1 {
                    for stem in dictionary.translations(of: word) { keys.append(lexicalKey(stem)) }
                }
            }
            length += AlignmentFeatures.chineseLength(text)
        }
        return Part(keys: distinct(keys), length: Double(length))
    }

    /// The key of an English stem (a lexicon translation's, or an English word's): apart from every
    /// `AnchorKey` kind.
    static func lexicalKey(_ stem: String) -> UInt64 {
        lexicalTag << 56 | (FNV1a.of(stem) & 0x00FF_FFFF_FFFF_FFFF)
    }

    /// The top byte of a lexical key.
    static let lexicalTag: UInt64 = 0x20
    /// How much a lexical key weighs beside an anchor of the same IDF: words are many, and loosely translated.
    static let lexicalWeight: Float = 0.4

    private static let noNames = HashTable<Void>()

    /// `keys` sorted, each once.
    static func distinct(_ keys: [UInt64]) -> [UInt64] {
        var sorted = keys.sorted()
        var unique = 0
        for index in sorted.indices where unique == 0 || sorted[index] != sorted[unique - 1] {
            sorted[unique] = sorted[index]
            unique += 1
        }
        sorted.removeLast(sorted.count - unique)
        return sorted
    }
}
