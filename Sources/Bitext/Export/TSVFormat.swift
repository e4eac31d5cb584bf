import Foundation

/// Tab-separated pairs: `zh<TAB>en` (source first), optionally a confidence column and a header line.
///
/// UTF-8 without BOM, LF line ends; the confidence has three decimals. Tabs and line breaks inside a text (CR, LF, VT, FF, U+0085,
/// U+2028, U+2029) become spaces so that every line is one pair.
public struct TSVFormat: PairWriter {
    public var options = ExportOptions()

    public init() {}

    public func write(_ pairs: [AlignedPair]) -> (text: String, statistics: ExportStatistics) {
        var statistics = ExportStatistics()
        var out = ""
        if options.header {
            out += options.languages.map(\.rawValue).joined(separator: "\t")
            out += options.score ? "\tconfidence\n" : "\n"
        }
        for pair in pairs {
            for (index, language) in options.languages.enumerated() {
                if index > 0 { out += "\t" }
                out += Self.flattened(language == .chinese ? pair.chinese : pair.english, &statistics.breaksReplaced)
            }
            if options.score { out += "\t" + Self.confidence(pair.confidence) }
            out += "\n"
            statistics.written += 1
        }
        return (out, statistics)
    }

    /// Reads pairs back. A header line (`zh`, `en`, `confidence` in any order) sets the columns; without
    /// one the column with more Han characters is the Chinese (as `options.source` says when neither
    /// has more), with an optional confidence third. Beads count the
    /// sentences of each side from 0.
    public func read(_ data: Data, file: String = "-") throws(ExportError) -> [AlignedPair] {
        // Bytes, not Characters: "\r\n" is one Character in Swift, and grapheme breaking is slow.
        let bytes = [UInt8](data)
        var columns = options.languages.map(\.rawValue)
        if let chineseFirst = Self.chineseFirst(bytes) { columns = chineseFirst ? ["zh", "en"] : ["en", "zh"] }
        var pairs: [AlignedPair] = []
        var nextChinese = 0
        var nextEnglish = 0
        var lineNumber = 0
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            lineNumber += 1
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            if line.isEmpty { continue }
            var fields: [String] = []
            for field in line.split(separator: 0x09, omittingEmptySubsequences: false) {
                guard let text = String(validating: field, as: UTF8.self) else {
                    throw ExportError(file: file, line: lineNumber, message: "not UTF-8 text")
                }
                fields.append(text)
            }
            if lineNumber == 1, let header = Self.headerColumns(fields) {
                columns = header
                continue
            }
            guard fields.count >= 2, fields.count <= max(3, columns.count) else {
                throw ExportError(
                    file: file, line: lineNumber,
                    message: "expected 2 or 3 tab-separated columns (zh, en, confidence), found \(fields.count)")
            }
            var chinese = ""
            var english = ""
            var confidence = 1.0
            for (column, field) in zip(columns + ["confidence"], fields) {
                switch column {
                case "zh": chinese = field
                case "en": english = field
                case "confidence":
                    guard let value = Double(field.trimmingCharacters(in: .whitespaces)) else {
                        throw ExportError(
                            file: file, line: lineNumber, message: "confidence '\(field)' is not a number")
                    }
                    confidence = value
                default: break
                }
            }
            if chinese.isEmpty && english.isEmpty { continue }
            let bead = Bead(
                chinese: chinese.isEmpty ? [] : [nextChinese], english: english.isEmpty ? [] : [nextEnglish])
            if !chinese.isEmpty { nextChinese += 1 }
            if !english.isEmpty { nextEnglish += 1 }
            pairs.append(AlignedPair(bead: bead, chinese: chinese, english: english, confidence: confidence))
        }
        return pairs
    }

    /// The options that write pairs laid out as `data` is: its header line, which language comes first,
    /// whether it has a confidence column (so a file read and saved again keeps its columns).
    public func layout(of data: Data) -> ExportOptions {
        var layout = options
        var bytes = [UInt8](data.prefix(1 << 16))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            line.last == 0x0D ? line.dropLast() : line
        }
        guard let first = lines.first else { return layout }
        if let header = Self.headerColumns(
            first.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }),
            let chinese = header.firstIndex(of: "zh"), let english = header.firstIndex(of: "en")
        {
            layout.header = true
            layout.source = chinese < english ? .chinese : .english
            layout.score = header.contains("confidence")
        } else if let line = lines.first(where: { !$0.isEmpty }) {
            layout.header = false
            layout.score = line.split(separator: 0x09, omittingEmptySubsequences: false).count >= 3
            if let chineseFirst = Self.chineseFirst(bytes) { layout.source = chineseFirst ? .chinese : .english }
        }
        return layout
    }

    /// Without a header line, which column is the Chinese: the one with more Han characters in the first
    /// 64 KiB (nil when the first line is a header, or neither column has any, or both as many).
    static func chineseFirst(_ bytes: [UInt8]) -> Bool? {
        var counts = (0, 0)
        var lineNumber = 0
        for line in bytes.prefix(1 << 16).split(separator: 0x0A) {
            lineNumber += 1
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            if lineNumber == 1, headerColumns(fields.map { String(decoding: $0, as: UTF8.self) }) != nil { return nil }
            counts.0 += hanCount(fields[0])
            counts.1 += hanCount(fields[1])
        }
        return counts.0 == counts.1 ? nil : counts.0 > counts.1
    }

    /// The Han characters in UTF-8 `bytes`.
    private static func hanCount(_ bytes: ArraySlice<UInt8>) -> Int {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.count { AnchorExtractor.isHan($0.value) }
    }

    /// A header line's column names, lowercased, when `fields` name both `zh` and `en` (in any case
    /// and order); nil for a line of pairs.
    package static func headerColumns(_ fields: [some StringProtocol]) -> [String]? {
        let names = fields.map { $0.lowercased() }
        return names.contains("zh") && names.contains("en") ? names : nil
    }

    /// A confidence as people read it: three decimals, `0.873`.
    static func confidence(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    /// `text` on one line: tabs and line breaks become spaces, counted in `replaced`.
    static func flattened(_ text: String, _ replaced: inout Int) -> String {
        guard text.unicodeScalars.contains(where: isBreak) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isBreak(scalar) {
                out.append(" ")
                replaced += 1
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
