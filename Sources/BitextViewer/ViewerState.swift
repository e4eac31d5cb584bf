import Bitext

/// Everything on screen: the review session, the scroll position, the mode and the last message.
package struct ViewerState: Sendable, Hashable {
    /// What keys do at the moment.
    package enum Mode: Sendable, Hashable {
        case browsing
        /// Typing a search query after `/`.
        case searching(String)
        case help
        /// `q` with unsaved work: save, discard or stay.
        case confirmingQuit
        /// `w` found the file changed on disk since it was read or saved: `w` again overwrites it
        /// (and quits, when the save was quitting's), any other key keeps it.
        case confirmingOverwrite(quitting: Bool)
    }

    package var session: ReviewSession
    /// The name shown in the status line.
    package var fileName: String
    /// The first pair on screen.
    package var top = 0
    package var mode = Mode.browsing
    /// A one-line note for the status line, cleared by the next key.
    package var message: String?
    /// The save target's stamp when the viewer read it or last saved it (nil when there was no
    /// file), so that a save does not overwrite what another program wrote meanwhile.
    package var diskStamp: FileStatus.Stamp?
    /// The tops the page-down keys left, latest last, so that page up goes back to them exactly;
    /// any other move forgets them.
    package var pagesBack: [Int] = []

    package init(session: ReviewSession, fileName: String) {
        self.session = session
        self.fileName = fileName
    }

    /// Scrolls as little as possible to show the whole selected pair (or its start, when it is
    /// taller than the screen).
    package mutating func scrollToCursor(in layout: Layout) {
        let cursor = session.cursor
        let entries = session.entries
        guard !entries.isEmpty else {
            top = 0
            return
        }
        top = min(max(0, top), entries.count - 1)
        if cursor <= top {
            top = cursor
            return
        }
        // Walk back from the cursor while the pairs still fit above it.
        var used = layout.rows(of: entries[cursor].pair).count
        var first = cursor
        while first > top {
            let height = layout.height(of: entries[first - 1].pair)
            if used + height > layout.contentHeight { break }
            used += height
            first -= 1
        }
        top = first
    }

    /// The index after the last pair wholly on screen (at least `top + 1`).
    package func endOfPage(in layout: Layout) -> Int {
        let entries = session.entries
        var used = 0
        var index = top
        while index < entries.count {
            let rows = layout.rows(of: entries[index].pair).count
            if used + rows > layout.contentHeight { break }
            used += rows + 1
            index += 1
        }
        return max(index, top + 1)
    }

    /// The first pair of the page that ends just above `top`: as many pairs as `endOfPage` would
    /// show from there (the last one's rule may fall below the screen).
    package func startOfPreviousPage(in layout: Layout) -> Int {
        let entries = session.entries
        var used = 0
        var index = top
        while index > 0 {
            let height = layout.height(of: entries[index - 1].pair)
            if used + height > layout.contentHeight + 1 { break }
            used += height
            index -= 1
        }
        return min(index, max(0, top - 1))
    }
}
