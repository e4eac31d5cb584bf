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

    /// Characters that carry text: all but whitespace (Unicode's White_Space), counted on UTF-8.
    private static func length(_ text: String) -> Double {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x09...0x0D, 0x20: break
                case ..<0x80: count += 1
                case 0x80..<0xC0: break  // a continuation byte: its scalar is counted at its lead
                default: if !isWhitespace(bytes, at: index) { count += 1 }
                }
                index += 1
            }
            return Double(count)
        }
    }

    /// Whether the multi-byte scalar starting at `index` is White_Space: U+0085, U+00A0, U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F or U+3000.
    @inline(__always)
    private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC2: return byte(1) == 0x85 || byte(1) == 0xA0
        case 0xE1: return byte(1) == 0x9A && byte(2) == 0x80
        case 0xE2:
            if byte(1) == 0x80 { return (0x80...0x8A).contains(byte(2)) || [0xA8, 0xA9, 0xAF].contains(byte(2)) }
            return byte(1) == 0x81 && byte(2) == 0x9F
        case 0xE3: return byte(1) == 0x80 && byte(2) == 0x80
        default: return false
        }
    }
}
