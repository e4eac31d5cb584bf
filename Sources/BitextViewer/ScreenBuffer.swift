import Bitext

/// A frame in memory: rows of cells, each a character with its display width and style.
///
/// A wide character (display width 2) fills its cell and blanks the next one, which is marked as
/// its continuation; writing never splits a wide character at the right edge (it draws a space).
/// `text` gives the frame as plain lines, which is what golden tests compare.
package struct ScreenBuffer: Sendable, Hashable {
    package struct Cell: Sendable, Hashable {
        /// The grapheme drawn here; empty for the right half of a wide character.
        package var character: String
        package var style: Style

        package static let blank = Cell(character: " ", style: .plain)
        package var isContinuation: Bool { character.isEmpty }
    }

    package let width: Int
    package let height: Int
    package private(set) var rows: [[Cell]]

    package init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        rows = Array(repeating: Array(repeating: .blank, count: self.width), count: self.height)
    }

    /// Writes `text` at `row`, `column`, clipped to `limit` columns (to the right edge by default);
    /// returns the column after the last character written.
    @discardableResult
    package mutating func write(
        _ text: some StringProtocol, row: Int, column: Int, style: Style = .plain, limit: Int? = nil
    ) -> Int {
        guard row >= 0, row < height, column >= 0 else { return column }
        let end = min(width, column + (limit ?? width))
        var x = column
        for character in text {
            let cellWidth = Self.width(of: character)
            if cellWidth == 0 { continue }
            if x + cellWidth > end {
                if x < end { clear(row: row, from: x, to: end, style: style) }
                return end
            }
            put(character, width: cellWidth, row: row, column: x, style: style)
            x += cellWidth
        }
        return x
    }

    /// Fills columns `from..<to` of `row` with blanks in `style`.
    package mutating func clear(row: Int, from: Int = 0, to: Int? = nil, style: Style = .plain) {
        guard row >= 0, row < height else { return }
        let upper = min(width, to ?? width)
        guard from < upper else { return }
        for x in max(0, from)..<upper {
            put(" ", width: 1, row: row, column: x, style: style)
        }
    }

    /// Sets the style of columns `from..<to` of `row`, keeping the characters.
    package mutating func restyle(row: Int, from: Int = 0, to: Int? = nil, _ change: (inout Style) -> Void) {
        guard row >= 0, row < height else { return }
        let upper = min(width, to ?? width)
        guard from < upper else { return }
        for x in max(0, from)..<upper { change(&rows[row][x].style) }
    }

    /// The frame as plain text, one line a row, trailing blanks trimmed.
    package var text: String {
        rows.map { row in
            var line = ""
            for cell in row where !cell.isContinuation { line += cell.character }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The text of one row, wide characters once, trailing blanks kept.
    package func line(_ row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        return rows[row].filter { !$0.isContinuation }.map(\.character).joined()
    }

    /// Terminal columns a character takes: ICU East Asian Width of its scalars, at most 2.
    package static func width(of character: Character) -> Int {
        min(2, character.unicodeScalars.reduce(0) { $0 + $1.displayWidth })
    }

    private mutating func put(_ character: Character, width cellWidth: Int, row: Int, column: Int, style: Style) {
        // Overwriting half of a wide character blanks its other half.
        if rows[row][column].isContinuation, column > 0 { rows[row][column - 1] = Cell(character: " ", style: style) }
        if column + 1 < width, rows[row][column + 1].isContinuation {
            rows[row][column + 1] = Cell(character: " ", style: style)
        }
        rows[row][column] = Cell(character: String(character), style: style)
        if cellWidth == 2 {
            if column + 2 < width, rows[row][column + 2].isContinuation {
                rows[row][column + 2] = Cell(character: " ", style: style)
            }
            rows[row][column + 1] = Cell(character: "", style: style)
        }
    }
}
