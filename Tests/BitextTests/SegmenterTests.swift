import Testing

@testable import Bitext

/// The hard spots of sentence splitting, one table a language.
@Suite struct SegmenterTests {
    static let english: [(String, [String])] = [
        (
            "BEIJING, Feb. 24 (Xinhua) -- Chinese President Xi Jinping said on Monday that ties are good. He left.",
            [
                "BEIJING, Feb. 24 (Xinhua) -- Chinese President Xi Jinping said on Monday that ties are good.",
                "He left.",
            ]
        ),
        ("Mr. Xi met U.S. envoys. He left.", ["Mr. Xi met U.S. envoys.", "He left."]),
        ("The U.S. President spoke. In the U.S. The end.", ["The U.S. President spoke.", "In the U.S.", "The end."]),
        ("He went to the U.S. He came back.", ["He went to the U.S.", "He came back."]),
        (
            "Putin also briefed on the latest Russia-U.S. contacts.",
            ["Putin also briefed on the latest Russia-U.S. contacts."]
        ),
        ("Gen. He Weidong met Dr. Li and Gov. Brown.", ["Gen. He Weidong met Dr. Li and Gov. Brown."]),
        ("Vladimir V. Putin and John F. Kennedy.", ["Vladimir V. Putin and John F. Kennedy."]),
        ("They met on Jan. 21 and Sept. 3. Then left.", ["They met on Jan. 21 and Sept. 3.", "Then left."]),
        ("See No. 5 on Main St. The end.", ["See No. 5 on Main St.", "The end."]),
        ("He lives on St. Petersburg Road.", ["He lives on St. Petersburg Road."]),
        (
            "The talks ended at 10 a.m. Beijing time. He left at 3 p.m. Monday.",
            ["The talks ended at 10 a.m. Beijing time.", "He left at 3 p.m. Monday."]
        ),
        ("He arrived at 3 p.m. The meeting began.", ["He arrived at 3 p.m.", "The meeting began."]),
        ("It cost $3.5 million. He paid.", ["It cost $3.5 million.", "He paid."]),
        ("He said, \"Stop.\" Then he left.", ["He said, \"Stop.\"", "Then he left."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        (
            "Xi met Shoigu in Beijing, Feb. 28, 2025. (Xinhua/Liu Weibing)",
            ["Xi met Shoigu in Beijing, Feb. 28, 2025.", "(Xinhua/Liu Weibing)"]
        ),
        (
            "Xi says bilateral ties show China, Russia good neighbors",
            ["Xi says bilateral ties show China, Russia good neighbors"]
        ),
    ]

    static let chinese: [(String, [String])] = [
        (
            "新華社北京2月24日電 2月24日下午,國家主席習近平應約同俄羅斯總統普京通電話。習近平指出,中國很好。",
            ["新華社北京2月24日電 2月24日下午,國家主席習近平應約同俄羅斯總統普京通電話。", "習近平指出,中國很好。"]
        ),
        ("他說:「我們走。」然後離開。", ["他說:「我們走。」", "然後離開。"]),
        ("她問:“你好嗎?”他答:“好!”", ["她問:“你好嗎?”", "他答:“好!”"]),
        ("他說『好』。她說(好)。", ["他說『好』。", "她說(好)。"]),
        ("他說（這很好。）然後走了。", ["他說（這很好。）", "然後走了。"]),
        ("她說:『走吧！』他問:「為什麼？」", ["她說:『走吧！』", "他問:「為什麼？」"]),
        ("這是“四個應該”等基本主張。去年9月,中國同巴西一道。", ["這是“四個應該”等基本主張。", "去年9月,中國同巴西一道。"]),
        ("價格是3.5億元.他說好?是的!", ["價格是3.5億元.", "他說好?", "是的!"]),
        ("真的嗎？是的！好。", ["真的嗎？", "是的！", "好。"]),
        ("他走了。“我們走。”他說。", ["他走了。", "“我們走。”", "他說。"]),
        ("他走了。「我們走。」他說。", ["他走了。", "「我們走。」", "他說。"]),
        ("會見紹伊古。（新華社記者攝）", ["會見紹伊古。", "（新華社記者攝）"]),
        ("他說:\"走吧.\"然後走了。", ["他說:\"走吧.\"", "然後走了。"]),
        ("美國總統Mr. Trump說U.S.經濟很好。", ["美國總統Mr. Trump說U.S.經濟很好。"]),
        ("今年是2025年...我們很高興。一切順利……真好。", ["今年是2025年...我們很高興。", "一切順利……真好。"]),
        ("習近平同俄羅斯總統普京通電話", ["習近平同俄羅斯總統普京通電話"]),
        ("　第一句。　第二句。　", ["第一句。", "第二句。"]),
    ]

    @Test(arguments: english)
    func splitsEnglish(text: String, expected: [String]) throws {
        #expect(try Segmenter().split(text, language: .english).map(\.text) == expected)
    }

    @Test(arguments: chinese)
    func splitsChinese(text: String, expected: [String]) throws {
        #expect(try Segmenter().split(text, language: .chinese).map(\.text) == expected)
    }

    @Test(arguments: english.map(\.0) + chinese.map(\.0))
    func rangesAreTheTextsBytes(text: String) throws {
        let bytes = Array(text.utf8)
        for (sentence, range) in try Segmenter().split(text, language: .chinese) {
            #expect(String(decoding: bytes[range], as: UTF8.self) == sentence)
        }
    }

    @Test func emptyAndBlankTextHaveNoSentences() throws {
        #expect(try Segmenter().split("", language: .english).isEmpty)
        #expect(try Segmenter().split("  \u{3000} ", language: .chinese).isEmpty)
    }

    @Test func sentencesCarryPassagePositions() throws {
        let passage = Passage(
            language: .english,
            paragraphs: [
                Paragraph(id: 0, text: "One. Two.", line: 3, offset: 100),
                Paragraph(id: 1, text: "Three.", line: 5, offset: 200),
            ])
        let sentences = try Segmenter().sentences(of: passage)
        #expect(sentences.map(\.id) == [0, 1, 2])
        #expect(sentences.map(\.paragraph) == [0, 0, 1])
        #expect(sentences.map(\.line) == [3, 3, 5])
        #expect(sentences.map(\.range) == [100..<104, 105..<109, 200..<206])
    }

    @Test func presegmentedKeepsEveryParagraphAsOneSentence() throws {
        let passage = Passage(
            language: .english,
            paragraphs: [
                Paragraph(id: 0, text: "One. Two.", line: 1, offset: 0),
                Paragraph(id: 1, text: "", line: 2, offset: 10),
                Paragraph(id: 2, text: "Three.", line: 3, offset: 11),
            ])
        let sentences = try Segmenter().sentences(of: passage, presegmented: true)
        #expect(sentences.map(\.text) == ["One. Two.", "", "Three."])
        #expect(sentences.map(\.range) == [0..<9, 10..<10, 11..<17])
    }
}
