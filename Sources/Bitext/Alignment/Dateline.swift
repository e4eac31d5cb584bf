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
            guard text.prefix(24).contains(where: { $0 == "電" || $0 == "电" }),
                let match = text.prefixMatch(of: chinese)
            else { return text }
            return String(text[match.range.upperBound...])
        case .english:
            guard text.prefix(80).contains(" -- ") || text.prefix(80).contains(" — "),
                let match = text.prefixMatch(of: english)
            else { return text }
            return String(text[match.range.upperBound...])
        }
    }

    /// Agency (optional), place, date, 電: 新華社北京2月24日電, 中新社香港3月1日电.
    nonisolated(unsafe) private static let chinese = #/\p{Han}{0,10}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[電电][\s　]*/#
    /// PLACE, Mon. D (Agency) --
    nonisolated(unsafe) private static let english =
        #/[A-Z][A-Z .'’-]*,(\s+[A-Z][A-Za-z.]*){0,3}\s+[A-Z][a-z]{2,4}\.?\s+[0-9]{1,2}\s*(\([A-Za-z ]+\))?\s*(--|—)\s*/#
}
