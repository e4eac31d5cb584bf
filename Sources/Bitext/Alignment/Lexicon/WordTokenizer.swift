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
        var word = Substring(word)
        if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
        guard word.count > 3 else { return String(word) }
        if word.hasSuffix("ies"), word.count > 4 {
            word = word.dropLast(3) + "y"
        } else if word.hasSuffix("sses") {
            word = word.dropLast(2)
        } else if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            word = word.dropLast()
        }
        if word.hasSuffix("ing"), word.count > 5 {
            word = word.dropLast(3)
        } else if word.hasSuffix("ed"), word.count > 4 {
            word = word.dropLast(2)
        } else if word.hasSuffix("e"), word.count > 3 {
            word = word.dropLast()
        }
        return String(word)
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
