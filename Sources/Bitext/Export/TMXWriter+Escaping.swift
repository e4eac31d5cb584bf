extension TMXWriter {
    /// `value` escaped for XML 1.0 content or a double-quoted attribute, without the characters XML 1.0
    /// forbids (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF), and how many were removed.
    ///
    /// CR is written `&#13;` (and in attributes tab and LF too) so that XML line-end and attribute
    /// normalisation gives the text back unchanged. Works on UTF-8 bytes: linear in the text's size.
    static func escaped(_ value: String, inAttribute: Bool) -> (text: String, removed: Int) {
        let bytes = value.utf8
        guard bytes.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF })
        else { return (value, 0) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        let removed = appendEscaped(value, inAttribute: inAttribute, to: &out)
        return (String(decoding: out, as: UTF8.self), removed)
    }

    /// Appends the bytes of `escaped(value, inAttribute:)` to `out`; returns how many characters were removed.
    static func appendEscaped(_ value: String, inAttribute: Bool, to out: inout [UInt8]) -> Int {
        var value = value
        return value.withUTF8 { bytes in
            var removed = 0
            var index = 0
            let count = bytes.count
            // Runs of bytes that need nothing are copied at once.
            var run = 0
            while index < count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0xEF else {
                    index += 1
                    continue
                }
                // EF leads fullwidth punctuation too, left as it is; only EF BF BE and EF BF BF go.
                if byte == 0xEF,
                    !(index + 2 < count && bytes[index + 1] == 0xBF
                        && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF))
                {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                index += 1
                run = index
                switch byte {
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x22 where inAttribute: out.append(contentsOf: "&quot;".utf8)
                case 0x0D: out.append(contentsOf: "&#13;".utf8)
                case 0x09 where inAttribute: out.append(contentsOf: "&#9;".utf8)
                case 0x0A where inAttribute: out.append(contentsOf: "&#10;".utf8)
                case 0x09, 0x0A: out.append(byte)
                case 0x00..<0x20: removed += 1
                case 0xEF:
                    // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                    if index + 1 < count, bytes[index] == 0xBF, bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF {
                        removed += 1
                        index += 2
                        run = index
                    } else {
                        out.append(byte)
                    }
                default: out.append(byte)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<count]))
            return removed
        }
    }

    /// Whether `escaped(value, inAttribute: false)` is empty: every character of `value` is one XML 1.0
    /// forbids (or there is none).
    static func escapesToNothing(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                    index += 1
                } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
                    bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF
                {
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }
}
