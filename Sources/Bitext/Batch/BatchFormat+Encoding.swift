/// Serialisation of one document's pairs, done by the task that aligned it.
///
/// JSONL, TSV and beads are the export writers' own output, a document at a time (their files are plain
/// concatenations). TMX is written here, in the TMX writer's layout: a batch appends documents to one
/// XML document, with the header once and `tuid`s unique across documents (`ID-N`), which the
/// whole-document `TMXWriter` cannot do yet.
extension BatchFormat {
    /// What starts the file (TMX's XML header); empty for the other formats.
    package var header: String {
        guard self == .tmx else { return "" }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="Bitext" creationtoolversion="0.1.0" segtype="sentence" o-tmf="Bitext" \
            adminlang="en" srclang="zh-Hant" datatype="plaintext"/>
              <body>

            """
    }

    /// What ends the file (TMX's closing tags); empty for the other formats.
    package var footer: String { self == .tmx ? "  </body>\n</tmx>\n" : "" }

    /// The bytes of `pairs` of document `id` in this format.
    package func encode(_ pairs: [AlignedPair], document id: String) -> [UInt8] {
        switch self {
        case .jsonl: Array(JSONLFormat().write(pairs).text.utf8)
        case .tsv: Array(TSVFormat().write(pairs).text.utf8)
        case .beads: Array(BeadWriter().write(pairs).text.utf8)
        case .tmx: Self.tmx(pairs, document: id)
        }
    }

    /// The `<tu>`s of one document: one-sided pairs left out, as `TMXWriter` does by default.
    private static func tmx(_ pairs: [AlignedPair], document id: String) -> [UInt8] {
        var out = Bytes()
        out.bytes.reserveCapacity(pairs.count * 320)
        for (index, pair) in pairs.enumerated() where !pair.isOneSided {
            out += "    <tu tuid=\""
            out.xml(id, attribute: true)
            out += "-\(index + 1)\">\n      <prop type=\"x-document\">"
            out.xml(id)
            out += "</prop>\n      <prop type=\"x-bead\">\(pair.bead.notation)</prop>\n"
            out += "      <prop type=\"x-confidence\">\(pair.confidence)</prop>\n"
            if pair.chineseParagraph != nil || pair.englishParagraph != nil {
                let paragraphs = [pair.chineseParagraph, pair.englishParagraph].map { $0.map(String.init) ?? "" }
                out += "      <prop type=\"x-paragraph\">\(paragraphs.joined(separator: ":"))</prop>\n"
            }
            if !pair.flags.isEmpty {
                out += "      <prop type=\"x-flags\">\(pair.flags.map(\.rawValue).joined(separator: " "))</prop>\n"
            }
            if pair.crossing { out += "      <prop type=\"x-crossing\">true</prop>\n" }
            out += "      <tuv xml:lang=\"zh-Hant\"><seg>"
            out.xml(pair.chinese)
            out += "</seg></tuv>\n      <tuv xml:lang=\"en\"><seg>"
            out.xml(pair.english)
            out += "</seg></tuv>\n    </tu>\n"
        }
        return out.bytes
    }

    /// A JSON line reporting a document that failed, for the streaming output.
    package static func errorRecord(document id: String?, message: String) -> [UInt8] {
        var out = Bytes()
        out += "{\"document\":"
        if let id { out.json(id) } else { out += "null" }
        out += ",\"error\":"
        out.json(message)
        out += "}\n"
        return out.bytes
    }

    /// `text` as a JSON string literal.
    static func json(_ text: String) -> String {
        var out = Bytes()
        out.json(text)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// UTF-8 output with the escapes of each format, byte by byte.
    private struct Bytes {
        var bytes: [UInt8] = []

        static func += (out: inout Bytes, text: String) {
            out.bytes.append(contentsOf: text.utf8)
        }

        /// XML character data (or an attribute value): `& < >` (and `"`) escaped, and the characters
        /// XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF) left out.
        mutating func xml(_ text: String, attribute: Bool = false) {
            var text = text
            text.withUTF8 { utf8 in
                var index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    switch byte {
                    case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
                    case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
                    case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
                    case UInt8(ascii: "\"") where attribute: bytes.append(contentsOf: "&quot;".utf8)
                    case 0x09, 0x0A, 0x0D: bytes.append(byte)
                    case 0x00..<0x20: break
                    case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                        index += 2
                    default: bytes.append(byte)
                    }
                    index += 1
                }
            }
        }

        /// A JSON string literal: quotes, backslashes and control characters escaped.
        mutating func json(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                for byte in utf8 {
                    switch byte {
                    case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
                    case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
                    case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                    case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                    case 0x09: bytes.append(contentsOf: "\\t".utf8)
                    case 0x00..<0x20:
                        let hex = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: "\\u00".utf8)
                        bytes.append(hex[Int(byte >> 4)])
                        bytes.append(hex[Int(byte & 0xF)])
                    default: bytes.append(byte)
                    }
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
