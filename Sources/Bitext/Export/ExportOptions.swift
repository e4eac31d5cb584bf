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
    /// The TMX header's `creationdate`; nil leaves it out (a batch, whose resumed output must be the
    /// same bytes, unless `SOURCE_DATE_EPOCH` sets it).
    public var creationDate: Date? = Date()
    /// Writes `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` after the XML declaration (a batch's TMX does).
    public var documentType = false
    /// The TMX header's `creationtoolversion`.
    public var toolVersion = BitextRelease.version

    public init() {}

    /// `SOURCE_DATE_EPOCH` (seconds since 1970) from `environment`, for reproducible files; nil when unset.
    public static func sourceDate(_ environment: [String: String]) -> Date? {
        environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) }
    }

    /// The TMX language tag of `language`.
    public func tag(_ language: Language) -> String {
        language == .chinese ? chineseTag : englishTag
    }

    /// Source first, then target.
    public var languages: [Language] { source == .chinese ? [.chinese, .english] : [.english, .chinese] }
}
