/// Splits English sentences into the words the lexical models count: ICU word breaks, lowercase.
///
/// Only letter, ideographic and number segments are kept. Words are reduced to a crude stem
/// (`neighbors` → `neighbor`) so that dictionary glosses and text forms meet. Chinese has its own
/// tokenizer (`ChineseTokenizer`). Not thread-safe: give each task its own.
package final class WordTokenizer {
    private let breaks: BreakIterator
    /// Boundaries found without ICU (`EnglishWordBreaks`), reused sentence after sentence.
    private var offsets: [Int64] = []
    private var statuses: [Int32] = []

    package init() throws(ICUError) {
        breaks = try BreakIterator(.word, locale: "en")
    }

    /// The words of `text`, in order; stop words are kept unless `dropStopWords`, and Latin
    /// words are stemmed unless `stemming` is false.
    package func words(_ text: String, dropStopWords: Bool = false, stemming: Bool = true) -> [String] {
        var text = text
        var words: [String] = []
        text.withUTF8 { bytes in
            let collect = { (offsets: UnsafeBufferPointer<Int64>, statuses: UnsafeBufferPointer<Int32>) in
                Self.collect(bytes, offsets, statuses, dropStopWords: dropStopWords, stemming: stemming, into: &words)
            }
            if EnglishWordBreaks.fill(bytes, offsets: &offsets, statuses: &statuses) {
                offsets.withUnsafeBufferPointer { offsets in statuses.withUnsafeBufferPointer { collect(offsets, $0) } }
            } else {
                _ = try? breaks.withBoundaries(in: bytes, collect)
            }
        }
        return words
    }

    /// Appends the words of `bytes` between the boundaries `offsets` whose segments' rule statuses are
    /// `statuses`.
    private static func collect(
        _ bytes: UnsafeBufferPointer<UInt8>, _ offsets: UnsafeBufferPointer<Int64>,
        _ statuses: UnsafeBufferPointer<Int32>, dropStopWords: Bool, stemming: Bool, into words: inout [String]
    ) {
        words.reserveCapacity(words.count + offsets.count / 2 + 1)
        for index in offsets.indices.dropFirst() {
            let status = statuses[index]
            let ideographic = BreakIterator.WordStatus.ideographic.contains(status)
            guard
                ideographic || BreakIterator.WordStatus.letter.contains(status)
                    || BreakIterator.WordStatus.number.contains(status)
            else { continue }
            let piece = UnsafeBufferPointer(rebasing: bytes[Int(offsets[index - 1])..<Int(offsets[index])])
            if dropStopWords, isStopWord(piece) { continue }
            // Han has no case: only words with Latin (or other cased) letters are lowercased.
            guard !ideographic else {
                words.append(String(decoding: piece, as: UTF8.self))
                continue
            }
            let word = lowercased(piece)
            let isLatin = BreakIterator.WordStatus.letter.contains(status) && word.utf8.allSatisfy { $0 < 0x80 }
            words.append(isLatin && stemming ? stem(word) : word)
        }
    }

    /// `bytes` as a lowercase string: ASCII byte by byte, other text by Unicode's rules.
    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            return bytes.count
        }
    }

    /// Whether the word of UTF-8 `bytes` carries little meaning for alignment (`the`, `of`), in any case
    /// (as the lowercased word would).
    private static func isStopWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let packed = packedLowercase(bytes) else { return false }
        return stopWords.contains(packed)
    }

    /// Up to 8 ASCII letters, lowercased, as the bytes of an integer; nil for other words.
    @inline(__always)
    private static func packedLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            packed = packed << 8 | UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        return packed
    }

    /// A light English stem, the same for a gloss and its inflected forms in text:
    /// `countries` → `country`, `agreed` and `agree` → `agre`, `moving` → `mov`.
    package static func stem(_ word: String) -> String {
        var copy = word
        return copy.withUTF8 { stemmed($0) } ?? word
    }

    /// The stem of the word of UTF-8 `bytes` (see `stem`), or nil when it is the word itself.
    private static func stemmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var end = bytes.count
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard end >= count else { return false }
            return suffix.withUTF8Buffer { suffix in
                var index = 0
                while index < count, bytes[end - count + index] == suffix[index] { index += 1 }
                return index == count
            }
        }
        if ends("'s") {
            end -= 2
        } else if ends("’s") {
            end -= 4
        }
        // Lengths count Characters ("’" is one Character, three bytes).
        let head = UnsafeBufferPointer(rebasing: bytes[0..<end])
        var length = head.allSatisfy { $0 < 0x80 } ? end : String(decoding: head, as: UTF8.self).count
        var y = false
        if length > 3 {
            if ends("ies"), length > 4 {
                end -= 3
                y = true
                length -= 2
            } else if ends("sses") {
                end -= 2
                length -= 2
            } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
                end -= 1
                length -= 1
            }
            // A stem ending in the "y" of "ies" ends in none of these.
            if y {
            } else if ends("ing"), length > 5 {
                end -= 3
            } else if ends("ed"), length > 4 {
                end -= 2
            } else if ends("e"), length > 3 {
                end -= 1
            }
        }
        guard end < bytes.count || y else { return nil }
        var stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
        if y { stem.append("y") }
        return stem
    }

    /// The stop words as `packedLowercase` packs them.
    private static let stopWords: Set<UInt64> = Set(
        stopWordList.compactMap { word in
            var word = word
            return word.withUTF8 { packedLowercase($0) }
        })

    private static let stopWordList: [String] = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "and", "or", "but",
        "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "which", "who", "whom", "he", "she", "they", "their", "them", "his", "her", "we",
        "our", "us", "i", "you", "not", "no", "so", "than", "then", "there", "also", "such", "any", "all",
        "into", "upon", "would", "will", "shall", "should", "can", "could", "may", "might", "do", "did",
        "said", "say", "other", "each", "both", "more", "most", "very", "if", "about", "over", "under",
    ]
}
