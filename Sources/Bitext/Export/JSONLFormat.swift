import Foundation

/// JSON Lines: one object a pair with everything the aligner knows, keys sorted so files diff well.
///
/// `{"confidence":0.93,"crossing":false,"document":"004","en":"…","en_ids":[5],
/// "en_paragraph":2,"flags":[],"type":"1-1","zh":"…","zh_ids":[1],"zh_paragraph":1}`: every key on every
/// line (a paragraph `null` when unknown), the confidence always a number with a fraction (`1.0`), so that
/// tools that infer a schema (pandas, HuggingFace `datasets`) read any number of files as one table
/// (docs/jsonl.schema.json). Reading needs only `zh` and `en`.
public struct JSONLFormat: PairWriter {
    /// Unused: a JSON line holds everything, in one layout.
    public var options = ExportOptions()

    public init() {}

    /// Writes the objects directly (what `JSONEncoder` with sorted keys writes, several times faster).
    public func write(_ pairs: [AlignedPair]) -> (text: String, statistics: ExportStatistics) {
        var out = ""
        for pair in pairs {
            out += "{\"confidence\":" + Self.fraction(pair.confidence)
            out += ",\"crossing\":" + (pair.crossing ? "true" : "false")
            out += ",\"document\":"
            Self.appendString(pair.document, to: &out)
            out += ",\"en\":"
            Self.appendString(pair.english, to: &out)
            out += ",\"en_ids\":[" + pair.bead.english.map(String.init).joined(separator: ",") + "]"
            out += ",\"en_paragraph\":" + (pair.englishParagraph.map(String.init) ?? "null")
            out += ",\"flags\":[" + pair.flags.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
            out += ",\"type\":\"" + pair.bead.type + "\""
            out += ",\"zh\":"
            Self.appendString(pair.chinese, to: &out)
            out += ",\"zh_ids\":[" + pair.bead.chinese.map(String.init).joined(separator: ",") + "]"
            out += ",\"zh_paragraph\":" + (pair.chineseParagraph.map(String.init) ?? "null")
            out += "}\n"
        }
        var statistics = ExportStatistics()
        statistics.written = pairs.count
        return (out, statistics)
    }

    /// A JSON line reporting a document that failed, for a batch's streaming output:
    /// `{"document":"ID","error":"MESSAGE"}` (`null` when no document was named).
    package static func errorRecord(document id: String?, message: String) -> [UInt8] {
        var out = "{\"document\":"
        if let id { appendString(id, to: &out) } else { out += "null" }
        out += ",\"error\":"
        appendString(message, to: &out)
        out += "}\n"
        return Array(out.utf8)
    }

    /// `text` as a JSON string literal.
    package static func string(_ text: String) -> String {
        var out = ""
        appendString(text, to: &out)
        return out
    }

    /// A JSON number that always has a fraction (`1.0`, `0.93`), so that a column of them is one type
    /// whatever its values; not-a-number as `0.0`.
    static func fraction(_ value: Double) -> String {
        guard value.isFinite else { return "0.0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) + ".0" }
        return "\(value)"
    }

    /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped.
    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            out += text
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case 0..<0x20: bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
        out += "\""
    }

    public func read(_ data: Data, file: String = "-") throws(ExportError) -> [AlignedPair] {
        let decoder = JSONDecoder()
        var pairs: [AlignedPair] = []
        var nextChinese = 0
        var nextEnglish = 0
        var lineNumber = 0
        let bytes = [UInt8](data)
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: Data(line))
            } catch let error as DecodingError {
                throw ExportError(file: file, line: lineNumber, message: Self.describe(error))
            } catch {
                throw ExportError(file: file, line: lineNumber, message: "not a JSON object")
            }
            var pair = record.pair(nextChinese: nextChinese, nextEnglish: nextEnglish)
            pair.document = record.document ?? ""
            nextChinese = (pair.bead.chinese.max() ?? (nextChinese - 1)) + 1
            nextEnglish = (pair.bead.english.max() ?? (nextEnglish - 1)) + 1
            pairs.append(pair)
        }
        return pairs
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "missing key \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context): "wrong type for \(path(context))"
        case .dataCorrupted(let context) where !context.codingPath.isEmpty: "bad value for \(path(context))"
        default: "not a JSON object"
        }
    }

    /// `"flags"[0]`: the key, then array indices.
    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? "\"\(key.stringValue)\"" }.joined()
    }

    /// One line of the file.
    struct Record: Codable {
        var type: String?
        var confidence: Double?
        var crossing: Bool?
        var document: String?
        var english: String
        var englishIds: [Int]?
        var englishParagraph: Int?
        var flags: [QualityFlag]?
        var chinese: String
        var chineseIds: [Int]?
        var chineseParagraph: Int?

        enum CodingKeys: String, CodingKey {
            case type, confidence, crossing, document, flags
            case english = "en"
            case englishIds = "en_ids"
            case englishParagraph = "en_paragraph"
            case chinese = "zh"
            case chineseIds = "zh_ids"
            case chineseParagraph = "zh_paragraph"
        }

        init(_ pair: AlignedPair) {
            type = pair.bead.type
            confidence = pair.confidence
            crossing = pair.crossing
            document = pair.document
            english = pair.english
            englishIds = pair.bead.english
            englishParagraph = pair.englishParagraph
            flags = pair.flags
            chinese = pair.chinese
            chineseIds = pair.bead.chinese
            chineseParagraph = pair.chineseParagraph
        }

        func pair(nextChinese: Int, nextEnglish: Int) -> AlignedPair {
            AlignedPair(
                bead: Bead(
                    chinese: chineseIds ?? (chinese.isEmpty ? [] : [nextChinese]),
                    english: englishIds ?? (english.isEmpty ? [] : [nextEnglish])),
                chinese: chinese, english: english, confidence: confidence ?? 1, flags: flags ?? [],
                crossing: crossing ?? false, document: document ?? "", chineseParagraph: chineseParagraph,
                englishParagraph: englishParagraph)
        }
    }
}
