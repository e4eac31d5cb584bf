import Foundation

/// Writes aligned pairs as a TMX 1.4b translation memory.
///
/// One `<tu>` a pair with one `<tuv>` a language, source first, and `<prop type="x-…">` for what the
/// aligner knows: `x-document`, `x-bead` (Vecalign notation), `x-confidence`, `x-paragraph`
/// (`zh:en` paragraph ids), `x-flags` (space-separated) and `x-crossing`. Valid against the TMX 1.4
/// DTD; characters XML 1.0 forbids are removed and counted; one-sided pairs are left out (a `<seg>`
/// may not be empty for OmegaT and Okapi) unless `keepOneSided`, which writes a single `<tuv>`.
public struct TMXWriter: Sendable {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    /// The TMX document for `pairs`, and what was left out or cleaned.
    public func write(_ pairs: [AlignedPair]) -> (text: String, statistics: ExportStatistics) {
        var statistics = ExportStatistics()
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<tmx version=\"1.4\">\n"
        out +=
            "  <header creationtool=\"Bitext\" creationtoolversion=\"\(attribute(options.toolVersion, &statistics))\""
        out += " segtype=\"sentence\" o-tmf=\"Bitext\" adminlang=\"en\""
        out += " srclang=\"\(attribute(options.tag(options.source), &statistics))\" datatype=\"plaintext\""
        out += " creationdate=\"\(Self.timestamp(options.creationDate))\"/>\n"
        out += "  <body>\n"
        for pair in pairs {
            if let unit = unit(pair, tuid: String(statistics.written + 1), statistics: &statistics) { out += unit }
        }
        out += "  </body>\n</tmx>\n"
        return (out, statistics)
    }

    /// The `<tu>` of `pair` with id `tuid` (escaped here), or nil when the pair is left out as one-sided;
    /// `statistics` counts it. A batch writes its units with this, so they are `write`'s byte for byte.
    package func unit(_ pair: AlignedPair, tuid: String, statistics: inout ExportStatistics) -> String? {
        var removed = 0
        let segments = options.languages.map { language in
            let (segment, count) = Self.escaped(language == .chinese ? pair.chinese : pair.english, inAttribute: false)
            removed += count
            return (language, segment)
        }
        let sides = segments.filter { !$0.1.isEmpty }.count
        if sides == 0 || (sides == 1 && !options.keepOneSided) {
            statistics.oneSidedLeftOut += 1
            return nil
        }
        statistics.illegalCharactersRemoved += removed
        statistics.written += 1
        var out = "    <tu tuid=\"\(attribute(tuid, &statistics))\">\n"
        if !pair.document.isEmpty {
            out += "      <prop type=\"x-document\">\(text(pair.document, &statistics))</prop>\n"
        }
        out += "      <prop type=\"x-bead\">\(pair.bead.notation)</prop>\n"
        out += "      <prop type=\"x-confidence\">\(pair.confidence)</prop>\n"
        if pair.chineseParagraph != nil || pair.englishParagraph != nil {
            let paragraphs = [pair.chineseParagraph, pair.englishParagraph].map { $0.map(String.init) ?? "" }
            out += "      <prop type=\"x-paragraph\">\(paragraphs.joined(separator: ":"))</prop>\n"
        }
        if !pair.flags.isEmpty {
            out += "      <prop type=\"x-flags\">\(pair.flags.map(\.rawValue).joined(separator: " "))</prop>\n"
        }
        if pair.crossing {
            out += "      <prop type=\"x-crossing\">true</prop>\n"
        }
        for (language, segment) in segments where !segment.isEmpty {
            out += "      <tuv xml:lang=\"\(attribute(options.tag(language), &statistics))\">"
            out += "<seg>\(segment)</seg></tuv>\n"
        }
        out += "    </tu>\n"
        return out
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

    private func text(_ value: String, _ statistics: inout ExportStatistics) -> String {
        let (escaped, removed) = Self.escaped(value, inAttribute: false)
        statistics.illegalCharactersRemoved += removed
        return escaped
    }

    private func attribute(_ value: String, _ statistics: inout ExportStatistics) -> String {
        let (escaped, removed) = Self.escaped(value, inAttribute: true)
        statistics.illegalCharactersRemoved += removed
        return escaped
    }
}
