import Foundation

/// One document as a JSON line of `bitext batch --jsonl`: `{"id":…,"zh":…,"en":…}` or `{"id":…,"text":…}`.
///
/// The id may be a string or an integer (`42` reads as `"42"`), as datasets number their rows.
package struct StreamRecord: Sendable, Hashable, Decodable {
    package var id: String
    package var chinese: String?
    package var english: String?
    package var text: String?

    enum CodingKeys: String, CodingKey {
        case id
        case chinese = "zh"
        case english = "en"
        case text
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try? container.decode(Int64.self, forKey: .id) {
            id = String(number)
        } else {
            id = try container.decode(String.self, forKey: .id)
        }
        chinese = try container.decodeIfPresent(String.self, forKey: .chinese)
        english = try container.decodeIfPresent(String.self, forKey: .english)
        text = try container.decodeIfPresent(String.self, forKey: .text)
    }

    /// Decodes input line `line` (1-based `number`) into a document of the batch.
    ///
    /// Errors are one line: `stdin:12: missing "id"`.
    package static func document(line: String, number: Int, name: String = "stdin") throws(BatchError)
        -> BatchDocument
    {
        func failure(_ message: String) -> BatchError { BatchError(file: name, line: number, message: message) }
        let record: StreamRecord
        do {
            record = try JSONDecoder().decode(StreamRecord.self, from: Data(line.utf8))
        } catch let error as DecodingError {
            switch error {
            case .keyNotFound(let key, _): throw failure("missing \"\(key.stringValue)\"")
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                let key = context.codingPath.map(\.stringValue).joined(separator: ".")
                throw failure(
                    key.isEmpty
                        ? "not a JSON object"
                        : key == "id" ? "\"id\" is not a string or an integer" : "\"\(key)\" is not a string")
            default: throw failure("not valid JSON")
            }
        } catch {
            throw failure("not valid JSON")
        }
        let origin = "\(name):\(number)"
        switch (record.chinese, record.english, record.text) {
        case (let chinese?, let english?, nil):
            return BatchDocument(id: record.id, source: .texts(chinese: chinese, english: english), origin: origin)
        case (nil, nil, let text?):
            return BatchDocument(id: record.id, source: .text(text), origin: origin)
        default:
            var error = failure("'\(record.id)': expected \"zh\" and \"en\", or \"text\"")
            error.document = record.id
            throw error
        }
    }
}
