import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the pairs of a TMX file, Bitext's own or another tool's.
///
/// Chinese and English are found by language tag whatever its spelling (`zh-TW`, `zh-Hant`, `ZH-TW`,
/// `zh_TW`, `zh-HK`, `zh-CN`; `en-US`, `EN-GB`), so `srclang="*all*"` and units with more languages work.
/// Inline codes (`<ph>`, `<bpt>`, `<ept>`, `<it>`, `<ut>`) hold native codes, not text, and are dropped;
/// `<hi>` keeps its text. UTF-8 and UTF-16 with a byte order mark are read. Bitext's `x-` properties
/// give the bead, confidence, document, paragraphs, flags and crossing back; without them beads count
/// the sentences of each side from 0.
public struct TMXReader: Sendable {
    /// The file name used in error messages.
    public var file: String

    public init(file: String = "-") {
        self.file = file
    }

    /// The pairs read, and how many units had neither Chinese nor English.
    public struct Result: Sendable, Hashable {
        public var pairs: [AlignedPair]
        /// `<tu>` elements without a Chinese or an English `<tuv>`, skipped.
        public var skippedUnits = 0
        /// The `xml:lang` of the first Chinese and the first English `<tuv>` (`zh-TW`, `en-US`), and the
        /// header's `srclang`, as the file spells them.
        public var chineseTag: String?
        public var englishTag: String?
        public var sourceTag: String?
    }

    public func read(_ data: Data) throws(ExportError) -> Result {
        // A stream, not `XMLParser(data:)`: FoundationXML hands libxml2 the data as one chunk, which it
        // refuses beyond 10 MB ("huge input lookup"); from a stream it takes chunks.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let handler = TMXParserHandler()
        parser.delegate = handler
        guard !data.isEmpty else { throw ExportError(file: file, message: "empty file") }
        // FoundationXML recovers from some errors and still returns true: the delegate keeps the first.
        let finished = parser.parse()
        if let message = handler.failure {
            throw ExportError(file: file, line: handler.failureLine, message: message)
        }
        if !finished {
            throw ExportError(
                file: file, line: parser.lineNumber, message: "not well-formed XML (column \(parser.columnNumber))")
        }
        guard handler.sawRoot else {
            throw ExportError(file: file, message: "not a TMX file: the root element is not <tmx>")
        }
        return Result(
            pairs: handler.pairs, skippedUnits: handler.skippedUnits, chineseTag: handler.chineseTag,
            englishTag: handler.englishTag, sourceTag: handler.sourceTag)
    }

    /// The language a TMX tag names, by its primary subtag: `zh`, `cmn`, `yue`… Chinese; `en` English.
    public static func language(ofTag tag: String) -> Language? {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        switch primary {
        case "zh", "zho", "chi", "cmn", "yue", "lzh": return .chinese
        case "en", "eng": return .english
        default: return nil
        }
    }
}

/// The XMLParser delegate behind `TMXReader`: collects units, their properties and segment text.
private final class TMXParserHandler: NSObject, XMLParserDelegate {
    var pairs: [AlignedPair] = []
    var skippedUnits = 0
    var sawRoot = false
    var failure: String?
    var failureLine: Int?
    var chineseTag: String?
    var englishTag: String?
    var sourceTag: String?

    private var unit: Unit?
    private var inVariant = false
    private var tuvLanguage: Language?
    private var inSegment = false
    /// Depth inside inline elements whose content is native code.
    private var codeDepth = 0
    private var segment = ""
    private var property: String?
    private var propertyText = ""
    private var nextChinese = 0
    private var nextEnglish = 0

    private struct Unit {
        var chinese: String?
        var english: String?
        var properties: [String: String] = [:]
    }

    private static let codeElements: Set<String> = ["ph", "bpt", "ept", "it", "ut", "sub"]

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if !sawRoot {
            guard element == "tmx" else {
                failure = "not a TMX file: the root element is <\(element)>"
                failureLine = parser.lineNumber
                parser.abortParsing()
                return
            }
            sawRoot = true
        }
        if inSegment {
            if Self.codeElements.contains(element) { codeDepth += 1 }
            return
        }
        switch element {
        case "tu":
            unit = Unit()
        case "tuv":
            inVariant = true
            let tag = attributes["xml:lang"] ?? attributes["lang"] ?? ""
            tuvLanguage = TMXReader.language(ofTag: tag)
            if tuvLanguage == .chinese, chineseTag == nil { chineseTag = tag }
            if tuvLanguage == .english, englishTag == nil { englishTag = tag }
        case "header":
            sourceTag = attributes["srclang"]
        case "seg":
            inSegment = true
            segment = ""
        case "prop" where unit != nil && !inVariant:
            property = attributes["type"]
            propertyText = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if inSegment && element != "seg" {
            if Self.codeElements.contains(element) { codeDepth = max(0, codeDepth - 1) }
            return
        }
        switch element {
        case "seg":
            inSegment = false
            codeDepth = 0
            switch tuvLanguage {
            case .chinese where unit?.chinese == nil: unit?.chinese = segment
            case .english where unit?.english == nil: unit?.english = segment
            default: break
            }
        case "tuv":
            inVariant = false
            tuvLanguage = nil
        case "prop":
            if let property { unit?.properties[property] = propertyText }
            property = nil
        case "tu":
            if let unit { finish(unit) }
            unit = nil
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        guard failure == nil else { return }
        let code = (error as NSError).code
        // libxml2's codes (xmlParserErrors), which FoundationXML passes on.
        let problem =
            switch code {
            case 4: "no root element"
            case 5: "unexpected end of file"
            case 9: "invalid character"
            case 26, 27: "undeclared entity"
            case 73: "'>' expected"
            case 76: "mismatched end tag"
            default: "libxml2 error \(code)"
            }
        failure = "not well-formed XML: \(problem) (column \(parser.columnNumber))"
        failureLine = parser.lineNumber
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inSegment {
            if codeDepth == 0 { segment += string }
        } else if property != nil {
            propertyText += string
        }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    private func finish(_ unit: Unit) {
        guard unit.chinese != nil || unit.english != nil else {
            skippedUnits += 1
            return
        }
        let chinese = unit.chinese ?? ""
        let english = unit.english ?? ""
        let properties = unit.properties
        let bead =
            properties["x-bead"].flatMap { Bead(notation: $0) }
            ?? Bead(
                chinese: chinese.isEmpty ? [] : [nextChinese], english: english.isEmpty ? [] : [nextEnglish])
        nextChinese = (bead.chinese.max() ?? (nextChinese - 1)) + 1
        nextEnglish = (bead.english.max() ?? (nextEnglish - 1)) + 1
        let paragraphs = properties["x-paragraph"]?.split(separator: ":", omittingEmptySubsequences: false)
        pairs.append(
            AlignedPair(
                bead: bead, chinese: chinese, english: english,
                confidence: properties["x-confidence"].flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                    ?? 1,
                flags: (properties["x-flags"] ?? "").split(separator: " ").compactMap {
                    QualityFlag(rawValue: String($0))
                },
                crossing: properties["x-crossing"]?.trimmingCharacters(in: .whitespaces) == "true",
                document: properties["x-document"] ?? "",
                chineseParagraph: paragraphs.flatMap { $0.count == 2 ? Int($0[0]) : nil },
                englishParagraph: paragraphs.flatMap { $0.count == 2 ? Int($0[1]) : nil }))
    }
}
