extension TMXWriter {
    /// `value` escaped for XML 1.0 content or a double-quoted attribute, without the characters XML 1.0
    /// forbids (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF), and how many were removed.
    ///
    /// CR is written `&#13;` (and in attributes tab and LF too) so that XML line-end and attribute
    /// normalisation gives the text back unchanged.
    static func escaped(_ value: String, inAttribute: Bool) -> (text: String, removed: Int) {
        var removed = 0
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x26: out.append(contentsOf: "&amp;".unicodeScalars)
            case 0x3C: out.append(contentsOf: "&lt;".unicodeScalars)
            case 0x3E: out.append(contentsOf: "&gt;".unicodeScalars)
            case 0x22 where inAttribute: out.append(contentsOf: "&quot;".unicodeScalars)
            case 0x0D: out.append(contentsOf: "&#13;".unicodeScalars)
            case 0x09 where inAttribute: out.append(contentsOf: "&#9;".unicodeScalars)
            case 0x0A where inAttribute: out.append(contentsOf: "&#10;".unicodeScalars)
            case 0x09, 0x0A: out.append(scalar)
            case 0x00..<0x20, 0xFFFE, 0xFFFF: removed += 1
            default: out.append(scalar)
            }
        }
        return (String(out), removed)
    }
}
