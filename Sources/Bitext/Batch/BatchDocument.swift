/// One document of a batch: its id, where it comes from and where it was named (`corpus.tsv:12`).
package struct BatchDocument: Sendable, Hashable {
    package var id: String
    package var source: AlignmentInput
    /// The manifest or input line that named the document, for messages.
    package var origin: String

    package init(id: String, source: AlignmentInput, origin: String) {
        self.id = id
        self.source = source
        self.origin = origin
    }
}
