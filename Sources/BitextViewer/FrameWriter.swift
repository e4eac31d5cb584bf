/// Turns screen buffers into the escapes that bring a terminal from one frame to the next:
/// only rows that changed are rewritten, whole, with SGR for styles (colours dropped for NO_COLOR).
package struct FrameWriter: Sendable {
    /// Whether to use colours (false when NO_COLOR is set).
    package var color: Bool
    private var previous: ScreenBuffer?

    package init(color: Bool) {
        self.color = color
    }

    /// Forgets what the terminal shows, so the next frame is drawn in full (after a resize).
    package mutating func invalidate() {
        previous = nil
    }

    /// The bytes that draw `frame` over the previous one.
    package mutating func update(to frame: ScreenBuffer) -> String {
        var out = ""
        let full = previous.map { $0.width != frame.width || $0.height != frame.height } ?? true
        if full { out += "\u{1B}[0m\u{1B}[2J" }
        for row in 0..<frame.height where full || previous?.rows[row] != frame.rows[row] {
            out += "\u{1B}[\(row + 1);1H" + line(frame.rows[row])
        }
        previous = frame
        return out
    }

    /// One row: each style change as SGR, wide characters once, reset at the end.
    func line(_ cells: [ScreenBuffer.Cell]) -> String {
        var out = ""
        var current: Style?
        for cell in cells where !cell.isContinuation {
            if cell.style != current {
                out += cell.style.sgr(color: color)
                current = cell.style
            }
            out += cell.character
        }
        return out + "\u{1B}[0m"
    }
}
