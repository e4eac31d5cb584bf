/// A sentence of a passage, with where it came from.
public struct Sentence: Sendable, Hashable, Codable {
    /// 0-based index of the sentence within its passage: the id bead files use.
    public var id: Int
    public var text: String
    /// The id of the paragraph it belongs to.
    public var paragraph: Int
    /// 1-based input line it starts on.
    public var line: Int
    /// UTF-8 byte offsets of `text` in the input.
    public var range: Range<Int>

    public init(id: Int, text: String, paragraph: Int, line: Int, range: Range<Int>) {
        self.id = id
        self.text = text
        self.paragraph = paragraph
        self.line = line
        self.range = range
    }
}
