/// News datelines: 新華社北京2月24日電 and "BEIJING, Feb. 24 (Xinhua) --".
///
/// A wire story's dateline heads the first sentence on each side, but the translation often puts it
/// on a different sentence (the English lead absorbs it while the Chinese keeps it on its own first
/// sentence). It says nothing about which sentences translate each other, so the reorder-aware
/// search weighs sentences without it.
enum Dateline {
    /// `text` without a leading dateline; `text` itself when it has none.
    static func stripped(_ text: String, language: Language) -> String {
        switch language {
        case .chinese:
            guard Self.opening(text, scalars: 24, holds: "電") || Self.opening(text, scalars: 24, holds: "电"),
                let match = text.prefixMatch(of: chinese)
            else { return text }
            return String(text[match.range.upperBound...])
        case .english:
            guard Self.opening(text, scalars: 80, holds: " -- ") || Self.opening(text, scalars: 80, holds: " — "),
                let match = text.prefixMatch(of: english)
            else { return text }
            return String(text[match.range.upperBound...])
        }
    }

    /// Whether the first `scalars` Unicode scalars of `text` hold `needle`: a byte search that spares
    /// the regular expression almost every sentence.
    private static func opening(_ text: String, scalars: Int, holds needle: String) -> Bool {
        let end =
            text.unicodeScalars.index(text.startIndex, offsetBy: scalars, limitedBy: text.endIndex) ?? text.endIndex
        let haystack = text.utf8[..<end]
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, haystack.count >= pattern.count else { return false }
        var index = haystack.startIndex
        while let start = haystack[index...].firstIndex(of: first) {
            if haystack[start...].starts(with: pattern) { return true }
            index = haystack.index(after: start)
        }
        return false
    }

    /// Agency (optional), place, date, 電: 新華社北京2月24日電, 中新社香港3月1日电.
    nonisolated(unsafe) private static let chinese = #/\p{Han}{0,10}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[電电][\s　]*/#
    /// PLACE, Mon. D (Agency) --
    nonisolated(unsafe) private static let english =
        #/[A-Z][A-Z .'’-]*,(\s+[A-Z][A-Za-z.]*){0,3}\s+[A-Z][a-z]{2,4}\.?\s+[0-9]{1,2}\s*(\([A-Za-z ]+\))?\s*(--|—)\s*/#
}
