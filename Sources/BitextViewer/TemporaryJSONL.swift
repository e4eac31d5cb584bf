import Bitext
import Foundation

/// JSON Lines in the export module's schema, until that module's reader and writer are merged.
///
/// TEMPORARY: replaced by `JSONLFormat` from Sources/Bitext/Export.
enum TemporaryJSONL {
    private struct Record: Codable {
        var bead: String?
        var confidence: Double?
        var crossing: Bool?
        var document: String?
        var en: String
        var enIDs: [Int]?
        var enParagraph: Int?
        var flags: [String]?
        var zh: String
        var zhIDs: [Int]?
        var zhParagraph: Int?

        enum CodingKeys: String, CodingKey {
            case bead, confidence, crossing, document, en, flags, zh
            case enIDs = "en_ids"
            case enParagraph = "en_paragraph"
            case zhIDs = "zh_ids"
            case zhParagraph = "zh_paragraph"
        }
    }

    static func read(_ data: Data, file: String) throws(ViewerError) -> [AlignedPair] {
        var pairs: [AlignedPair] = []
        let decoder = JSONDecoder()
        for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let record = try? decoder.decode(Record.self, from: Data(line)) else {
                throw ViewerError("\(file):\(number + 1): not a pair of the JSONL format")
            }
            pairs.append(
                AlignedPair(
                    bead: Bead(chinese: record.zhIDs ?? [], english: record.enIDs ?? []), chinese: record.zh,
                    english: record.en, confidence: record.confidence ?? 1,
                    flags: (record.flags ?? []).compactMap(QualityFlag.init(rawValue:)),
                    crossing: record.crossing ?? false, document: record.document ?? "",
                    chineseParagraph: record.zhParagraph, englishParagraph: record.enParagraph))
        }
        return pairs
    }

    static func write(_ pairs: [AlignedPair]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for pair in pairs {
            let record = Record(
                bead: pair.bead.type, confidence: pair.confidence, crossing: pair.crossing, document: pair.document,
                en: pair.english, enIDs: pair.bead.english, enParagraph: pair.englishParagraph,
                flags: pair.flags.map(\.rawValue), zh: pair.chinese, zhIDs: pair.bead.chinese,
                zhParagraph: pair.chineseParagraph)
            guard let line = try? encoder.encode(record) else { continue }
            out += String(decoding: line, as: UTF8.self) + "\n"
        }
        return out
    }
}
