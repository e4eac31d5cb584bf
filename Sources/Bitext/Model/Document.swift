/// A read input: its Chinese and English passages, metadata, and what was set aside.
public struct Document: Sendable, Hashable, Codable {
    /// A name for the document: its file name, or an id from a manifest.
    public var id: String
    /// Document metadata such as `date` (from a ` date YYYY-MM-DD` first line) or `source`.
    public var metadata: [String: String]
    public var chinese: Passage?
    public var english: Passage?
    public var setAside: [SetAside]

    public init(
        id: String, metadata: [String: String] = [:], chinese: Passage? = nil, english: Passage? = nil,
        setAside: [SetAside] = []
    ) {
        self.id = id
        self.metadata = metadata
        self.chinese = chinese
        self.english = english
        self.setAside = setAside
    }

    /// The passage in `language`, if the document has one.
    public func passage(_ language: Language) -> Passage? {
        language == .chinese ? chinese : english
    }
}
