/// The content words of each sentence of a document pair, tokenised once for every lexicon.
///
/// Chinese words are characters and the dictionary's headwords (`ChineseTokenizer`); English words
/// come from ICU's word breaks, kept as written and stemmed (`WordTokenizer`). Stop words are dropped.
package struct SentenceWords: Sendable {
    /// Chinese words of each sentence.
    package private(set) var chinese: [[String]]
    /// English words of each sentence, stemmed.
    package private(set) var english: [[String]]
    /// English words as written (romanised names are matched as written).
    package private(set) var englishSurface: [[String]]
    /// Characters that carry text (all but whitespace) in each sentence.
    package private(set) var chineseLength: [Double]
    package private(set) var englishLength: [Double]

    package init(
        chinese: [String], english: [String], dictionary: ChineseEnglishDictionary?, tokenizer: WordTokenizer
    ) {
        let chineseTokenizer = ChineseTokenizer(dictionary: dictionary)
        self.chinese = chinese.map(chineseTokenizer.words)
        englishSurface = english.map { tokenizer.words($0, dropStopWords: true, stemming: false) }
        self.english = englishSurface.map { $0.map(WordTokenizer.stem) }
        chineseLength = chinese.map(Self.length)
        englishLength = english.map(Self.length)
    }

    /// Characters that carry text: all but whitespace.
    private static func length(_ text: String) -> Double {
        Double(text.unicodeScalars.count { !isWhitespace($0) })
    }

    /// Unicode's White_Space property, without the property lookup for every Han character.
    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
