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
