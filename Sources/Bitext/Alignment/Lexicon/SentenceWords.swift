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

    package init(
        chinese: [String], english: [String], dictionary: ChineseEnglishDictionary?, tokenizer: WordTokenizer
    ) {
        let chineseTokenizer = ChineseTokenizer(dictionary: dictionary)
        self.chinese = chinese.map(chineseTokenizer.words)
        englishSurface = english.map { tokenizer.words($0, dropStopWords: true, stemming: false) }
        self.english = englishSurface.map { $0.map(WordTokenizer.stem) }
    }
}
