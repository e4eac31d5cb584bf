/// A paragraph of a passage: one input line, trimmed, with where it came from.
public struct Paragraph: Sendable, Hashable, Codable {
    /// 0-based index of the paragraph within its passage.
    public var id: Int
    public var text: String
    /// 1-based line number in the input.
    public var line: Int
    /// UTF-8 byte offset of `text` in the input.
    public var offset: Int

    public init(id: Int, text: String, line: Int, offset: Int) {
        self.id = id
        self.text = text
        self.line = line
        self.offset = offset
    }
}
