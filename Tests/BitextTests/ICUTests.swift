import Testing

@testable import Bitext

@Suite struct ICUTests {
    @Test func sentenceBreaksKeepAbbreviations() throws {
        let segmenter = try Segmenter()
        let parts = try segmenter.split(
            "BEIJING, Feb. 24 (Xinhua) -- Mr. Xi met U.S. envoys. He left.", language: .english)
        #expect(parts.map(\.text) == ["BEIJING, Feb. 24 (Xinhua) -- Mr. Xi met U.S. envoys.", "He left."])
    }

    @Test func transliteratesHanToPinyin() throws {
        let transliterator = try #require(Transliterator.hanToLatin)
        #expect(transliterator("習近平") == "xi jin ping")
    }

    @Test func parsesChineseNumerals() throws {
        let parser = try #require(SpelloutParser.chinese)
        #expect(parser.value(of: "八十") == 80)
        #expect(parser.value(of: "一千三百萬") == 13_000_000)
    }

    @Test(arguments: [("習", 2), ("a", 1), ("，", 2), ("\u{301}", 0)])
    func displayWidth(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }
}
