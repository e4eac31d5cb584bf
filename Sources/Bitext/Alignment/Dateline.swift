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
            let end = prefix(bytes, scalars: scalars)
            return contains(bytes, end: end, needle) || contains(bytes, end: end, other)
        }
        if let found { return found }
        var copy = text
        return copy.withUTF8 { bytes in
            let end = prefix(bytes, scalars: scalars)
            return contains(bytes, end: end, needle) || contains(bytes, end: end, other)
        }
    }

    /// The length in bytes of the first `scalars` scalars of UTF-8 `bytes`.
    @inline(__always)
    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>, scalars: Int) -> Int {
        // Every byte but continuation bytes starts a scalar.
        var end = 0
        var seen = 0
        while end < bytes.count {
            if bytes[end] & 0xC0 != 0x80 {
                if seen == scalars { break }
                seen += 1
            }
            end += 1
        }
        return end
    }

    /// Whether `bytes[..<end]` holds `needle`.
    @inline(__always)
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, end: Int, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first, end >= pattern.count else { return false }
        var start = 0
        while start + pattern.count <= end {
            if bytes[start] == first {
                var matches = true
                for offset in 1..<pattern.count where bytes[start + offset] != pattern[offset] {
                    matches = false
                    break
                }
                if matches { return true }
            }
            start += 1
        }
        return false
    }

    /// Agency (optional), place, date, 電: 新華社北京2月24日電, 中新社香港3月1日电.
    nonisolated(unsafe) private static let chinese = #/\p{Han}{0,10}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[電电][\s　]*/#
    /// PLACE, Mon. D (Agency) --
    nonisolated(unsafe) private static let english =
        #/[A-Z][A-Z .'’-]*,(\s+[A-Z][A-Za-z.]*){0,3}\s+[A-Z][a-z]{2,4}\.?\s+[0-9]{1,2}\s*(\([A-Za-z ]+\))?\s*(--|—)\s*/#
}
