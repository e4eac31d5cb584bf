import Foundation

/// JSON Lines: one object a pair with everything the aligner knows, keys sorted so files diff well.
///
/// `{"confidence":0.93,"crossing":false,"document":"004","en":"…","en_ids":[5],
/// "en_paragraph":2,"flags":[],"type":"1-1","zh":"…","zh_ids":[1],"zh_paragraph":1}`; the paragraph keys are
/// absent when unknown. Reading needs only `zh` and `en`.
public struct JSONLFormat: Sendable {
    public init() {}

    public func write(_ pairs: [AlignedPair]) -> (text: String, statistics: ExportStatistics) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        var statistics = ExportStatistics()
        for pair in pairs {
            // Encoding plain strings, numbers and arrays cannot fail; a pair that did would be left out.
            guard let line = try? encoder.encode(Record(pair)) else { continue }
            out += String(decoding: line, as: UTF8.self)
            out += "\n"
            statistics.written += 1
        }
        return (out, statistics)
    }

    public func read(_ data: Data, file: String = "-") throws(ExportError) -> [AlignedPair] {
        let decoder = JSONDecoder()
        var pairs: [AlignedPair] = []
        var nextChinese = 0
        var nextEnglish = 0
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
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
