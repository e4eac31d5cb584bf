/// How a sentence ends, as a clue to whether it stands alone or leads into the next one.
///
/// A speaker's label (`MR. LEE:`) or an introduction ends in a colon and is translated together with
/// what follows; a heading or a cut line ends in no punctuation at all.
package enum SentenceEnding: UInt8, Sendable, CaseIterable {
    /// Full stop, question or exclamation mark, semicolon, ellipsis (closing quotes and brackets skipped).
    case stop = 0
    /// A colon.
    case colon = 1
    /// No sentence-final punctuation.
    case open = 2
    /// A colon after 譯文 ("translation"): the Hong Kong Hansard's note that the speech after it is
    /// translated (`財政司致辭的譯文：`), part of that speech in a translation (the English original
    /// has no such note).
    case translationLabel = 3

    package init(_ text: some StringProtocol) {
        var ending = SentenceEnding.open
        var scalars = text.unicodeScalars.reversed().makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case _ where Self.isClosing(scalar): continue
            case "：", ":": ending = scalars.next() == "文" && scalars.next() == "譯" ? .translationLabel : .colon
            case "。", ".", "！", "!", "？", "?", "；", ";", "…", "．": ending = .stop
            default: ending = .open
            }
            break
        }
        self = ending
    }

    /// Whether `text` ends in a question mark (closing quotes and brackets skipped).
    package static func isQuestion(_ text: some StringProtocol) -> Bool {
        for scalar in text.unicodeScalars.reversed() where !isClosing(scalar) { return scalar == "？" || scalar == "?" }
        return false
    }

    /// Spaces, closing quotes and brackets: what may follow a sentence's final punctuation.
    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\u{3000}", "\"", "'", ")", "]", "」", "』", "”", "’", "）", "》", "〉": true
        default: false
        }
    }
}
