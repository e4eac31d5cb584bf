/// Splits sentences into the words the lexical models count: ICU word breaks, lowercase.
///
/// Chinese uses ICU's `zh_Hant` word rules, whose dictionary segments Han text into words
/// (歷史和現實 → 歷史 和 現實); English uses `en`. Only letter, ideographic and number segments
/// are kept. English words are reduced to a crude stem (`neighbors` → `neighbor`) so that
/// dictionary glosses and text forms meet. Not thread-safe: give each task its own.
package final class WordTokenizer {
    private let chineseBreaks: BreakIterator
    private let englishBreaks: BreakIterator

    package init() throws(ICUError) {
        chineseBreaks = try BreakIterator(.word, locale: "zh_Hant")
        englishBreaks = try BreakIterator(.word, locale: "en")
    }

    /// The words of `text`, in order; stop words are kept unless `dropStopWords`, and Latin
    /// words are stemmed unless `stemming` is false.
    package func words(_ text: String, language: Language, dropStopWords: Bool = false, stemming: Bool = true)
        -> [String]
    {
        let iterator = language == .chinese ? chineseBreaks : englishBreaks
        guard let bounds = try? iterator.boundaries(in: text) else { return [] }
        let bytes = Array(text.utf8)
        var words: [String] = []
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            let status = end.status
            guard
                BreakIterator.WordStatus.letter.contains(status)
                    || BreakIterator.WordStatus.ideographic.contains(status)
                    || BreakIterator.WordStatus.number.contains(status)
            else { continue }
            let text = String(decoding: bytes[start.offset..<end.offset], as: UTF8.self)
            // Han has no case: only words with Latin (or other cased) letters are lowercased.
            let word = BreakIterator.WordStatus.ideographic.contains(status) ? text : text.lowercased()
            if dropStopWords, Self.isStopWord(word, language: language) { continue }
            let isLatin = BreakIterator.WordStatus.letter.contains(status) && word.utf8.allSatisfy { $0 < 0x80 }
            words.append(isLatin && stemming ? Self.stem(word) : word)
        }
        return words
    }

    /// Whether `word` carries little meaning for alignment (`the`, `of`; 的, 了).
    package static func isStopWord(_ word: String, language: Language) -> Bool {
        language == .chinese ? chineseStopWords.contains(word) : englishStopWords.contains(word)
    }

    /// A light English stem, the same for a gloss and its inflected forms in text:
    /// `countries` → `country`, `agreed` and `agree` → `agre`, `moving` → `mov`.
    package static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard bytes.count >= count else { return false }
            return suffix.withUTF8Buffer { suffix in
                var index = 0
                while index < count, bytes[bytes.count - count + index] == suffix[index] { index += 1 }
                return index == count
            }
        }
        if ends("'s") {
            bytes.removeLast(2)
        } else if ends("’s") {
            bytes.removeLast(4)
        }
        // Lengths count Characters ("’" is one Character, three bytes).
        var length = bytes.allSatisfy { $0 < 0x80 } ? bytes.count : String(decoding: bytes, as: UTF8.self).count
        guard length > 3 else { return String(decoding: bytes, as: UTF8.self) }
        if ends("ies"), length > 4 {
            bytes.removeLast(3)
            bytes.append(UInt8(ascii: "y"))
            length -= 2
        } else if ends("sses") {
            bytes.removeLast(2)
            length -= 2
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            bytes.removeLast()
            length -= 1
        }
        if ends("ing"), length > 5 {
            bytes.removeLast(3)
        } else if ends("ed"), length > 4 {
            bytes.removeLast(2)
        } else if ends("e"), length > 3 {
            bytes.removeLast()
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let englishStopWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "and", "or", "but",
        "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "which", "who", "whom", "he", "she", "they", "their", "them", "his", "her", "we",
        "our", "us", "i", "you", "not", "no", "so", "than", "then", "there", "also", "such", "any", "all",
        "into", "upon", "would", "will", "shall", "should", "can", "could", "may", "might", "do", "did",
        "said", "say", "other", "each", "both", "more", "most", "very", "if", "about", "over", "under",
    ]

    private static let chineseStopWords: Set<String> = [
        "的", "了", "和", "與", "与", "及", "是", "在", "也", "都", "而", "之", "並", "并", "就", "對", "对",
        "為", "为", "將", "将", "把", "被", "以", "於", "于", "其", "這", "这", "那", "等", "或", "向", "從",
        "从", "同", "由", "已", "上", "下", "着", "著", "過", "过", "所", "者",
    ]
}
