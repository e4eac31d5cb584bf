/// What `Pipeline.align` made of one input: the document read, its sentences and their alignment.
///
/// A struct so that what the aligner returns can grow (a document-level score, say) without
/// changing its callers.
public struct AlignedDocument: Sendable {
    /// The document as read (its id is the one the pipeline was given, or the reader's).
    public var document: Document
    /// The Chinese sentences, ids 0-based (input line numbers when presegmented).
    public var chinese: [Sentence]
    /// The English sentences, ids 0-based (input line numbers when presegmented).
    public var english: [Sentence]
    /// The aligned pairs, in order.
    public var pairs: [AlignedPair]

    public init(document: Document, chinese: [Sentence], english: [Sentence], pairs: [AlignedPair]) {
        self.document = document
        self.chinese = chinese
        self.english = english
        self.pairs = pairs
    }
}
