/// Text the reader kept out of the passages, reported rather than silently dropped.
public struct SetAside: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Publication metadata: `發佈時間:… | 來源:… | 責任編輯:…`.
        case metadata
        /// An end mark such as `■`.
        case endMark
        /// A page header or page number of text taken from print: `1   HONG KONG LEGISLATIVE COUNCIL -- 21 June 1989`.
        case pageHeader
        /// A line in neither language, or too short to tell.
        case unknown
        /// A line in the other language of a mixed file given as `--zh` or `--en`.
        case otherLanguage
    }

    public var kind: Kind
    public var text: String
    /// 1-based line number in the input.
    public var line: Int
    /// UTF-8 byte offset of `text` in the input.
    public var offset: Int

    public init(kind: Kind, text: String, line: Int, offset: Int) {
        self.kind = kind
        self.text = text
        self.line = line
        self.offset = offset
    }
}
