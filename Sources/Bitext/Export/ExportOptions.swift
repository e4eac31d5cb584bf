import Foundation

/// How writers lay out aligned pairs: direction, language tags and optional columns.
public struct ExportOptions: Sendable, Hashable {
    /// The source language: its text comes first in TSV and its tag is the TMX `srclang`.
    public var source: Language = .chinese
    /// The `xml:lang` of Chinese in TMX: `zh-Hant` by default, `zh-TW` for Okapi jobs.
    public var chineseTag = "zh-Hant"
    /// The `xml:lang` of English in TMX.
    public var englishTag = "en"
    /// Adds the confidence as a last TSV column.
    public var score = false
    /// Starts TSV with a header line naming the columns.
    public var header = false
    /// Keeps one-sided pairs in TMX (a `<tu>` with one `<tuv>`) and Moses files (an empty line).
    public var keepOneSided = false
    /// The TMX header's `creationdate`.
    public var creationDate = Date()
    /// The TMX header's `creationtoolversion`.
    public var toolVersion = "0.1.0"

    public init() {}

    /// The TMX language tag of `language`.
    public func tag(_ language: Language) -> String {
        language == .chinese ? chineseTag : englishTag
    }

    /// Source first, then target.
    public var languages: [Language] { source == .chinese ? [.chinese, .english] : [.english, .chinese] }
}
