/// Options for sentence alignment.
public struct AlignmentOptions: Sendable {
    /// The most sentences one side of a bead may hold (3 allows 1-3 and 3-1; 1 to 4).
    public var maxBeadSide: Int = 3
    /// Search one monotonic path only, as classic aligners do.
    public var monotonic: Bool = false
    /// Initial half-width of the search band, in sentences; widened when the path reaches its edge.
    public var band: Int = 32
    /// Re-estimate the length model from the first pass's confident 1-1 beads, then align again.
    public var refine: Bool = true

    /// With reordering, learn word translations (IBM Model 1) from a first pass over long inputs.
    public var learning: Bool = true
    /// Word translations from a CC-CEDICT file (`--dictionary`), on top of the gazetteer.
    package var dictionary: ChineseEnglishDictionary?
    /// Word translations learned beforehand (across a batch of documents): used as they are, instead of
    /// `dictionary` and of learning from this input.
    package var lexicon: Lexicon?
    /// The aligner's tuning constants.
    package var parameters = AlignmentParameters.standard

    public init() {}
}
