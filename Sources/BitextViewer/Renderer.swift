import Bitext

/// Draws a `ViewerState` into a `ScreenBuffer`: header, pairs from `top`, status line, overlays.
package struct Renderer: Sendable {
    package let layout: Layout

    package init(width: Int, height: Int, pairCount: Int) {
        layout = Layout(width: width, height: height, pairCount: pairCount)
    }

    package init(layout: Layout) {
        self.layout = layout
    }

    package func render(_ state: ViewerState) -> ScreenBuffer {
        var screen = ScreenBuffer(width: layout.width, height: layout.height)
        guard layout.height > 0, layout.width > 0 else { return screen }
        if layout.height >= 3 {
            drawHeader(into: &screen)
            drawPairs(state, into: &screen)
        }
        drawStatus(state, into: &screen)
        if state.mode == .help { drawHelp(into: &screen) }
        return screen
    }

    private static let ruleStyle = Style(dim: true)
    private static let headerStyle = Style(bold: true, underline: false)

    private func drawHeader(into screen: inout ScreenBuffer) {
        if layout.isCompact {
            screen.write("zh/en", row: 0, column: layout.gutterWidth, style: Self.headerStyle)
            return
        }
        let number = String(repeating: " ", count: layout.numberWidth - 1) + "#"
        screen.write(" " + number, row: 0, column: 0, style: Self.headerStyle)
        if layout.isStacked {
            screen.write("中文 / English", row: 0, column: layout.chineseColumn.lowerBound, style: Self.headerStyle)
        } else {
            screen.write("中文", row: 0, column: layout.chineseColumn.lowerBound, style: Self.headerStyle)
            screen.write(
                Layout.separator, row: 0, column: layout.chineseColumn.upperBound, style: Self.ruleStyle)
            screen.write("English", row: 0, column: layout.englishColumn.lowerBound, style: Self.headerStyle)
        }
    }

    private func drawPairs(_ state: ViewerState, into screen: inout ScreenBuffer) {
        let entries = state.session.entries
        let bottom = 1 + layout.contentHeight
        var row = 1
        if entries.isEmpty {
            screen.write("no pairs", row: 1, column: layout.gutterWidth, style: Self.ruleStyle)
            return
        }
        var index = state.top
        while row < bottom, index < entries.count {
            let entry = entries[index]
            let isCursor = index == state.session.cursor
            var rows = layout.rows(of: entry.pair)
            if rows.count > bottom - row, index == state.top {
                // Taller than the screen: show what fits and say how much is missing.
                let shown = max(0, bottom - row - 1)
                rows = Array(rows.prefix(shown)) + [.more(rows.count - shown)]
            }
            for (offset, line) in rows.enumerated() {
                if offset == 0 { drawGutter(entry, number: index + 1, isCursor: isCursor, row: row, into: &screen) }
                draw(line, entry: entry, query: state.session.query, row: row, into: &screen)
                if isCursor, !layout.isCompact { screen.write(">", row: row, column: 0, style: Style(bold: true)) }
                row += 1
            }
            if row < bottom {
                draw(.rule, entry: entry, query: "", row: row, into: &screen)
                row += 1
            }
            index += 1
        }
    }

    private func drawGutter(
        _ entry: ReviewSession.Entry, number: Int, isCursor: Bool, row: Int, into screen: inout ScreenBuffer
    ) {
        let confidence = Confidence(entry.pair.confidence)
        let confidenceStyle = Style(foreground: confidence.color, bold: confidence == .low)
        if layout.isCompact {
            screen.write(isCursor ? ">" : " ", row: row, column: 0, style: Style(bold: true))
            screen.write(confidence.symbol, row: row, column: 1, style: confidenceStyle)
            return
        }
        let digits = String(number)
        let padded = String(repeating: " ", count: max(0, layout.numberWidth - digits.count)) + digits
        screen.write(padded, row: row, column: 1, style: Style(bold: isCursor, reverse: isCursor))
        var column = 2 + layout.numberWidth
        screen.write(confidence.symbol, row: row, column: column, style: confidenceStyle)
        column += 1
        if entry.pair.crossing {
            screen.write("⇄", row: row, column: column, style: Style(foreground: .magenta, bold: true))
        }
        column += 1
        switch entry.mark {
        case .accepted: screen.write("+", row: row, column: column, style: Style(foreground: .green, bold: true))
        case .rejected: screen.write("✗", row: row, column: column, style: Style(foreground: .red, bold: true))
        case .pending: break
        }
    }

    private func draw(
        _ line: Layout.Row, entry: ReviewSession.Entry, query: String, row: Int, into screen: inout ScreenBuffer
    ) {
        let textStyle = entry.mark == .rejected ? Style(dim: true) : Style.plain
        switch line {
        case .columns(let chinese, let english):
            drawText(chinese, in: layout.chineseColumn, query: query, style: textStyle, row: row, into: &screen)
            screen.write(Layout.separator, row: row, column: layout.chineseColumn.upperBound, style: Self.ruleStyle)
            drawText(english, in: layout.englishColumn, query: query, style: textStyle, row: row, into: &screen)
        case .stacked(let text, let language):
            var style = textStyle
            if language == .english, !layout.isCompact { style.foreground = .cyan }
            drawText(text, in: layout.chineseColumn, query: query, style: style, row: row, into: &screen)
        case .flags(let flags):
            screen.write(
                "⚑ " + flags, row: row, column: layout.chineseColumn.lowerBound, style: Style(foreground: .yellow))
        case .more(let count):
            // The longest wording that fits the screen, never a word cut off.
            let rows = "… \(count) more row\(count == 1 ? "" : "s")"
            let room = layout.width - layout.chineseColumn.lowerBound
            let text = [rows + " below", rows, "… \(count) more", "…\(count)"].first { $0.displayWidth <= room } ?? "…"
            screen.write(
                text, row: row, column: layout.chineseColumn.lowerBound, style: Style(foreground: .yellow, dim: true))
        case .rule:
            let rule = String(repeating: "─", count: layout.width)
            screen.write(rule, row: row, column: 0, style: Self.ruleStyle)
            if !layout.isStacked {
                screen.write("┼", row: row, column: layout.chineseColumn.upperBound + 1, style: Self.ruleStyle)
            }
        }
    }

    /// Writes `text` in `column`, underlining where it matches the search.
    private func drawText(
        _ text: String, in column: Range<Int>, query: String, style: Style, row: Int, into screen: inout ScreenBuffer
    ) {
        screen.write(text, row: row, column: column.lowerBound, style: style, limit: column.count)
        guard let match = ReviewSession.matchRange(of: query, in: text) else { return }
        let start = column.lowerBound + text[..<match.lowerBound].displayWidth
        let end = start + text[match].displayWidth
        screen.restyle(row: row, from: start, to: min(end, column.upperBound)) {
            $0.reverse = true
            $0.foreground = .yellow
        }
    }

    private func drawStatus(_ state: ViewerState, into screen: inout ScreenBuffer) {
        let row = layout.height - 1
        let barStyle = Style(reverse: true)
        screen.clear(row: row, style: barStyle)
        let session = state.session
        let position = session.isEmpty ? "0/0" : "\(session.cursor + 1)/\(session.count)"
        let left = " \(state.fileName)\(session.isDirty ? " [+]" : "")  \(position) "
        var right: [String]
        switch state.mode {
        case .searching(let query):
            screen.write("/" + query, row: row, column: 0, style: barStyle)
            let cursorColumn = min(layout.width - 1, 1 + query.displayWidth)
            screen.write(" ", row: row, column: cursorColumn, style: .plain)
            return
        case .confirmingQuit:
            right = ["unsaved changes: save before quitting? y yes · n no · Esc stay ", "save? y/n/Esc "]
        case .confirmingOverwrite:
            right = [
                "file changed on disk since it was opened or saved: w again to overwrite ",
                "changed on disk: w overwrites, other keys keep it ", "changed on disk: w overwrites ",
            ]
        case .help:
            right = ["any key closes the help "]
        case .browsing:
            if let message = state.message {
                right = [message + " "]
            } else {
                let (accepted, rejected, check) = (session.acceptedCount, session.rejectedCount, session.flaggedCount)
                right = [
                    "+\(accepted) accepted  ✗\(rejected) rejected  ⚑\(check) to check  ? help ",
                    "+\(accepted) ✗\(rejected) ⚑\(check)  ? help ", "",
                ]
            }
        }
        let leftStyle = Style(bold: true, reverse: true)
        // The longest right part that fits beside the position and as much of the file name as
        // there is room for (at least 8 columns); a question or message that still does not fit
        // takes the whole line.
        let fixed = "\(session.isDirty ? " [+]" : "")  \(position) "
        for part in right {
            let room = layout.width - part.displayWidth - fixed.displayWidth - 1
            guard room >= min(8, state.fileName.displayWidth) else { continue }
            let name = Self.shortened(state.fileName, to: room)
            screen.write(" " + name + fixed, row: row, column: 0, style: leftStyle)
            screen.write(part, row: row, column: layout.width - part.displayWidth, style: barStyle)
            return
        }
        if state.mode != .browsing || state.message != nil, let last = right.last {
            screen.write(last, row: row, column: 0, style: barStyle)
        } else {
            screen.write(left, row: row, column: 0, style: leftStyle)
        }
    }

    /// `text` cut in the middle with `…` to fit `width` columns.
    static func shortened(_ text: String, to width: Int) -> String {
        guard text.displayWidth > width else { return text }
        guard width > 1 else { return String(repeating: "…", count: max(0, width)) }
        var head = ""
        var tail = ""
        let characters = Array(text)
        var front = 0
        var back = characters.count - 1
        var used = 1
        while front <= back {
            let isFront = head.displayWidth <= tail.displayWidth
            let character = isFront ? characters[front] : characters[back]
            let characterWidth = ScreenBuffer.width(of: character)
            if used + characterWidth > width { break }
            used += characterWidth
            if isFront {
                head.append(character)
                front += 1
            } else {
                tail.insert(character, at: tail.startIndex)
                back -= 1
            }
        }
        return head + "…" + tail
    }

    private func drawHelp(into screen: inout ScreenBuffer) {
        let lines = KeyHandler.help
        let boxWidth = min(layout.width, (lines.map(\.displayWidth).max() ?? 0) + 4)
        let boxHeight = min(layout.height - 1, lines.count + 2)
        guard boxWidth >= 4, boxHeight >= 3 else { return }
        let left = (layout.width - boxWidth) / 2
        let topRow = max(0, (layout.height - 1 - boxHeight) / 2)
        let border = Style(bold: true)
        let inner = boxWidth - 2
        screen.write("┌" + String(repeating: "─", count: inner) + "┐", row: topRow, column: left, style: border)
        for offset in 0..<(boxHeight - 2) {
            let row = topRow + 1 + offset
            screen.write("│", row: row, column: left, style: border)
            screen.clear(row: row, from: left + 1, to: left + 1 + inner)
            screen.write(" " + lines[offset], row: row, column: left + 1, limit: inner)
            screen.write("│", row: row, column: left + boxWidth - 1, style: border)
        }
        screen.write(
            "└" + String(repeating: "─", count: inner) + "┘", row: topRow + boxHeight - 1, column: left, style: border)
    }
}
