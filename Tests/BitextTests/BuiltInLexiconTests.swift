import Foundation
import Testing

@testable import Bitext

/// The built-in lexicon (Resources/lexicon.tsv, from CC-CEDICT) and how the aligner's options use it.
@Suite struct BuiltInLexiconTests {
    /// Words of the development documents (Sinorama's Tamsui River article, the Hansard of 21 June 1989,
    /// the UN documents) with a stem of their English.
    @Test(arguments: [
        ("淡水", "tamsui"), ("污染", "pollute"), ("環境", "environment"), ("高雄", "kaohsiung"),
        ("立法會", "legislative"), ("議員", "member"), ("政府", "government"), ("總統", "president"),
        ("河", "river"), ("經濟", "economy"),
    ])
    func wordsOfTheDevelopmentDocuments(word: String, english: String) {
        #expect(ChineseEnglishDictionary.builtIn.translations(of: word).contains(WordTokenizer.stem(english)))
    }

    /// Simplified headwords map to the Traditional entry's words.
    @Test(arguments: [("环境", "環境"), ("议员", "議員"), ("经济", "經濟")])
    func simplifiedFormsShareTheTraditionalEntry(simplified: String, traditional: String) {
        let builtIn = ChineseEnglishDictionary.builtIn
        #expect(!builtIn.translations(of: simplified).isEmpty)
        #expect(builtIn.translations(of: simplified) == builtIn.translations(of: traditional))
    }

    /// What the script leaves out: pointers ("variant of"), surnames, classifiers, stop words.
    @Test func glossesThatOnlyPointElsewhereAreLeftOut() {
        let builtIn = ChineseEnglishDictionary.builtIn
        let all = Set(builtIn.entries.values.flatMap(\.stems))
        for word in ["surname", "classifier", "the", "of", "sth", "sb"] {
            let found = all.contains(word)
            #expect(!found, "\(word)")
        }
        // Idioms (more than four characters) are not headwords.
        #expect(builtIn.longestWord <= 4)
        #expect(builtIn.entries.count > 100_000)
    }

    @Test func linesAreParsedAndStemmed() {
        let text = """
            # comment
            環境\t环境\tenvironment circumstances
            河\t\triver
            broken line
            """
        let dictionary = ChineseEnglishDictionary(lexiconData: Data(text.utf8))
        let stems = ["environment", WordTokenizer.stem("circumstances")]
        #expect(stems == ["environment", "circumstanc"])
        #expect(dictionary.translations(of: "環境") == stems)
        #expect(dictionary.translations(of: "环境") == stems)
        #expect(dictionary.translations(of: "河") == ["river"])
        #expect(dictionary.entries.count == 3)
    }

    /// The aligner's dictionary: built-in (with the gazetteer's names) by default, the user's on top,
    /// the user's alone with `builtInLexicon` off.
    @Test func optionsMergeTheUsersDictionaryOntoTheBuiltIn() throws {
        let user = try ChineseEnglishDictionary(text: "張芃芃 张芃芃 [Zhang1 Peng2 peng2] /Zhang Pengpeng/\n", name: "u")
        var options = AlignmentOptions()
        #expect(options.dictionary?.translations(of: "環境").contains("environment") == true)
        #expect(options.dictionary?.translations(of: "俄羅斯").contains("russia") == true)
        options.dictionary = user
        let merged = try #require(options.dictionary)
        #expect(merged.translations(of: "張芃芃") == ["zhang", "pengpeng"])
        #expect(merged.translations(of: "環境").contains("environment"))
        #expect(merged.includesNames)
        options.builtInLexicon = false
        #expect(options.dictionary == user)
        #expect(options.dictionary?.translations(of: "環境").isEmpty == true)
        // The lexicon of the aligner adds the gazetteer to a dictionary without it, once.
        #expect(Lexicon(dictionary: options.dictionary).dictionary?.translations(of: "俄羅斯").contains("russia") == true)
        #expect(Lexicon(dictionary: merged).dictionary == merged)
    }

    /// The built-in lexicon cuts Chinese into its words, as a user's dictionary did: 淡水河 (the Tamsui River,
    /// a gazetteer name merged into it) is one unit.
    @Test func chineseIsCutAtTheLexiconsWords() {
        let sentence = "淡水河的污染問題"
        let withLexicon = ChineseTokenizer(dictionary: AlignmentOptions().dictionary).words(sentence)
        #expect(withLexicon.first == "淡水河")
        #expect(withLexicon.contains("污染"))
        var without = AlignmentOptions()
        without.builtInLexicon = false
        #expect(!ChineseTokenizer(dictionary: without.dictionary).words(sentence).contains("污染"))
    }
}
