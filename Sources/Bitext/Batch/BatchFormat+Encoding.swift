/// Serialisation of one document's pairs, done by the task that aligned it.
///
/// STAND-IN until the export writers are in main: same layouts as theirs (TMX 1.4b with `x-` props,
/// TSV `zh<TAB>en`, sorted-key JSONL, Vecalign beads), written here so the batch can run and be measured.
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
        var out = ""
        out.reserveCapacity(pairs.count * 256)
        switch self {
        case .tmx:
            for (index, pair) in pairs.enumerated() where !pair.isOneSided {
                out += "    <tu tuid=\"\(Self.xml(id, attribute: true))-\(index + 1)\">\n"
                out += "      <prop type=\"x-document\">\(Self.xml(id))</prop>\n"
                out += "      <prop type=\"x-bead\">\(pair.bead.notation)</prop>\n"
                out += "      <prop type=\"x-confidence\">\(pair.confidence)</prop>\n"
                out += "      <tuv xml:lang=\"zh-Hant\"><seg>\(Self.xml(pair.chinese))</seg></tuv>\n"
                out += "      <tuv xml:lang=\"en\"><seg>\(Self.xml(pair.english))</seg></tuv>\n"
                out += "    </tu>\n"
            }
        case .tsv:
            for pair in pairs where !pair.isOneSided {
                out += Self.cell(pair.chinese) + "\t" + Self.cell(pair.english) + "\n"
            }
        case .jsonl:
            for pair in pairs {
                out += "{\"bead\":\"\(pair.bead.type)\",\"confidence\":\(pair.confidence),"
                out += "\"crossing\":\(pair.crossing),\"document\":\(Self.json(id)),"
                out += "\"en\":\(Self.json(pair.english)),\"en_ids\":\(pair.bead.english),"
                out += "\"flags\":[\(pair.flags.map { "\"\($0.rawValue)\"" }.joined(separator: ","))],"
                out += "\"zh\":\(Self.json(pair.chinese)),\"zh_ids\":\(pair.bead.chinese)}\n"
            }
        case .beads:
            for pair in pairs { out += pair.bead.notation + "\n" }
        }
        return Array(out.utf8)
    }

    /// A JSON line reporting a document that failed, for the streaming output.
    package static func errorRecord(document id: String?, message: String) -> [UInt8] {
        Array("{\"document\":\(id.map(json) ?? "null"),\"error\":\(json(message))}\n".utf8)
    }

    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func xml(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue  // not allowed in XML 1.0
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            ? String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 }) : text
    }
}
