/// How a sentence ends, as a clue to whether it stands alone or leads into the next one.
///
/// A speaker's label (`財政司答覆的譯文：`, `MR. LEE:`) or an introduction ends in a colon and is
/// translated together with what follows; a heading or a cut line ends in no punctuation at all.
package enum SentenceEnding: UInt8, Sendable {
    /// Full stop, question or exclamation mark, semicolon, ellipsis (closing quotes and brackets skipped).
    case stop = 0
    /// A colon.
    case colon = 1
    /// No sentence-final punctuation.
    case open = 2

    package init(_ text: some StringProtocol) {
        var ending = SentenceEnding.open
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case " ", "\t", "\u{3000}", "\"", "'", ")", "]", "」", "』", "”", "’", "）", "》", "〉": continue
            case "：", ":": ending = .colon
            case "。", ".", "！", "!", "？", "?", "；", ";", "…", "．": ending = .stop
            default: ending = .open
            }
            break
        }
        self = ending
    }
}
