import Testing

@testable import BitextViewer

@Suite struct TextWrapperTests {
    @Test(arguments: [
        // Han characters are two columns: five to a line of 10.
        ("習近平同俄羅斯總統普京通電話", 10, ["習近平同俄", "羅斯總統普", "京通電話"]),
        // An odd width leaves a column free rather than splitting a character.
        ("習近平同俄羅斯", 7, ["習近平", "同俄羅", "斯"]),
        // English breaks after spaces, never inside a word.
        ("Xi says bilateral ties show", 12, ["Xi says", "bilateral", "ties show"]),
        // A word wider than the line is broken hard.
        ("antidisestablishment", 8, ["antidise", "stablish", "ment"]),
        // Mixed: digits and Latin stay together, Han breaks anywhere.
        ("2月24日下午,國家主席", 8, ["2月24日", "下午,國", "家主席"]),
        // Closing punctuation never starts a line: the character before comes along.
        ("中俄是好鄰居。真朋友", 12, ["中俄是好鄰", "居。真朋友"]),
        // Opening punctuation never ends a line.
        ("提出“四個應該”主張", 6, ["提出", "“四個", "應該”", "主張"]),
        // Tabs, line breaks and escapes become spaces; nothing reaches the terminal raw.
        ("a\tb\nc\u{1B}[31md", 20, ["a b c [31md"]),
        ("", 10, [""]),
    ])
    func wraps(text: String, width: Int, expected: [String]) {
        #expect(TextWrapper.wrap(text, width: width) == expected)
    }

    @Test(arguments: [1, 2, 3, 7, 20, 41])
    func neverExceedsTheWidth(width: Int) throws {
        let text =
            "歷史和現實昭示我們,中俄是搬不走的好鄰居 BEIJING, Feb. 24 (Xinhua) -- Chinese President "
            + "Xi Jinping said on Monday that history and reality show「四個應該」。"
        let lines = TextWrapper.wrap(text, width: width)
        for line in lines { #expect(line.displayWidth <= max(width, 2)) }
        // Every visible character survives the wrapping.
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }
}
