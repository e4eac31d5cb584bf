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
        var removed = 0
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
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
                let second = bytes.index(after: index)
                if second != bytes.endIndex, bytes[second] == 0xBF {
                    let third = bytes.index(after: second)
                    if third != bytes.endIndex, bytes[third] == 0xBE || bytes[third] == 0xBF {
                        removed += 1
                        index = bytes.index(after: third)
                        continue
                    }
                }
                out.append(byte)
            default: out.append(byte)
            }
            index = bytes.index(after: index)
        }
        return (String(decoding: out, as: UTF8.self), removed)
    }
}
