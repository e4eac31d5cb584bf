import Bitext
import Glibc

/// The full-screen review of aligned pairs behind `bitext view`.
///
/// The view is drawn into a `ScreenBuffer` (rows of width-aware cells) by `Renderer`, and keys go
/// through `KeyHandler`, a pure function of key and state; so layout and behaviour are tested as
/// text frames without a terminal. Only `Terminal` and `FrameWriter` touch the tty.
///
/// Why a small terminal layer of our own and not ncursesw: the viewer needs raw mode, the
/// alternate screen, SGR styles, a handful of key sequences and SIGWINCH — about 200 lines over
/// termios and poll. ncursesw would add a second C seam beside ICU (its macros and `WINDOW *` do not
/// import cleanly into Swift 6), keep its own idea of character widths (wcwidth, not ICU's East Asian
/// Width that the layout uses, so wide text would misalign), and hold global state that tests cannot
/// drive. Our layer redraws only the rows that changed, which is all curses would save us.
package struct Viewer {
    package var file: PairFile
    /// Where `w` writes: the opened file, or `--save-as`.
    package var target: PairFile

    /// What the status line says on opening besides the count of pairs, if anything.
    package var openingNote: String?

    /// The viewer of the file at `path`, saving to `saveAs` or else in place.
    ///
    /// An article's alignment is saved beside it, never over it: `NAME.jsonl`, NAME being the path
    /// without `.gz` and then `.txt` (`a.txt.gz` as `a.jsonl`, `a.md` as `a.md.jsonl`). When that file
    /// already exists (a review saved earlier) and there is no `saveAs`, the viewer opens it instead
    /// of aligning the article again, so that `w` does not overwrite the review with a new alignment.
    package init(path: String, saveAs: String? = nil) {
        file = PairFile(path: path)
        if let saveAs {
            target = PairFile(path: saveAs)
        } else if file.isArticle {
            let article = Gzip.withoutExtension(path)
            let base = article.hasSuffix(".txt") ? String(article.dropLast(4)) : article
            target = PairFile(path: base + ".jsonl")
            if FileStatus.stamp(of: target.path) != nil {
                openingNote = "opened the saved review \(target.name), not a new alignment of \(file.name)"
                file = target
            }
        } else {
            target = file
        }
    }

    /// Checks that `path`'s name says a format the viewer saves in (`.jsonl`, `.tsv`, `.tmx`, with
    /// their other spellings and `.gz`), so that `--save-as out.csv` is refused before any work
    /// rather than written as JSONL.
    package static func checkSaveTarget(_ path: String) throws(ViewerError) {
        guard PairFile(path: path).format != nil else { throw .unknownSaveFormat(path: path) }
    }

    /// The state for `pairs` as the viewer opens them.
    package func initialState(_ pairs: [AlignedPair]) -> ViewerState {
        let name = target == file ? file.name : "\(file.name) → \(target.name)"
        var state = ViewerState(session: ReviewSession(pairs: pairs), fileName: name)
        state.message = openingNote.map { "\($0) · ? for the keys" } ?? "\(pairs.count) pairs · ? for the keys"
        return state
    }

    /// Saves the session's pairs (all but rejected ones) to the target; says how it went in the
    /// status line. Returns whether it saved.
    ///
    /// A target changed on disk since it was read or last saved (size, time, or a file put in its
    /// place) is not written unless `overwrite`: the state asks instead (`quitting` says whether
    /// the save was quitting's).
    @discardableResult
    package func save(
        _ state: inout ViewerState, layout: ExportOptions = ExportOptions(), verbatim: PairFile.Verbatim? = nil,
        quitting: Bool = false, overwrite: Bool = false
    ) -> Bool {
        guard overwrite || FileStatus.stamp(of: target.path) == state.diskStamp else {
            state.mode = .confirmingOverwrite(quitting: quitting)
            return false
        }
        let entries = state.session.entriesToSave
        let statistics: ExportStatistics
        do {
            statistics = try target.save(
                entries.map(\.pair), layout: layout, origins: entries.map(\.origin), verbatim: verbatim)
        } catch {
            state.message = error.description
            return false
        }
        state.session.markSaved()
        state.diskStamp = FileStatus.stamp(of: target.path)
        var leftOut: [String] = []
        let rejected = state.session.rejectedCount
        if rejected > 0 { leftOut.append("\(rejected) rejected") }
        if statistics.oneSidedLeftOut > 0 { leftOut.append("\(statistics.oneSidedLeftOut) one-sided") }
        state.message =
            "saved \(statistics.written) pairs to \(target.name)"
            + (leftOut.isEmpty ? "" : " (\(leftOut.joined(separator: ", ")) left out)")
        return true
    }

    /// Opens the file and runs the viewer until the user quits; returns the exit status.
    ///
    /// The file is read first, so that a missing or malformed file is reported as such (exit 66 or 65)
    /// before the terminal is looked at.
    package func run() throws(ViewerError) -> Int32 {
        // Before reading, so that a write while the file is read counts as a change.
        let stamp = FileStatus.stamp(of: target.path)
        let opened = try file.open()
        guard Terminal.isAvailable else {
            throw .notATerminal
        }
        do {
            try ICUServices.check()
        } catch {
            throw .icu(error)
        }
        let segmenter: Segmenter
        do {
            segmenter = try Segmenter()
        } catch {
            throw .icu(error)
        }
        let terminal = try Terminal()
        defer { terminal.restore() }
        var state = initialState(opened.pairs)
        state.diskStamp = stamp
        return loop(state: state, saving: opened, terminal: terminal, handler: KeyHandler(segmenter: segmenter))
    }

    private func loop(
        state initial: ViewerState, saving opened: PairFile.Opened, terminal: Terminal, handler: KeyHandler
    )
        -> Int32
    {
        let (saving, verbatim) = (opened.layout, opened.verbatim)
        var state = initial
        var frames = FrameWriter(color: !Self.noColor)
        var decoder = KeyDecoder()
        var size = terminal.size
        var layout = Layout(width: size.width, height: size.height, pairCount: state.session.count)
        state.scrollToCursor(in: layout)
        terminal.write(frames.update(to: Renderer(layout: layout).render(state)))
        while true {
            let keys: [Key]
            switch terminal.next(timeout: decoder.hasPending ? 50 : -1) {
            case .bytes(let bytes): keys = decoder.decode(bytes)
            case .timeout: keys = decoder.flush()
            case .resize:
                size = terminal.size
                frames.invalidate()
                keys = []
            case .terminate(let signalNumber):
                return 128 + signalNumber
            }
            for key in keys {
                if key == .control("l") { frames.invalidate() }
                layout = Layout(width: size.width, height: size.height, pairCount: state.session.count)
                let effect: Effect
                (state, effect) = handler.handle(key, in: state, layout: layout)
                switch effect {
                case .none: break
                case .save: save(&state, layout: saving, verbatim: verbatim)
                case .saveAndQuit: if save(&state, layout: saving, verbatim: verbatim, quitting: true) { return 0 }
                case .overwrite(let quitting):
                    if save(&state, layout: saving, verbatim: verbatim, overwrite: true), quitting { return 0 }
                case .quit: return 0
                }
            }
            layout = Layout(width: size.width, height: size.height, pairCount: state.session.count)
            state.scrollToCursor(in: layout)
            terminal.write(frames.update(to: Renderer(layout: layout).render(state)))
        }
    }

    /// Whether NO_COLOR asks for no colours (set and not empty, per no-color.org).
    static var noColor: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }
}
