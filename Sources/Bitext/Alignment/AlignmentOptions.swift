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
    /// Start from the built-in lexicon (CC-CEDICT, `ChineseEnglishDictionary.builtIn`); `--no-lexicon`
    /// turns it off.
    public var builtInLexicon: Bool = true {
        didSet { combined = Self.combine(userDictionary, builtIn: builtInLexicon) }
    }
    /// Word translations from a CC-CEDICT file (`--dictionary`), added to the built-in lexicon's.
    package var userDictionary: ChineseEnglishDictionary? {
        didSet { combined = Self.combine(userDictionary, builtIn: builtInLexicon) }
    }
    /// The built-in lexicon merged with `userDictionary`, worked out when either changes (a merge
    /// copies the built-in lexicon; the aligner asks for `dictionary` on every document).
    private var combined: ChineseEnglishDictionary?
    /// The dictionary the aligner uses, on top of the gazetteer: the built-in lexicon (unless
    /// `builtInLexicon` is false) with the user's entries; setting it sets `userDictionary`.
    package var dictionary: ChineseEnglishDictionary? {
        get {
            guard builtInLexicon else { return userDictionary }
            return combined ?? ChineseEnglishDictionary.builtInWithNames
        }
        set { userDictionary = newValue }
    }
    /// Word translations learned beforehand (across a batch of documents): used as they are, instead of
    /// `dictionary` and of learning from this input.
    package var lexicon: Lexicon?
    /// The aligner's tuning constants.
    package var parameters = AlignmentParameters.standard

    public init() {}

    /// `user` merged onto the built-in lexicon; nil when there is no user dictionary or no built-in one.
    private static func combine(_ user: ChineseEnglishDictionary?, builtIn: Bool) -> ChineseEnglishDictionary? {
        guard builtIn, let user else { return nil }
        return ChineseEnglishDictionary.builtInWithNames.merging(user)
    }
}
