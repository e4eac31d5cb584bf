/// What a TMX `<tu>` held beyond its texts and Bitext's own `x-` properties, kept so that TMX → TMX
/// loses nothing: `TMXWriter` writes it back.
public struct TMXUnitMetadata: Sendable, Hashable, Codable {
    /// A `<prop>` of the unit: its `type` and text.
    public struct Property: Sendable, Hashable, Codable {
        public var type: String
        public var text: String

        /// The `<tuv>` attributes kept, in the order they are written (`xml:lang` is the output's).
        public static let variantAttributeNames = [
            "creationdate", "creationid", "changedate", "changeid", "lastusagedate", "usagecount", "creationtool",
            "creationtoolversion", "datatype", "segtype", "o-tmf", "o-encoding",
        ]

        public init(type: String, text: String) {
            self.type = type
            self.text = text
        }
    }

    /// What a `<tuv>` held besides its language and text.
    public struct Variant: Sendable, Hashable, Codable {
        /// Its attributes that `TMXWriter` writes back, by name (`variantAttributeNames`).
        public var attributes: [String: String]
        /// Its `<prop>`s (all of them: Bitext reads only the unit's), in order.
        public var properties: [Property]
        /// The texts of its `<note>`s, in order.
        public var notes: [String]

        /// The `<tuv>` attributes kept, in the order they are written (`xml:lang` is the output's).
        public static let variantAttributeNames = [
            "creationdate", "creationid", "changedate", "changeid", "lastusagedate", "usagecount", "creationtool",
            "creationtoolversion", "datatype", "segtype", "o-tmf", "o-encoding",
        ]

        public init(attributes: [String: String] = [:], properties: [Property] = [], notes: [String] = []) {
            self.attributes = attributes
            self.properties = properties
            self.notes = notes
        }

        public var isEmpty: Bool { attributes.isEmpty && properties.isEmpty && notes.isEmpty }
    }

    /// The unit's `tuid`, when it had one.
    public var tuid: String?
    /// The unit's other attributes that `TMXWriter` writes back, by name (`attributeNames`).
    public var attributes: [String: String]
    /// The `<prop>`s other than Bitext's (`x-document`, `x-bead`, `x-confidence`, `x-paragraph`, `x-flags`,
    /// `x-crossing`), in order.
    public var properties: [Property]
    /// The texts of the unit's `<note>`s, in order.
    public var notes: [String]
    /// Whether the unit had an `x-confidence`: without one the pair's confidence 1 stands in for an unknown
    /// one, and `TMXWriter` writes none.
    public var hasConfidence: Bool
    /// What the Chinese and the English `<tuv>` read held besides, nil when nothing.
    public var chinese: Variant?
    public var english: Variant?

    /// The `<tu>` attributes kept, in the order they are written (`srclang` is not: the output's source is
    /// Bitext's choice).
    public static let attributeNames = [
        "creationdate", "creationid", "changedate", "changeid", "lastusagedate", "usagecount", "datatype",
        "segtype", "o-tmf", "o-encoding",
    ]

    /// The `<tuv>` attributes kept, in the order they are written (`xml:lang` is the output's).
    public static let variantAttributeNames = [
        "creationdate", "creationid", "changedate", "changeid", "lastusagedate", "usagecount", "creationtool",
        "creationtoolversion", "datatype", "segtype", "o-tmf", "o-encoding",
    ]

    public init(
        tuid: String? = nil, attributes: [String: String] = [:], properties: [Property] = [], notes: [String] = [],
        hasConfidence: Bool = true, chinese: Variant? = nil, english: Variant? = nil
    ) {
        self.tuid = tuid
        self.attributes = attributes
        self.properties = properties
        self.notes = notes
        self.hasConfidence = hasConfidence
        self.chinese = chinese
        self.english = english
    }
}
