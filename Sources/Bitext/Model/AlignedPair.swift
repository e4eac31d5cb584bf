/// An aligned unit with its texts: what exports write and the viewer shows.
public struct AlignedPair: Sendable, Hashable, Codable {
    public var bead: Bead
    /// The Chinese sentences of the bead, joined (no separator between Chinese sentences).
    public var chinese: String
    /// The English sentences of the bead, joined by a space.
    public var english: String
    /// How sure the aligner is, in [0, 1].
    public var confidence: Double
    public var flags: [QualityFlag]
    /// Whether the pair breaks the order of its neighbours.
    public var crossing: Bool
    /// The id of the document the pair comes from.
    public var document: String
    /// The paragraph ids of the first sentence on each side, when known.
    public var chineseParagraph: Int?
    public var englishParagraph: Int?
    /// What the TMX unit the pair was read from held besides (nil when it was not read from TMX).
    public var tmx: TMXUnitMetadata?

    public init(
        bead: Bead, chinese: String, english: String, confidence: Double = 1, flags: [QualityFlag] = [],
        crossing: Bool = false, document: String = "", chineseParagraph: Int? = nil,
        englishParagraph: Int? = nil, tmx: TMXUnitMetadata? = nil
    ) {
        self.bead = bead
        self.chinese = chinese
        self.english = english
        self.confidence = confidence
        self.flags = flags
        self.crossing = crossing
        self.document = document
        self.chineseParagraph = chineseParagraph
        self.englishParagraph = englishParagraph
        self.tmx = tmx
    }

    /// Whether one side is empty.
    public var isOneSided: Bool { bead.chinese.isEmpty || bead.english.isEmpty }
}
