extension Substring {
    /// The text without leading and trailing whitespace (including U+3000, no-break spaces and BOMs).
    var trimmingSpaces: Substring {
        var copy = self
        let (start, end) = copy.withUTF8 { bytes -> (Int, Int) in
            var start = 0
            while start < bytes.count {
                let (scalar, length) = Self.scalar(in: bytes, at: start)
                guard Self.isSpace(scalar) else { break }
                start += length
            }
            guard start < bytes.count else { return (bytes.count, bytes.count) }
            var end = bytes.count
            while end > start {
                var lead = end - 1
                while bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                guard Self.isSpace(Self.scalar(in: bytes, at: lead).scalar) else { break }
                end = lead
            }
            return (start, end)
        }
        // Offsets at scalar boundaries of the same storage: the bounds `unicodeScalars` would give.
        let utf8 = self.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(utf8.startIndex, offsetBy: end)
        return self[lower..<upper]
    }

    /// The scalar whose UTF-8 sequence (valid, a string's) starts at `offset`, and its length.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
        scalar: Unicode.Scalar, length: Int
    ) {
        let (value, length) = bytes.scalar(at: offset)
        return (Unicode.Scalar(value) ?? " ", length)
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
