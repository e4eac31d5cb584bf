import Bitext

/// What the viewer must do after a key, beyond showing the new state.
package enum Effect: Sendable, Hashable {
    case none
    /// Write the pairs to the file.
    case save
    /// Write the pairs, then quit.
    case saveAndQuit
    /// Write the pairs over a file changed on disk, as the reviewer confirmed; then quit if `quitting`.
    case overwrite(quitting: Bool)
    case quit
}

/// Maps a key and the current state to the next state and an effect: the viewer's behaviour
/// without a terminal.
package struct KeyHandler {
    private let segmenter: Segmenter

    package init(segmenter: Segmenter) {
        self.segmenter = segmenter
    }

    /// The help overlay's lines.
    package static let help = [
        "Keys",
        "j k  ↓ ↑        next / previous pair",
        "PgDn PgUp Space next / previous page",
        "Ctrl-F Ctrl-B   next / previous page",
        "g G  Home End   first / last pair",
        "/ text  Enter   search both sides (Esc cancels)",
        "n N             next / previous match",
        "] [             next / previous unmarked pair to check",
        "                (confidence < 0.8, flagged, ⇄, one-sided)",
        "m               merge with the next pair",
        "s               split: a merged pair back, else by sentence",
        "a               accept (+) and go to the next pair",
        "x               reject (✗) and go to the next pair",
        "u               undo (100 levels)",
        "w               save; rejected pairs are left out",
        "q  Ctrl-C       quit (asks when there are unsaved changes)",
        "?  h            this help      Ctrl-L  redraw",
        "",
        "Confidence: ✓ ≥ 0.8   ~ ≥ 0.5   ! below   ⇄ crossing   ⚑ flags",
        "Status line: [+] unsaved changes",
    ]

    /// The state after `key` and what the viewer must do, on a screen of `layout`.
    package func handle(_ key: Key, in state: ViewerState, layout: Layout) -> (ViewerState, Effect) {
        var state = state
        state.message = nil
        let before = (cursor: state.session.cursor, top: state.top, count: state.session.count)
        let effect: Effect
        switch state.mode {
        case .help:
            state.mode = .browsing
            effect = .none
        case .searching(let query):
            effect = typeQuery(key, query: query, in: &state)
        case .confirmingQuit:
            effect = confirmQuit(key, in: &state)
        case .confirmingOverwrite(let quitting):
            state.mode = .browsing
            if key == .character("w") || key == .character("y") {
                effect = .overwrite(quitting: quitting)
            } else {
                effect = .none
                state.message = "not saved: the file on disk is left as it is"
            }
        case .browsing:
            effect = browse(key, in: &state, layout: layout)
        }
        state.scrollToCursor(in: layout)
        let isPaging = [.pageDown, .pageUp, .character(" "), .control("f"), .control("b")].contains(key)
        if !isPaging, before != (state.session.cursor, state.top, state.session.count) { state.pagesBack = [] }
        return (state, effect)
    }

    private func browse(_ key: Key, in state: inout ViewerState, layout: Layout) -> Effect {
        switch key {
        case .character("j"), .down: state.session.move(by: 1)
        case .character("k"), .up: state.session.move(by: -1)
        case .pageDown, .character(" "), .control("f"):
            state.scrollToCursor(in: layout)
            let top = state.top
            let next = state.endOfPage(in: layout)
            state.session.select(next)
            state.top = min(next, state.session.count - 1)
            if state.top != top { state.pagesBack.append(top) }
        case .pageUp, .control("b"):
            state.scrollToCursor(in: layout)
            // Back to where page down came from, else the page that ends above this one.
            var previous = state.startOfPreviousPage(in: layout)
            if let back = state.pagesBack.popLast(), back < state.top { previous = back }
            state.top = previous
            state.session.select(previous)
        case .character("g"), .home: state.session.moveToTop()
        case .character("G"), .end: state.session.moveToBottom()
        case .character("/"): state.mode = .searching("")
        case .character("n"), .character("N"):
            let query = state.session.query
            if query.isEmpty {
                state.message = "no search yet: press / to search"
            } else if !state.session.search(query, backwards: key == .character("N")) {
                state.message = "not found: \(query)"
            }
        case .character("]"), .character("["):
            if !state.session.nextNeedingReview(backwards: key == .character("[")) {
                state.message = "no pair to check \(key == .character("]") ? "below" : "above")"
            }
        case .character("m"):
            do {
                try state.session.mergeWithNext()
                state.message = "merged pairs \(state.session.cursor + 1) and \(state.session.cursor + 2)"
            } catch { state.message = error.description }
        case .character("s"):
            do {
                try state.session.split(using: segmenter)
                state.message = "split pair \(state.session.cursor + 1)"
            } catch { state.message = error.description }
        case .character("a"): state.session.toggleAccept()
        case .character("x"): state.session.toggleReject()
        case .character("u"):
            state.message = state.session.undo().map { "undid the \($0)" } ?? "nothing to undo"
        case .character("w"): return .save
        case .character("q"), .control("c"):
            if state.session.isDirty {
                state.mode = .confirmingQuit
            } else {
                return .quit
            }
        case .character("?"), .character("h"): state.mode = .help
        case .control("l"): break
        default: state.message = "unknown key: press ? for help"
        }
        return .none
    }

    private func typeQuery(_ key: Key, query: String, in state: inout ViewerState) -> Effect {
        switch key {
        case .character(let character): state.mode = .searching(query + String(character))
        case .backspace: state.mode = .searching(String(query.dropLast()))
        case .escape, .control("c"), .control("g"): state.mode = .browsing
        case .enter:
            state.mode = .browsing
            let search = query.isEmpty ? state.session.query : query
            if search.isEmpty { break }
            if !state.session.search(search) { state.message = "not found: \(search)" }
        default: break
        }
        return .none
    }

    private func confirmQuit(_ key: Key, in state: inout ViewerState) -> Effect {
        state.mode = .browsing
        switch key {
        case .character("y"), .character("Y"), .character("w"): return .saveAndQuit
        case .character("n"), .character("N"), .character("q"), .control("c"): return .quit
        default:
            state.message = "not quitting"
            return .none
        }
    }
}
