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

    /// Tasks transliterating at once (each borrowing its own ICU handle, or the memo) agree with one
    /// another and with long inputs, which are never remembered.
    @Test func transliteratesOnManyTasksAtOnce() async throws {
        let transliterator = try Transliterator("Hant-Hans")
        let words = ["國際", "聯合國", "經濟", "發展", "會議", "臺灣", "習近平", "中國"]
        let long = String(repeating: "聯合國經濟及社會理事會", count: 4)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (words + [long]).map { transliterator($0) } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let expected =
            ["国际", "联合国", "经济", "发展", "会议", "台湾", "习近平", "中国"]
            + [String(repeating: "联合国经济及社会理事会", count: 4)]
        #expect(results.count == 8)
        for result in results { #expect(result == expected) }
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
