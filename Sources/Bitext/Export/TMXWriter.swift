import Foundation

/// Writes aligned pairs as a TMX 1.4b translation memory.
///
/// One `<tu>` a pair with one `<tuv>` a language, source first, and `<prop type="x-…">` for what the
/// aligner knows: `x-document`, `x-bead` (Vecalign notation), `x-confidence`, `x-paragraph`
/// (`zh:en` paragraph ids), `x-flags` (space-separated) and `x-crossing`. A pair read from TMX keeps
/// its unit's `tuid` (unless taken already), attributes, other properties and notes, and has no
/// `x-confidence` when its unit had none. Valid against the TMX 1.4 DTD; characters XML 1.0 forbids are removed and counted; one-sided pairs are left out (a `<seg>`
/// may not be empty for OmegaT and Okapi) unless `keepOneSided`, which writes a single `<tuv>`.
public struct TMXWriter: PairWriter {
    public var options = ExportOptions()

    public init() {}

    /// The TMX document for `pairs`, and what was left out or cleaned.
    public func write(_ pairs: [AlignedPair]) -> (text: String, statistics: ExportStatistics) {
        var statistics = ExportStatistics()
        var out = header(&statistics)
        // Ids read with the pairs are kept; the others number the units, skipping the kept ones.
        let kept = Set(pairs.compactMap { $0.tmx?.tuid })
        var used: Set<String> = []
        for pair in pairs {
            var tuid = pair.tmx?.tuid ?? ""
            if tuid.isEmpty || used.contains(tuid) {
                var number = statistics.written + 1
                while kept.contains(String(number)) || used.contains(String(number)) { number += 1 }
                tuid = String(number)
            }
            if let unit = unit(pair, tuid: tuid, statistics: &statistics) {
                out += unit
                used.insert(tuid)
            }
        }
        out += Self.footer
        return (out, statistics)
    }

    /// The XML declaration, the document type when `options.documentType`, `<tmx>`, the `<header>`
    /// (`srclang`, and `creationdate` when `options.creationDate` is set) and `<body>`.
    package func header(_ statistics: inout ExportStatistics) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if options.documentType { out += "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n" }
        out += "<tmx version=\"1.4\">\n"
        out +=
            "  <header creationtool=\"Bitext\" creationtoolversion=\"\(attribute(options.toolVersion, &statistics))\""
        out += " segtype=\"sentence\" o-tmf=\"Bitext\" adminlang=\"en\""
        out += " srclang=\"\(attribute(options.tag(options.source), &statistics))\" datatype=\"plaintext\""
        if let date = options.creationDate { out += " creationdate=\"\(Self.timestamp(date))\"" }
        out += "/>\n"
        out += "  <body>\n"
        return out
    }

    /// What closes the document.
    package static let footer = "  </body>\n</tmx>\n"

    /// The `<tu>`s of the pairs of document `id`, appended to `out`, with `tuid`s `ID-N` (N the pair's
    /// 1-based place in the document) so that they are unique across a batch's documents.
    package func units(_ pairs: [AlignedPair], document id: String, statistics: inout ExportStatistics) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(pairs.count * 320)
        for (index, pair) in pairs.enumerated() {
            var pair = pair
            pair.document = id
            _ = unit(pair, tuid: "\(id)-\(index + 1)", statistics: &statistics, into: &out)
        }
        return out
    }

    /// The `<tu>` of `pair` with id `tuid` (escaped here), or nil when the pair is left out as one-sided;
    /// `statistics` counts it. A batch writes its units with this, so they are `write`'s byte for byte.
    package func unit(_ pair: AlignedPair, tuid: String, statistics: inout ExportStatistics) -> String? {
        var out: [UInt8] = []
        guard unit(pair, tuid: tuid, statistics: &statistics, into: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the `<tu>` of `pair` (as `unit(_:tuid:statistics:)`) to `out`; false when it is left out.
    package func unit(_ pair: AlignedPair, tuid: String, statistics: inout ExportStatistics, into out: inout [UInt8])
        -> Bool
    {
        let languages = options.languages
        let sides = languages.count { !Self.escapesToNothing(language: $0, of: pair) }
        if sides == 0 || (sides == 1 && !options.keepOneSided) {
            statistics.oneSidedLeftOut += 1
            return false
        }
        statistics.written += 1
        var removed = 0
        out.append(contentsOf: "    <tu tuid=\"".utf8)
        removed += Self.appendEscaped(tuid, inAttribute: true, to: &out)
        out.append(UInt8(ascii: "\""))
        if let metadata = pair.tmx {
            for name in TMXUnitMetadata.attributeNames {
                guard let value = metadata.attributes[name] else { continue }
                out.append(contentsOf: " \(name)=\"".utf8)
                removed += Self.appendEscaped(value, inAttribute: true, to: &out)
                out.append(UInt8(ascii: "\""))
            }
        }
        out.append(contentsOf: ">\n".utf8)
        if !pair.document.isEmpty {
            out.append(contentsOf: "      <prop type=\"x-document\">".utf8)
            removed += Self.appendEscaped(pair.document, inAttribute: false, to: &out)
            out.append(contentsOf: "</prop>\n".utf8)
        }
        out.append(contentsOf: "      <prop type=\"x-bead\">[".utf8)
        Self.appendList(pair.bead.chinese, to: &out)
        out.append(contentsOf: "]:[".utf8)
        Self.appendList(pair.bead.english, to: &out)
        out.append(contentsOf: "]</prop>\n".utf8)
        if pair.tmx?.hasConfidence ?? true {
            out.append(contentsOf: "      <prop type=\"x-confidence\">".utf8)
            out.append(contentsOf: pair.confidence.description.utf8)
            out.append(contentsOf: "</prop>\n".utf8)
        }
        if pair.chineseParagraph != nil || pair.englishParagraph != nil {
            out.append(contentsOf: "      <prop type=\"x-paragraph\">".utf8)
            if let paragraph = pair.chineseParagraph { Self.appendDecimal(paragraph, to: &out) }
            out.append(UInt8(ascii: ":"))
            if let paragraph = pair.englishParagraph { Self.appendDecimal(paragraph, to: &out) }
            out.append(contentsOf: "</prop>\n".utf8)
        }
        if !pair.flags.isEmpty {
            out.append(contentsOf: "      <prop type=\"x-flags\">".utf8)
            for (index, flag) in pair.flags.enumerated() {
                if index > 0 { out.append(UInt8(ascii: " ")) }
                out.append(contentsOf: flag.rawValue.utf8)
            }
            out.append(contentsOf: "</prop>\n".utf8)
        }
        if pair.crossing {
            out.append(contentsOf: "      <prop type=\"x-crossing\">true</prop>\n".utf8)
        }
        if let metadata = pair.tmx {
            for property in metadata.properties {
                out.append(contentsOf: "      <prop type=\"".utf8)
                removed += Self.appendEscaped(property.type, inAttribute: true, to: &out)
                out.append(contentsOf: "\">".utf8)
                removed += Self.appendEscaped(property.text, inAttribute: false, to: &out)
                out.append(contentsOf: "</prop>\n".utf8)
            }
            for note in metadata.notes {
                out.append(contentsOf: "      <note>".utf8)
                removed += Self.appendEscaped(note, inAttribute: false, to: &out)
                out.append(contentsOf: "</note>\n".utf8)
            }
        }
        for language in languages {
            guard !Self.escapesToNothing(language: language, of: pair) else {
                // Left out, but its characters were removed all the same.
                var nothing: [UInt8] = []
                removed += Self.appendEscaped(
                    language == .chinese ? pair.chinese : pair.english, inAttribute: false, to: &nothing)
                continue
            }
            out.append(contentsOf: "      <tuv xml:lang=\"".utf8)
            removed += Self.appendEscaped(options.tag(language), inAttribute: true, to: &out)
            out.append(UInt8(ascii: "\""))
            if let details = language == .chinese ? pair.tmx?.chinese : pair.tmx?.english {
                removed += Self.appendVariant(details, to: &out)
            } else {
                out.append(UInt8(ascii: ">"))
            }
            out.append(contentsOf: "<seg>".utf8)
            removed += Self.appendEscaped(
                language == .chinese ? pair.chinese : pair.english, inAttribute: false, to: &out)
            out.append(contentsOf: "</seg></tuv>\n".utf8)
        }
        out.append(contentsOf: "    </tu>\n".utf8)
        statistics.illegalCharactersRemoved += removed
        return true
    }

    /// Appends a `<tuv>`'s kept attributes, its `>`, then its properties and notes; returns how many
    /// characters XML 1.0 forbids were removed.
    private static func appendVariant(_ details: TMXUnitMetadata.Variant, to out: inout [UInt8]) -> Int {
        var removed = 0
        for name in TMXUnitMetadata.variantAttributeNames {
            guard let value = details.attributes[name] else { continue }
            out.append(contentsOf: " \(name)=\"".utf8)
            removed += appendEscaped(value, inAttribute: true, to: &out)
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: ">"))
        for property in details.properties {
            out.append(contentsOf: "<prop type=\"".utf8)
            removed += appendEscaped(property.type, inAttribute: true, to: &out)
            out.append(contentsOf: "\">".utf8)
            removed += appendEscaped(property.text, inAttribute: false, to: &out)
            out.append(contentsOf: "</prop>".utf8)
        }
        for note in details.notes {
            out.append(contentsOf: "<note>".utf8)
            removed += appendEscaped(note, inAttribute: false, to: &out)
            out.append(contentsOf: "</note>".utf8)
        }
        return removed
    }

    /// Whether `pair`'s text in `language` escapes to nothing: its `<tuv>` is left out.
    private static func escapesToNothing(language: Language, of pair: AlignedPair) -> Bool {
        escapesToNothing(language == .chinese ? pair.chinese : pair.english)
    }

    /// Appends `values` in decimal, separated by ", " (a side of Vecalign's bead notation).
    private static func appendList(_ values: [Int], to out: inout [UInt8]) {
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(contentsOf: ", ".utf8) }
            appendDecimal(value, to: &out)
        }
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value >= 0 else {
            out.append(contentsOf: String(value).utf8)
            return
        }
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `date` as TMX writes it: `YYYYMMDDThhmmssZ`, in UTC.
    public static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return pad(parts.year, 4) + pad(parts.month, 2) + pad(parts.day, 2) + "T" + pad(parts.hour, 2)
            + pad(parts.minute, 2) + pad(parts.second, 2) + "Z"
    }

    private func attribute(_ value: String, _ statistics: inout ExportStatistics) -> String {
        let (escaped, removed) = Self.escaped(value, inAttribute: true)
        statistics.illegalCharactersRemoved += removed
        return escaped
    }
}
