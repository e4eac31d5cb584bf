import Foundation

extension SegmentedDocument {
    /// The document as pretty-printed JSON, keys sorted: `document` (with metadata, passages and
    /// `setAside`), `chinese` and `english` (the sentences; `range` is `[start, end]` in UTF-8 bytes).
    package func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
