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
            guard Self.opening(text, scalars: 24, holds: "電", or: "电"),
                let match = text.prefixMatch(of: chinese)
            else { return text }
            return String(text[match.range.upperBound...])
        case .english:
            guard Self.opening(text, scalars: 80, holds: " -- ", or: " — "),
                let match = text.prefixMatch(of: english)
            else { return text }
            return String(text[match.range.upperBound...])
        }
    }

    /// Whether the first `scalars` Unicode scalars of `text` hold `needle` or `other`: a byte search that
    /// spares the regular expression almost every sentence.
    private static func opening(_ text: String, scalars: Int, holds needle: StaticString, or other: StaticString)
        -> Bool
    {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            holds(bytes, scalars: scalars, needle, other)
        }
        if let found { return found }
        var copy = text
        return copy.withUTF8 { holds($0, scalars: scalars, needle, other) }
    }

    /// Whether the first `scalars` scalars of UTF-8 `bytes` hold `needle` or `other`, in one pass.
    @inline(__always)
    private static func holds(
        _ bytes: UnsafeBufferPointer<UInt8>, scalars: Int, _ needle: StaticString, _ other: StaticString
    ) -> Bool {
        let first = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let second = UnsafeBufferPointer(start: other.utf8Start, count: other.utf8CodeUnitCount)
        guard let firstLead = first.first, let secondLead = second.first else { return false }
        // The bytes of the first `scalars` scalars: every byte but continuation bytes starts one.
        var end = 0
        var seen = 0
        while end < bytes.count {
            if bytes[end] & 0xC0 != 0x80 {
                if seen == scalars { break }
                seen += 1
            }
            end += 1
        }
        for start in 0..<end {
            let byte = bytes[start]
            if byte == firstLead, matches(bytes, at: start, end: end, first) { return true }
            if byte == secondLead, matches(bytes, at: start, end: end, second) { return true }
        }
        return false
    }

    /// Whether `pattern` is at `start` of `bytes`, ending by `end`.
    @inline(__always)
    private static func matches(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, _ pattern: UnsafeBufferPointer<UInt8>
    )
        -> Bool
    {
        guard start + pattern.count <= end else { return false }
        for offset in 1..<pattern.count where bytes[start + offset] != pattern[offset] { return false }
        return true
    }

    /// Agency (optional), place, date, 電: 新華社北京2月24日電, 中新社香港3月1日电.
    nonisolated(unsafe) private static let chinese = #/\p{Han}{0,10}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[電电][\s　]*/#
    /// PLACE, Mon. D (Agency) --
    nonisolated(unsafe) private static let english =
        #/[A-Z][A-Z .'’-]*,(\s+[A-Z][A-Za-z.]*){0,3}\s+[A-Z][a-z]{2,4}\.?\s+[0-9]{1,2}\s*(\([A-Za-z ]+\))?\s*(--|—)\s*/#
}
