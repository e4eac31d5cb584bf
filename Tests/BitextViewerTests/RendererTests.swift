import Bitext
import Foundation
import Testing

@testable import BitextViewer

@Suite struct RendererTests {
    static func frame(_ pairs: [AlignedPair], width: Int, height: Int, cursor: Int = 0) -> ScreenBuffer {
        var state = ViewerState(session: ReviewSession(pairs: pairs), fileName: "004.jsonl")
        state.session.select(cursor)
        let layout = Layout(width: width, height: height, pairCount: pairs.count)
        state.scrollToCursor(in: layout)
        return Renderer(layout: layout).render(state)
    }

    @Test(arguments: [(80, 24), (100, 30), (120, 40), (60, 20), (43, 20), (30, 12), (12, 8)])
    func seed004(width: Int, height: Int) throws {
        let frame = Self.frame(try Golden.seed004(), width: width, height: height, cursor: 4)
        try Golden.check(frame, "seed004-\(width)x\(height)")
        #expect(frame.lineWidths == Array(repeating: width, count: height))
    }

    @Test func theColumnsLineUpWhateverTheText() throws {
        let layout = Layout(width: 100, height: 30, pairCount: 19)
        let frame = Self.frame(try Golden.seed004(), width: 100, height: 30)
        for row in 1..<(frame.height - 1) {
            let line = frame.line(row)
            if line.contains("⚑") { continue }  // a pair's flags run under both columns
            let separator = try #require(line.firstIndex { $0 == "│" || $0 == "┼" }, "row \(row) has no separator")
            #expect(line[..<separator].displayWidth == layout.chineseColumn.upperBound + 1, "row \(row): \(line)")
        }
    }

    @Test func aPairTallerThanTheScreenShowsItsStartAndWhatIsMissing() throws {
        let long = String(repeating: "中俄關係具有強大內生動力和獨特戰略價值。", count: 20)
        let pairs = [Golden.pair("短。", "Short.", id: 0), Golden.pair(long, "Long.", id: 1)]
        let frame = Self.frame(pairs, width: 60, height: 10, cursor: 1)
        try Golden.check(frame, "long-pair-60x10")
        #expect(frame.text.contains("more rows below"))
    }

    /// The `… N more rows below` line takes the longest wording that fits, never a cut word.
    @Test(arguments: [
        (60, "… N more rows below"), (20, "… N more"), (18, "… N more rows"), (12, "… N more"), (5, "…N"),
    ])
    func whatIsMissingFitsTheScreen(width: Int, expected: String) throws {
        let long = String(repeating: "中俄關係具有強大內生動力和獨特戰略價值。", count: 4)
        let frame = Self.frame([Golden.pair(long, "Long.", id: 1)], width: width, height: 8)
        let line = try #require((0..<frame.height).map(frame.line).first { $0.contains("…") })
        let shape = line.trimmingCharacters(in: CharacterSet(charactersIn: " >")).replacing(/[0-9]+/, with: "N")
        #expect(shape == expected)
    }

    @Test func longTextIsTruncatedNeverSpilled() throws {
        let word = String(repeating: "x", count: 300)
        let pairs = [Golden.pair(String(repeating: "字", count: 3), word, id: 0)]
        let frame = Self.frame(pairs, width: 50, height: 12)
        #expect(frame.lineWidths == Array(repeating: 50, count: 12))
        try Golden.check(frame, "hard-break-50x12")
    }

    @Test(arguments: [(0, 0), (1, 1), (5, 2), (3, 24), (200, 3)])
    func tinyScreensNeverCrash(width: Int, height: Int) throws {
        let frame = Self.frame(try Golden.seed004(), width: width, height: height, cursor: 10)
        #expect(frame.height == height)
        #expect(frame.lineWidths.allSatisfy { $0 == width })
    }

    @Test func anEmptyFileSaysSo() {
        let frame = Self.frame([], width: 80, height: 5)
        #expect(frame.text.contains("no pairs"))
        #expect(frame.text.contains("0/0"))
    }
}

@Suite struct StatusLineTests {
    @Test(arguments: [
        ("004_b1f2f82659ca7572.txt → 004_b1f2f82659ca7572.jsonl", 20, "004_b1f2f8…572.jsonl"),
        ("short.jsonl", 20, "short.jsonl"),
        ("中文檔名很長的檔案.jsonl", 12, "中文檔…jsonl"),
        ("abc", 1, "…"),
    ])
    func longNamesAreCutInTheMiddle(name: String, width: Int, expected: String) {
        let shortened = Renderer.shortened(name, to: width)
        #expect(shortened == expected)
        #expect(shortened.displayWidth <= width)
    }

    @Test func aNarrowScreenKeepsThePositionAndTheMarker() {
        var state = ViewerState(
            session: ReviewSession(pairs: [Golden.pair("一。", "One.", id: 0)]),
            fileName: "004_b1f2f82659ca7572.txt → 004_b1f2f82659ca7572.jsonl")
        state.session.toggleAccept()
        let frame = Renderer(layout: Layout(width: 60, height: 5, pairCount: 1)).render(state)
        #expect(frame.line(4) == " 004_b1f2f82659ca…659ca7572.jsonl [+]  1/1 +1 ✗0 ⚑0  ? help ")
    }
}
