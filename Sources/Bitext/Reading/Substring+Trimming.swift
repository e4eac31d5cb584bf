extension Substring {
    /// The text without leading and trailing whitespace (including U+3000, no-break spaces and BOMs).
    var trimmingSpaces: Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }),
            let last = scalars.lastIndex(where: { !Self.isSpace($0) })
        else { return self[endIndex..<endIndex] }
        return Substring(scalars[first...last])
    }

    @inline(__always)
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // ASCII and the Han blocks without the property lookup: White_Space there is tab to CR and space.
        if value < 0x80 { return value == 0x20 || value &- 0x09 < 5 }
        if value &- 0x3400 < 0x6C00 { return false }
        return scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}"
    }
}
