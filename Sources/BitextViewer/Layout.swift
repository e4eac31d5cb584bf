import Bitext

/// Where things go on a screen of a given size, and how each pair breaks into rows.
///
/// From 44 columns up, Chinese and English sit side by side (Chinese gets about a third of the
/// text width: Han text takes two columns a character but says in half the characters what English
/// says). Narrower screens stack the English under the Chinese; below 20 columns the gutter shrinks
/// to the cursor and the confidence symbol.
package struct Layout: Sendable, Hashable {
    /// One row of a pair's block.
    package enum Row: Sendable, Hashable {
        /// Side by side: a line of each column.
        case columns(chinese: String, english: String)
        /// Stacked: a line of one side.
        case stacked(String, Language)
        /// The pair's QA flags.
        case flags(String)
        /// The pair continues past the screen's end.
        case more(Int)
        /// The rule after a pair.
        case rule
    }

    package let width: Int
    package let height: Int
    /// Columns of the pair number.
    package let numberWidth: Int
    /// Columns before the text: cursor, number, confidence, crossing and review marks.
    package let gutterWidth: Int
    package let isStacked: Bool
    package let chineseColumn: Range<Int>
    package let englishColumn: Range<Int>

    /// The rows between the header and the status line.
    package var contentHeight: Int { max(0, height - 2) }
    package var isCompact: Bool { width < Self.compactBelow }

    static let separator = " │ "
    static let stackedBelow = 44
    static let compactBelow = 20

    package init(width: Int, height: Int, pairCount: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        numberWidth = max(3, String(max(1, pairCount)).count)
        if self.width < Self.compactBelow {
            gutterWidth = min(self.width, 2)
        } else {
            gutterWidth = numberWidth + 6  // ">" number " " confidence crossing mark " "
        }
        let textWidth = max(0, self.width - gutterWidth)
        isStacked = self.width < Self.stackedBelow
        if isStacked {
            chineseColumn = gutterWidth..<(gutterWidth + textWidth)
            englishColumn = chineseColumn
        } else {
            let available = textWidth - Self.separator.count
            let chinese = available * 7 / 20
            chineseColumn = gutterWidth..<(gutterWidth + chinese)
            englishColumn = (chineseColumn.upperBound + Self.separator.count)..<self.width
        }
    }

    /// The rows of `pair`, without the rule after it.
    package func rows(of pair: AlignedPair) -> [Row] {
        var rows: [Row]
        if isStacked {
            let chinese = pair.chinese.isEmpty ? [] : TextWrapper.wrap(pair.chinese, width: chineseColumn.count)
            let english = pair.english.isEmpty ? [] : TextWrapper.wrap(pair.english, width: englishColumn.count)
            rows = chinese.map { .stacked($0, .chinese) } + english.map { .stacked($0, .english) }
            if rows.isEmpty { rows = [.stacked("", .chinese)] }
        } else {
            let chinese = TextWrapper.wrap(pair.chinese, width: chineseColumn.count)
            let english = TextWrapper.wrap(pair.english, width: englishColumn.count)
            rows = (0..<max(chinese.count, english.count)).map { index in
                .columns(
                    chinese: index < chinese.count ? chinese[index] : "",
                    english: index < english.count ? english[index] : "")
            }
        }
        if !pair.flags.isEmpty {
            rows.append(.flags(pair.flags.map(\.rawValue).joined(separator: ", ")))
        }
        return rows
    }

    /// Rows a pair takes on screen, its rule included.
    package func height(of pair: AlignedPair) -> Int {
        rows(of: pair).count + 1
    }
}
