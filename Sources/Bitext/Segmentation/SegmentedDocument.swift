/// A document with its passages split into sentences: what `bitext segment` shows and alignment takes.
public struct SegmentedDocument: Sendable, Hashable, Codable {
    public var document: Document
    /// The Chinese passage's sentences, ids 0-based; empty without a Chinese passage.
    public var chinese: [Sentence]
    /// The English passage's sentences, ids 0-based; empty without an English passage.
    public var english: [Sentence]

    public init(document: Document, chinese: [Sentence], english: [Sentence]) {
        self.document = document
        self.chinese = chinese
        self.english = english
    }

    /// The sentences in `language`.
    public func sentences(_ language: Language) -> [Sentence] {
        language == .chinese ? chinese : english
    }
}
