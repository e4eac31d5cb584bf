/// Serialisation of one document's pairs, done by the task that aligned it.
///
/// JSONL, TSV and beads are the export writers' own output, a document at a time (their files are plain
/// concatenations). TMX units are `TMXWriter`'s too (`TMXWriter.unit`), byte for byte; the batch only
/// writes the header once (without a creation date, so a resumed batch writes the same bytes) and gives
/// the units `tuid`s unique across documents (`ID-N`).
extension BatchFormat {
    /// What starts the file (TMX's XML header, `srclang` from `export`); empty for the other formats.
    package func header(_ export: ExportOptions = ExportOptions()) -> String {
        guard self == .tmx else { return "" }
        let source = TMXWriter.escaped(export.tag(export.source), inAttribute: true).text
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="Bitext" creationtoolversion="0.1.0" segtype="sentence" o-tmf="Bitext" \
            adminlang="en" srclang="\(source)" datatype="plaintext"/>
              <body>

            """
    }

    /// What ends the file (TMX's closing tags); empty for the other formats.
    package var footer: String { self == .tmx ? "  </body>\n</tmx>\n" : "" }

    /// The bytes of `pairs` of document `id` in this format; `export` sets TMX's language tags.
    package func encode(_ pairs: [AlignedPair], document id: String, export: ExportOptions = ExportOptions())
        -> [UInt8]
    {
        encodeCounting(pairs, document: id, export: export).bytes
    }

    /// `encode`, with what the writer did: the pairs written, the one-sided pairs TMX left out.
    package func encodeCounting(_ pairs: [AlignedPair], document id: String, export: ExportOptions) -> (
        bytes: [UInt8], statistics: ExportStatistics
    ) {
        let written: (text: String, statistics: ExportStatistics)
        switch self {
        case .jsonl: written = JSONLFormat().write(pairs)
        case .tsv: written = TSVFormat().write(pairs)
        case .beads: written = BeadWriter().write(pairs)
        case .tmx: return Self.tmx(pairs, document: id, export: export)
        }
        return (Array(written.text.utf8), written.statistics)
    }

    /// The `<tu>`s of one document, `TMXWriter`'s units with `tuid` `ID-N` (N the pair's 1-based
    /// place in the document); one-sided pairs left out unless `export.keepOneSided`.
    private static func tmx(_ pairs: [AlignedPair], document id: String, export: ExportOptions) -> (
        bytes: [UInt8], statistics: ExportStatistics
    ) {
        let writer = TMXWriter(options: export)
        var statistics = ExportStatistics()
        var out: [UInt8] = []
        out.reserveCapacity(pairs.count * 320)
        for (index, pair) in pairs.enumerated() {
            var pair = pair
            pair.document = id
            _ = writer.unit(pair, tuid: "\(id)-\(index + 1)", statistics: &statistics, into: &out)
        }
        return (out, statistics)
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
