import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The XMLParser delegate behind `TMXReader`: collects units, their variants, properties and notes.
final class TMXParserHandler: NSObject, XMLParserDelegate {
    var result = TMXReader.Result(pairs: [])
    var sawRoot = false
    var failure: String?
    var failureLine: Int?

    private var unit: Unit?
    private var variant: Variant?
    private var inSegment = false
    /// Depth inside inline elements whose content is native code.
    private var codeDepth = 0
    /// Whether an inline code came since the segment's last text: the next text may need a space.
    private var codeSinceText = false
    /// A unit's `<prop>` (its type) or `<note>` (nil) being read, and its text so far.
    private var detail: (property: String?, text: String)?
    private var nextChinese = 0
    private var nextEnglish = 0

    private struct Unit {
        var chinese: [Variant] = []
        var english: Variant?
        var properties: [String: String] = [:]
        var metadata = TMXUnitMetadata()
        /// `<tuv>`s with a segment, of any language.
        var variants = 0
    }

    private struct Variant {
        var tag: String
        var language: Language?
        var rank: Int?
        var text = ""
        /// `<sub>` elements in its segment, whose text is left out.
        var subflows = 0
        var hasSegment = false
        var details = TMXUnitMetadata.Variant()
    }

    private static let codeElements: Set<String> = ["ph", "bpt", "ept", "it", "ut", "sub"]
    /// Bitext's own unit properties, read into the pair's fields.
    private static let bitextProperties: Set<String> = [
        "x-document", "x-bead", "x-confidence", "x-paragraph", "x-flags", "x-crossing",
    ]

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if !sawRoot {
            guard element == "tmx" else {
                fail("not a TMX file: the root element is <\(element)>", parser)
                return
            }
            sawRoot = true
        }
        if inSegment {
            if element == "sub" { variant?.subflows += 1 }
            if Self.codeElements.contains(element) {
                codeDepth += 1
                codeSinceText = true
            }
            return
        }
        switch element {
        case "tu":
            var metadata = TMXUnitMetadata(tuid: attributes["tuid"])
            for name in TMXUnitMetadata.attributeNames {
                if let value = attributes[name] { metadata.attributes[name] = value }
            }
            unit = Unit(metadata: metadata)
        case "tuv":
            let tag = attributes["xml:lang"] ?? attributes["lang"] ?? ""
            variant = Variant(
                tag: tag, language: TMXReader.language(ofTag: tag), rank: TMXReader.chineseRank(ofTag: tag))
            for name in TMXUnitMetadata.variantAttributeNames {
                if let value = attributes[name] { variant?.details.attributes[name] = value }
            }
        case "header":
            result.sourceTag = attributes["srclang"]
        case "seg":
            inSegment = true
            codeSinceText = false
            variant?.text = ""
        case "prop" where unit != nil:
            detail = (attributes["type"] ?? "", "")
        case "note" where unit != nil:
            detail = (nil, "")
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
            // Codes at the segment's end stand for no space either.
            if codeSinceText {
                while variant?.text.last == " " { variant?.text.removeLast() }
            }
            inSegment = false
            codeDepth = 0
            variant?.hasSegment = true
        case "tuv":
            if let variant, variant.hasSegment {
                unit?.variants += 1
                switch variant.language {
                case .chinese: unit?.chinese.append(variant)
                case .english where unit?.english == nil: unit?.english = variant
                default: break
                }
            }
            variant = nil
        case "prop", "note":
            guard let detail, unit != nil else { break }
            if variant != nil {
                // A variant's properties are all kept: Bitext's are the unit's.
                if let type = detail.property {
                    variant?.details.properties.append(TMXUnitMetadata.Property(type: type, text: detail.text))
                } else {
                    variant?.details.notes.append(detail.text)
                }
            } else if let type = detail.property {
                if Self.bitextProperties.contains(type) {
                    unit?.properties[type] = detail.text
                } else {
                    unit?.metadata.properties.append(TMXUnitMetadata.Property(type: type, text: detail.text))
                }
            } else {
                unit?.metadata.notes.append(detail.text)
            }
            self.detail = nil
        case "tu":
            if let unit { finish(unit, parser) }
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
        fail("not well-formed XML: \(problem) (column \(parser.columnNumber))", parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inSegment {
            guard codeDepth == 0, !string.isEmpty else { return }
            var text = Substring(string)
            if codeSinceText {
                // A code stands for one space at most: none at the segment's start or after a space.
                if let last = variant?.text.last, !last.isWhitespace {
                    if let first = text.first, Self.codeSeparates(last, first) { variant?.text += " " }
                } else {
                    text = text.drop { $0 == " " }
                    guard !text.isEmpty else { return }
                }
            }
            codeSinceText = false
            variant?.text += text
        } else if detail != nil {
            detail?.text += string
        }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    /// Whether inline codes between `before` and `after` stand for a space: between two words, not next
    /// to a space, closing punctuation after or opening punctuation before, nor a script written without
    /// spaces (Han, kana, CJK punctuation, fullwidth forms).
    static func codeSeparates(_ before: Character, _ after: Character) -> Bool {
        if before.isWhitespace || after.isWhitespace { return false }
        if isSpaceless(before) || isSpaceless(after) { return false }
        if ".,;:!?)]}%»”’…".contains(after) || "([{«“‘".contains(before) { return false }
        return true
    }

    private static func isSpaceless(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    private func fail(_ message: String, _ parser: XMLParser) {
        failure = message
        failureLine = parser.lineNumber
        parser.abortParsing()
    }

    private func finish(_ unit: Unit, _ parser: XMLParser) {
        // The first variant of the best rank.
        let chineseVariant = unit.chinese.min { ($0.rank ?? Int.max) < ($1.rank ?? Int.max) }
        guard chineseVariant != nil || unit.english != nil else {
            result.skippedUnits += 1
            return
        }
        var chinese = chineseVariant?.text ?? ""
        let english = unit.english?.text ?? ""
        result.subflowsLeftOut += (chineseVariant?.subflows ?? 0) + (unit.english?.subflows ?? 0)
        result.variantsLeftOut += unit.variants - (chineseVariant == nil ? 0 : 1) - (unit.english == nil ? 0 : 1)
        if result.englishTag == nil, let tag = unit.english?.tag { result.englishTag = tag }
        let properties = unit.properties
        var flags = (properties["x-flags"] ?? "").split(separator: " ").compactMap {
            QualityFlag(rawValue: String($0))
        }
        if let chineseVariant {
            if chineseVariant.rank == TMXReader.simplifiedRank {
                guard let toTraditional = Transliterator.simplifiedToTraditional else {
                    fail("cannot convert Simplified Chinese to Traditional: ICU has no Hans-Hant transform", parser)
                    return
                }
                chinese = toTraditional(chinese)
                if !flags.contains(.simplifiedConverted) { flags.append(.simplifiedConverted) }
                result.simplifiedConverted += 1
            } else if result.chineseTag == nil {
                result.chineseTag = chineseVariant.tag
            }
        }
        let bead =
            properties["x-bead"].flatMap { Bead(notation: $0) }
            ?? Bead(
                chinese: chinese.isEmpty ? [] : [nextChinese], english: english.isEmpty ? [] : [nextEnglish])
        nextChinese = (bead.chinese.max() ?? (nextChinese - 1)) + 1
        nextEnglish = (bead.english.max() ?? (nextEnglish - 1)) + 1
        let paragraphs = properties["x-paragraph"]?.split(separator: ":", omittingEmptySubsequences: false)
        let confidence = properties["x-confidence"].flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        var metadata = unit.metadata
        metadata.hasConfidence = confidence != nil
        metadata.chinese = chineseVariant.flatMap { $0.details.isEmpty ? nil : $0.details }
        metadata.english = unit.english.flatMap { $0.details.isEmpty ? nil : $0.details }
        result.pairs.append(
            AlignedPair(
                bead: bead, chinese: chinese, english: english, confidence: confidence ?? 1, flags: flags,
                crossing: properties["x-crossing"]?.trimmingCharacters(in: .whitespaces) == "true",
                document: properties["x-document"] ?? "",
                chineseParagraph: paragraphs.flatMap { $0.count == 2 ? Int($0[0]) : nil },
                englishParagraph: paragraphs.flatMap { $0.count == 2 ? Int($0[1]) : nil }, tmx: metadata))
    }
}
