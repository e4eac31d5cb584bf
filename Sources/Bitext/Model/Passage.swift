/// All the paragraphs of one language in a document, in input order.
public struct Passage: Sendable, Hashable, Codable {
    public var language: Language
    /// For Chinese: Traditional or Simplified characters, as detected.
    public var script: ChineseScript?
    public var paragraphs: [Paragraph]

    public init(language: Language, script: ChineseScript? = nil, paragraphs: [Paragraph]) {
        self.language = language
        self.script = script
        self.paragraphs = paragraphs
    }
}
