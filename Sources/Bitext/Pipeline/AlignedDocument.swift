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

    /// The expected share of right pairs among the two-sided ones: the mean of their confidences
    /// (0 when there are none). Low when the two texts do not translate each other.
    public var score: Double {
        var total = 0.0
        var count = 0
        for pair in pairs where !pair.bead.chinese.isEmpty && !pair.bead.english.isEmpty {
            total += pair.confidence
            count += 1
        }
        return count > 0 ? total / Double(count) : 0
    }

    /// The share of each side's sentences left without a counterpart (in one-sided pairs).
    public var unaligned: (chinese: Double, english: Double) {
        var chinese = 0
        var english = 0
        for pair in pairs {
            if pair.bead.english.isEmpty { chinese += pair.bead.chinese.count }
            if pair.bead.chinese.isEmpty { english += pair.bead.english.count }
        }
        return (
            self.chinese.isEmpty ? 0 : Double(chinese) / Double(self.chinese.count),
            self.english.isEmpty ? 0 : Double(english) / Double(self.english.count)
        )
    }

    public init(document: Document, chinese: [Sentence], english: [Sentence], pairs: [AlignedPair]) {
        self.document = document
        self.chinese = chinese
        self.english = english
        self.pairs = pairs
    }
}
