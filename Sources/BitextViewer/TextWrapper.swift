/// Wraps text into lines of at most a given display width.
///
/// Lines break after spaces and around wide (Han) characters, never inside a Latin word unless the
/// word alone is wider than the line. Closing punctuation (`，。」` and `,.)`) never starts a line: the
/// character before it moves down with it. Control characters become spaces, so text from a file can
/// never send an escape sequence to the terminal.
package enum TextWrapper {
    /// The lines of `text`, each at most `width` columns (at least one line, possibly empty).
    package static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [""] }
        var lines: [String] = []
        var line: [(character: Character, width: Int)] = []
        var lineWidth = 0
        // Where the current line may break: the count of characters that stay on it.
        var lastBreak: Int?

        func flush(upTo count: Int) {
            var kept = line[..<count]
            while let last = kept.last, last.character == " " { kept.removeLast() }
            lines.append(String(kept.map(\.character)))
            var rest = Array(line[count...])
            while let first = rest.first, first.character == " " { rest.removeFirst() }
            line = rest
            lineWidth = line.reduce(0) { $0 + $1.width }
            lastBreak = nil
        }

        for character in cleaned(text) {
            let characterWidth = ScreenBuffer.width(of: character)
            if characterWidth == 0 { continue }
            if character == " ", line.isEmpty, !lines.isEmpty { continue }
            let breakBefore = line.last.map { canBreak(between: $0, and: (character, characterWidth)) } ?? false
            if lineWidth + characterWidth > width, character != " " {
                if breakBefore {
                    flush(upTo: line.count)
                } else if let lastBreak, lastBreak > 0 {
                    flush(upTo: lastBreak)
                } else if closing.contains(character), line.count > 1 {
                    flush(upTo: line.count - 1)  // closing punctuation takes the character before it along
                } else {
                    flush(upTo: line.count)
                }
                // What moved down may still be too wide with this character: hard-break it.
                while lineWidth + characterWidth > width, !line.isEmpty { flush(upTo: line.count) }
            } else if breakBefore {
                lastBreak = line.count
            }
            line.append((character, characterWidth))
            lineWidth += characterWidth
        }
        if !line.isEmpty || lines.isEmpty { flush(upTo: line.count) }
        return lines
    }

    private static func canBreak(
        between previous: (character: Character, width: Int), and next: (character: Character, width: Int)
    ) -> Bool {
        if previous.character == " " { return next.character != " " }
        if closing.contains(next.character) || opening.contains(previous.character) || next.character == " " {
            return false
        }
        return previous.width == 2 || next.width == 2
    }

    /// `text` with line breaks, tabs and other control characters replaced by spaces.
    static func cleaned(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.unicodeScalars.contains(where: { isControl($0) }) {
                result.append(" ")
            } else {
                result.append(character)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar.value == 0x2028
            || scalar.value == 0x2029
    }

    /// Characters that must not start a line.
    private static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "」", "』", "）", "》", "〉", "”", "’", "…", ",", ".", ";", ":", "?",
        "!", ")", "]", "}", "%",
    ]
    /// Characters that must not end a line.
    private static let opening: Set<Character> = ["「", "『", "（", "《", "〈", "“", "‘", "(", "["]
}
