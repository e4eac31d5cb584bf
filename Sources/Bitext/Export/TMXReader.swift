import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the pairs of a TMX file, Bitext's own or another tool's, losing nothing silently.
///
/// Chinese and English are found by language tag whatever its spelling (`zh-TW`, `zh-Hant`, `ZH-TW`,
/// `zh_TW`, `zh-HK`, `zh-CN`; `en-US`, `EN-GB`), so `srclang="*all*"` and units with more languages work.
/// Of several Chinese variants the first of the best rank wins (`chineseRank(ofTag:)`); one in Simplified
/// only is converted to Traditional and flagged `simplified-converted`. Inline codes (`<ph>`, `<bpt>`,
/// `<ept>`, `<it>`, `<ut>`) hold native codes, not text: each run of them becomes one space where it
/// separates two words, and nothing elsewhere; the text of a `<sub>` inside them is left out and counted.
/// `<hi>` keeps its text. Entities of the internal DTD subset are expanded; external ones are refused.
/// UTF-8 and UTF-16 with a byte order mark are read. Bitext's `x-` properties give the bead, confidence,
/// document, paragraphs, flags and crossing back; without them beads count the sentences of each side
/// from 0. Everything else of a `<tu>` and of the two `<tuv>`s read (tuid, dates, props, notes) goes to the
/// pair's `tmx`.
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
        /// `<sub>` elements (text inside inline codes: alt text, footnotes) whose text was left out.
        public var subflowsLeftOut = 0
        /// Pairs whose Chinese was Simplified only, converted to Traditional.
        public var simplifiedConverted = 0
        /// `<tuv>`s of units read that were not: other languages, other Chinese variants, a second English.
        public var variantsLeftOut = 0

        /// What was left out or changed, one line each, for standard error; empty when nothing was.
        public var warnings: [String] {
            var lines: [String] = []
            if skippedUnits > 0 { lines.append("skipped \(skippedUnits) units with neither Chinese nor English") }
            if subflowsLeftOut > 0 {
                lines.append(
                    "left out the text of \(Self.count(subflowsLeftOut, "<sub> element")) (text inside inline codes)")
            }
            if simplifiedConverted > 0 {
                lines.append(
                    "converted \(Self.count(simplifiedConverted, "Simplified Chinese segment")) to Traditional "
                        + "(flagged simplified-converted)")
            }
            if variantsLeftOut > 0 {
                lines.append(
                    "left out \(Self.count(variantsLeftOut, "<tuv> element")): other languages, other variants of "
                        + "Chinese or English")
            }
            return lines
        }

        /// `1 thing`, `2 things`.
        private static func count(_ number: Int, _ noun: String) -> String {
            "\(number) \(noun)\(number == 1 ? "" : "s")"
        }
    }

    public func read(_ data: Data) throws(ExportError) -> Result {
        // A stream, not `XMLParser(data:)`: FoundationXML hands libxml2 the data as one chunk, which it
        // refuses beyond 10 MB ("huge input lookup"); from a stream it takes chunks.
        guard !data.isEmpty else { throw ExportError(file: file, message: "empty file") }
        let data = try Self.expandingEntities(data, file: file)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let handler = TMXParserHandler()
        parser.delegate = handler
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
        return handler.result
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
