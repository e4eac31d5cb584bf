import Foundation
import Testing

@testable import Bitext

@Suite struct WordTranslationModelTests {
    /// 書 book, 房子 house, 這 this, 一 a: EM moves probability mass to the right pairs.
    static let corpus: [(chinese: [String], english: [String])] = [
        (["這", "書"], ["this", "book"]), (["這", "房子"], ["this", "house"]), (["一", "書"], ["a", "book"]),
        (["一", "房子"], ["a", "house"]), (["這", "一", "書"], ["this", "a", "book"]),
        (["這", "一", "房子"], ["this", "a", "house"]),
    ]

    static func model(iterations: Int) -> (WordTranslationModel, Vocabulary, Vocabulary) {
        var chinese = Vocabulary()
        var english = Vocabulary()
        let pairs = corpus.map { pair in (pair.chinese.map { chinese.id($0) }, pair.english.map { english.id($0) }) }
        let model = WordTranslationModel.train(
            pairs: pairs, chineseCount: chinese.count, englishCount: english.count, iterations: iterations)
        return (model, chinese, english)
    }

    @Test func probabilitiesMoveTheRightWay() throws {
        let (first, zh, en) = Self.model(iterations: 1)
        let (trained, _, _) = Self.model(iterations: 8)
        let book = try #require(zh.lookup("書"))
        let house = try #require(zh.lookup("房子"))
        let bookEn = try #require(en.lookup("book"))
        let houseEn = try #require(en.lookup("house"))
        let this = try #require(en.lookup("this"))
        #expect(trained.probability(english: bookEn, given: book) > first.probability(english: bookEn, given: book))
        #expect(trained.probability(english: this, given: book) < first.probability(english: this, given: book))
        #expect(trained.probability(english: bookEn, given: book) > 0.5)
        #expect(trained.translations(of: house).first?.english == houseEn)
        // Scores: a translation beats a mismatched pair.
        #expect(
            trained.logOdds(chinese: [book], english: [bookEn]) > trained.logOdds(chinese: [house], english: [bookEn]))
    }

    @Test func lexiconLearnsFromPairs() {
        var lexicon = Lexicon(names: false)
        lexicon.learn(from: Self.corpus, iterations: 8)
        #expect(lexicon.translations(of: "書").first == "book")
        #expect(lexicon.translations(of: "房子").first == "house")
    }

    /// A word seen in fewer than three training sentences gets no learned translations: its
    /// "translations" would only be the words of its sentences.
    @Test func rareWordsLearnNothing() {
        var lexicon = Lexicon(names: false)
        lexicon.learn(from: Self.corpus + [(["貓"], ["cat"]), (["貓", "書"], ["cat", "book"])], iterations: 8)
        #expect(lexicon.translations(of: "貓").isEmpty)
        #expect(lexicon.translations(of: "書").first == "book")
    }
}

@Suite struct ChineseEnglishDictionaryTests {
    static let sample = """
        # CC-CEDICT
        #! version=1
        總統 总统 [zong3 tong3] /president (of a country)/CL:個|个[ge4],位[wei4]/
        烏 乌 [Wu1] /abbr. for Ukraine 烏克蘭|乌克兰[Wu1 ke4 lan2]/
        着 著 [zhe5] /variant of 著|着[zhe5]/
        鄰居 邻居 [lin2 ju1] /neighbor/next door/CL:個|个[ge4]/\r

        """

    @Test func parsesEntries() throws {
        let dictionary = try ChineseEnglishDictionary(text: Self.sample, name: "sample.u8")
        #expect(dictionary.translations(of: "總統") == ["president"])
        #expect(dictionary.translations(of: "总统") == ["president"])
        #expect(dictionary.translations(of: "烏") == ["ukrain"])
        #expect(dictionary.translations(of: "着").isEmpty)
        #expect(dictionary.translations(of: "鄰居") == ["neighbor", "next", "door"])
    }

    @Test func cutsHanTextAtTheLongestHeadwords() throws {
        let dictionary = try ChineseEnglishDictionary(text: Self.sample, name: "sample.u8")
        #expect(ChineseTokenizer(dictionary: dictionary).words("鄰居的總統府") == ["鄰居", "總統", "府"])
    }

    @Test(arguments: [
        (
            "總統 总统 [zong3 tong3] /president/\n習近平 习近平 Xi Jinping\n",
            "d.u8:2: expected 'TRADITIONAL SIMPLIFIED [PIN1 YIN1] /gloss/…/', found '習近平 习近平 Xi Jinping'"
        ),
        (
            "# comment\n總統 总统 [zong3 tong3] president\n",
            "d.u8:2: expected 'TRADITIONAL SIMPLIFIED [PIN1 YIN1] /gloss/…/', found '總統 总统 [zong3 tong3] president'"
        ),
        (
            "總統 总统 [zong3 tong3] //\n",
            "d.u8:1: expected 'TRADITIONAL SIMPLIFIED [PIN1 YIN1] /gloss/…/', found '總統 总统 [zong3 tong3] //'"
        ),
    ])
    func reportsMalformedLines(text: String, message: String) {
        #expect(throws: DictionaryError.self) { try ChineseEnglishDictionary(text: text, name: "d.u8") }
        do {
            _ = try ChineseEnglishDictionary(text: text, name: "d.u8")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func readsTheFixture() throws {
        let dictionary = try Seed004.dictionary()
        #expect(dictionary.entries.count > 150)
        #expect(dictionary.translations(of: "歷史") == ["history"])
        #expect(dictionary.translations(of: "俄").contains("russia"))
    }

    @Test func missingFile() {
        #expect(
            throws: DictionaryError(
                file: "/nonexistent/cedict_ts.u8", message: "cannot read the dictionary (no such file)",
                isBadData: false)
        ) {
            try ChineseEnglishDictionary(contentsOfFile: "/nonexistent/cedict_ts.u8")
        }
    }

    @Test func tokenizerKeepsWordsAndStems() throws {
        let tokenizer = try WordTokenizer()
        #expect(
            tokenizer.words("The neighbors agreed, 80 countries.", dropStopWords: true) == [
                "neighbor", "agre", "80", "country",
            ])
    }
}

@Suite struct ChineseTokenizerTests {
    /// Characters but for the gazetteer's names; letters and digits as words; stop characters alone dropped.
    @Test(arguments: [
        ("歷史和現實昭示我們", ["歷", "史", "現", "實", "昭", "示", "我", "們"]),
        ("習近平同俄羅斯總統普京通電話", ["習近平", "俄羅斯", "總", "統", "普京", "通", "電", "話"]),
        ("金磚國家BRICS與G20的2025年", ["金磚國家", "bric", "g20", "2025", "年"]),
        ("增長3.5%,達1,300萬人", ["增", "長", "3.5", "達", "1,300", "萬", "人"]),
        ("ＷＴＯ成員１２個", ["wto", "成", "員", "12", "個"]),
        ("U.S.和China’s", ["u.s", "china’s"]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(ChineseTokenizer(dictionary: .gazetteer).words(text) == expected)
    }
}

@Suite struct WordTokenizerTests {
    /// Stems as the first (Substring-based) implementation made them: glosses and text forms meet.
    @Test(arguments: [
        ("countries", "country"), ("agreed", "agre"), ("agree", "agre"), ("moving", "mov"),
        ("neighbors", "neighbor"), ("xinhua's", "xinhua"), ("putin’s", "putin"), ("classes", "class"),
        ("status", "status"), ("basis", "basis"), ("us", "us"), ("ties", "tie"), ("ring", "ring"),
        ("bringing", "bring"), ("used", "used"), ("uses", "use"), ("fed", "fed"), ("needs", "need"),
        ("the", "the"), ("lies", "lie"), ("series", "sery"), ("assess", "assess"), ("it's", "it"),
    ])
    func stem(word: String, expected: String) {
        #expect(WordTokenizer.stem(word) == expected)
    }
}
