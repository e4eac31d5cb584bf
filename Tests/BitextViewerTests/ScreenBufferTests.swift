import Testing

@testable import BitextViewer

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoCells() {
        var screen = ScreenBuffer(width: 6, height: 1)
        let end = screen.write("中a文", row: 0, column: 0)
        #expect(end == 5)
        #expect(screen.text == "中a文")
        #expect(screen.lineWidths == [6])
    }

    @Test func aWideCharacterNeverSplitsAtTheEdge() {
        var screen = ScreenBuffer(width: 5, height: 1)
        screen.write("中文字", row: 0, column: 0)
        #expect(screen.line(0) == "中文 ")
        #expect(screen.lineWidths == [5])
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var screen = ScreenBuffer(width: 4, height: 1)
        screen.write("中文", row: 0, column: 0)
        screen.write("x", row: 0, column: 1)
        #expect(screen.line(0) == " x文")
        screen.write("y", row: 0, column: 2)
        #expect(screen.line(0) == " xy ")
        #expect(screen.lineWidths == [4])
    }

    @Test func writesOutsideTheScreenAreIgnored() {
        var screen = ScreenBuffer(width: 3, height: 1)
        screen.write("abc", row: 1, column: 0)
        screen.write("abc", row: -1, column: 0)
        screen.write("abc", row: 0, column: 5)
        #expect(screen.text == "")
        #expect(ScreenBuffer(width: -2, height: -1).text == "")
    }

    @Test func controlCharactersNeverReachTheFrame() {
        var screen = ScreenBuffer(width: 10, height: 1)
        screen.write("a\u{1B}[2Jb\u{7}", row: 0, column: 0)
        #expect(screen.text == "a[2Jb")
    }
}
