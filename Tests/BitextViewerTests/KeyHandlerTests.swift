import Bitext
import BitextTestSupport
import Foundation
import Testing

@testable import BitextViewer

/// Drives the viewer with keys as a reviewer would, checking state, effects and frames.
@Suite struct KeyHandlerTests {
    let handler: KeyHandler
    let layout = Layout(width: 100, height: 30, pairCount: 19)
    var state: ViewerState

    init() throws {
        handler = KeyHandler(segmenter: try Segmenter())
        state = Viewer(path: "004.jsonl").initialState(try Golden.seed004())
    }

    /// Presses `keys` (a string of plain keys, or Key values) and returns the last effect.
    @discardableResult
    mutating func press(_ keys: Key...) -> Effect {
        var effect = Effect.none
        for key in keys { (state, effect) = handler.handle(key, in: state, layout: layout) }
        return effect
    }

    @discardableResult
    mutating func type(_ text: String) -> Effect {
        var effect = Effect.none
        for character in text { effect = press(.character(character)) }
        return effect
    }

    var frame: ScreenBuffer { Renderer(layout: layout).render(state) }

    @Test mutating func theFirstScreen() throws {
        try Golden.check(frame, "keys-first-screen")
        #expect(frame.line(29).contains("19 pairs · ? for the keys"))
    }

    @Test mutating func movingScrollsToKeepThePairOnScreen() throws {
        type("jjjjjjjjjj")
        #expect(state.session.cursor == 10)
        #expect(state.top > 0)
        try Golden.check(frame, "keys-moved-down")
        press(.up, .up)
        #expect(state.session.cursor == 8)
        type("G")
        #expect(state.session.cursor == 18)
        press(.home)
        #expect(state.session.cursor == 0)
        #expect(state.top == 0)
    }

    @Test mutating func pagesMoveByWhatTheScreenHolds() {
        press(.pageDown)
        let firstPage = state.session.cursor
        #expect(firstPage == 6)  // pairs 1–6 fill the first screen
        #expect(state.top == firstPage)
        press(.pageDown, .pageDown, .pageDown, .pageDown)
        #expect(state.session.cursor == 18)
        press(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
        #expect(state.session.cursor == 0)
    }

    /// Page down then page up comes back to each page, on pairs of any height and on screens
    /// whose height leaves an odd number of rows.
    @Test(arguments: [(100, 30), (100, 29), (80, 24), (40, 15)], [false, true])
    func pageUpRetracesPageDown(size: (width: Int, height: Int), control: Bool) throws {
        let seed = try Golden.seed004()
        let filler = (0..<40).map { Golden.pair("第\($0)句。", "Line \($0).", id: 100 + $0) }
        let pairs = seed + filler + seed
        let layout = Layout(width: size.width, height: size.height, pairCount: pairs.count)
        let handler = KeyHandler(segmenter: try Segmenter())
        var state = Viewer(path: "x.jsonl").initialState(pairs)
        var visited: [Int] = []
        while state.session.cursor < pairs.count - 1 {
            visited.append(state.top)
            (state, _) = handler.handle(control ? .control("f") : .pageDown, in: state, layout: layout)
        }
        for top in visited.reversed() {
            (state, _) = handler.handle(control ? .control("b") : .pageUp, in: state, layout: layout)
            #expect(state.top == top)
            #expect(state.session.cursor == top)
        }
    }

    /// Without a page down to go back to, page up shows as many pairs as page down would.
    @Test(arguments: [29, 30])
    func pageUpFillsThePageAbove(height: Int) throws {
        let pairs = (0..<60).map { Golden.pair("第\($0)句。", "Line \($0).", id: $0) }
        let layout = Layout(width: 100, height: height, pairCount: pairs.count)
        var state = Viewer(path: "x.jsonl").initialState(pairs)
        state.session.select(40)
        state.top = 40
        let previous = state.startOfPreviousPage(in: layout)
        state.top = previous
        #expect(state.endOfPage(in: layout) == 40)
        #expect(40 - previous == 14)  // 14 one-row pairs and their rules: 27 or 28 rows
    }

    @Test mutating func mergeShowsTheMergedPairAndTheUnsavedMarker() throws {
        type("jjjm")
        #expect(state.session.count == 18)
        #expect(state.session.entries[3].pair.bead == Bead(chinese: [0, 4], english: [3, 4]))
        #expect(state.message == "merged pairs 4 and 5")
        try Golden.check(frame, "keys-merged")
        #expect(frame.line(29).hasPrefix(" 004.jsonl [+]  4/18"))
    }

    @Test mutating func undoTakesBackAMergeAndTheMarker() throws {
        type("jjjmu")
        #expect(state.session.count == 19)
        #expect(state.message == "undid the merge of pairs 4 and 5")
        #expect(!frame.line(29).contains("[+]"))
        type("u")
        #expect(state.message == "nothing to undo")
    }

    @Test mutating func splitUndoesTheMerge() throws {
        type("jjjm")
        type("s")
        #expect(state.session.count == 19)
        // Each pair comes back whole: beads, texts, confidence, flags, crossing, paragraphs.
        #expect(state.session.pairs == (try Golden.seed004()))
        #expect(state.message == "split pair 4")
        #expect(state.session.isDirty)
        try Golden.check(frame, "keys-split")
    }

    @Test mutating func searchFindsEitherSideThenNextAndPrevious() throws {
        type("/")
        type("putin")
        try Golden.check(frame, "keys-search-prompt")
        press(.enter)
        #expect(state.session.cursor == 5)  // "Vladimir Putin" in pair 6
        type("n")
        #expect(state.session.cursor == 15)
        type("N")
        #expect(state.session.cursor == 5)
        type("/普京表示")
        press(.enter)
        #expect(state.session.entries[state.session.cursor].pair.bead.chinese == [8])
        type("/nowhere")
        press(.enter)
        #expect(state.message == "not found: nowhere")
        type("/abc")
        press(.escape)
        #expect(state.mode == .browsing)
        #expect(state.session.query == "nowhere")
    }

    @Test mutating func bracketsJumpToPairsToCheck() {
        type("]")
        #expect(state.session.cursor == 1)
        // Pairs 7 to 13 are confident and clean; 14 is low and flagged; 16 to 19 crossed.
        type("jjjjj]")
        #expect(state.session.cursor == 13)
        type("]")
        #expect(state.session.cursor == 15)
        type("[[")
        #expect(state.session.cursor == 5)
        type("G]")
        #expect(state.message == "no pair to check below")
    }

    @Test mutating func acceptAndRejectMarkAndMoveOn() throws {
        type("axa")
        #expect(state.session.cursor == 3)
        #expect(state.session.acceptedCount == 2)
        #expect(state.session.rejectedCount == 1)
        try Golden.check(frame, "keys-marked")
    }

    @Test mutating func saveIsAnEffectAndClearsTheMarker() throws {
        type("m")
        #expect(type("w") == .save)
        let directory = try TemporaryFolder("viewer")
        defer { directory.remove() }
        let path = directory.path("out.jsonl")
        state.session.select(5)
        state.session.toggleReject()
        #expect(Viewer(path: "004.jsonl", saveAs: path).save(&state))
        #expect(state.message == "saved 17 pairs to out.jsonl (1 rejected left out)")
        #expect(!state.session.isDirty)
        let saved = try JSONLFormat().read(try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
        #expect(saved.count == 17)
        #expect(
            saved[0].english == "We will stay firmly rooted in Chinese culture. We will collect and refine "
                + "the defining symbols and best elements of Chinese culture and showcase them to the world.")
    }

    @Test mutating func aFileChangedOnDiskIsOverwrittenOnlyWhenConfirmed() throws {
        let directory = try TemporaryFolder("viewer")
        defer { directory.remove() }
        let path = directory.path("out.jsonl")
        let viewer = Viewer(path: "004.jsonl", saveAs: path)
        type("m")
        #expect(viewer.save(&state))
        // Another program appends a pair.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"zh\":\"加。\",\"en\":\"Added.\"}\n".utf8))
        try handle.close()
        let changed = try Data(contentsOf: URL(fileURLWithPath: path))
        type("a")
        #expect(type("w") == .save)
        #expect(!viewer.save(&state))
        #expect(state.mode == .confirmingOverwrite(quitting: false))
        #expect(frame.line(29).contains("file changed on disk since it was opened or saved: w again to overwrite"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == changed)
        #expect(type("x") == .none)
        #expect(state.message == "not saved: the file on disk is left as it is")
        #expect(state.session.isDirty)
        // Quitting's save asks too, and `w` then overwrites and quits.
        #expect(viewer.save(&state, quitting: true) == false)
        #expect(type("w") == .overwrite(quitting: true))
        #expect(viewer.save(&state, overwrite: true))
        #expect(!state.session.isDirty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != changed)
        // Once saved, the next save needs no confirmation.
        type("a")
        #expect(viewer.save(&state))
    }

    @Test mutating func aFailedSaveSaysWhyAndKeepsTheMarker() {
        type("m")
        let viewer = Viewer(path: "004.jsonl", saveAs: "/nonexistent-dir/out.jsonl")
        #expect(!viewer.save(&state))
        #expect(state.message == "/nonexistent-dir/out.jsonl: cannot write: no directory /nonexistent-dir")
        #expect(state.session.isDirty)
    }

    @Test mutating func quitAsksWhenThereIsUnsavedWork() throws {
        #expect(type("q") == .quit)
        type("m")
        #expect(type("q") == .none)
        #expect(state.mode == .confirmingQuit)
        try Golden.check(frame, "keys-confirm-quit")
        #expect(type("x") == .none)
        #expect(state.message == "not quitting")
        type("q")
        #expect(type("y") == .saveAndQuit)
        type("q")
        #expect(press(.control("c")) == .quit)
    }

    @Test mutating func helpOverlayShowsTheKeysAndAnyKeyClosesIt() throws {
        type("?")
        try Golden.check(frame, "keys-help")
        type("j")
        #expect(state.mode == .browsing)
        #expect(state.session.cursor == 0)
    }

    @Test mutating func unknownKeysPointToTheHelp() {
        type("Z")
        #expect(state.message == "unknown key: press ? for help")
    }
}

extension KeyHandlerTests {
    @Test mutating func savingTMXSaysWhatItLeftOut() throws {
        let directory = try TemporaryFolder("viewer")
        defer { directory.remove() }
        let path = directory.path("out.tmx")
        state.session.select(6)
        state.session.toggleReject()
        #expect(Viewer(path: "004.jsonl", saveAs: path).save(&state))
        #expect(state.message == "saved 15 pairs to out.tmx (1 rejected, 3 one-sided left out)")
    }
}
