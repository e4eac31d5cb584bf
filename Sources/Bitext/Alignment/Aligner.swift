/// Options for sentence alignment.
public struct AlignmentOptions: Sendable, Hashable {
    /// The most sentences one side of a bead may hold (3 allows 1-3 and 3-1; at most 4).
    public var maxBeadSide: Int = 3
    /// Search one monotonic path only, as classic aligners do.
    public var monotonic: Bool = false

    public init() {}
}

/// Aligns the sentences of a Chinese passage with those of its English translation.
///
/// PLACEHOLDER: pairs sentences along the diagonal until the aligner lands.
public struct Aligner: Sendable {
    public var options: AlignmentOptions

    public init(options: AlignmentOptions = AlignmentOptions()) {
        self.options = options
    }

    /// The aligned pairs of `chinese` and `english`, in English order for moved blocks.
    public func align(chinese: [Sentence], english: [Sentence], document: String = "") -> [AlignedPair] {
        let count = min(chinese.count, english.count)
        var pairs = (0..<count).map { index in
            AlignedPair(
                bead: Bead(chinese: [chinese[index].id], english: [english[index].id]),
                chinese: chinese[index].text, english: english[index].text, confidence: 0.5, document: document,
                chineseParagraph: chinese[index].paragraph, englishParagraph: english[index].paragraph)
        }
        for sentence in chinese.dropFirst(count) {
            pairs.append(
                AlignedPair(
                    bead: Bead(chinese: [sentence.id], english: []), chinese: sentence.text, english: "",
                    confidence: 0, document: document, chineseParagraph: sentence.paragraph))
        }
        for sentence in english.dropFirst(count) {
            pairs.append(
                AlignedPair(
                    bead: Bead(chinese: [], english: [sentence.id]), chinese: "", english: sentence.text,
                    confidence: 0, document: document, englishParagraph: sentence.paragraph))
        }
        return pairs
    }
}
