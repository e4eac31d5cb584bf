import Bitext
import Foundation

extension PairFile {
    /// What a JSONL or TSV file held beyond its pairs: each pair's line as read, and a TSV header's
    /// columns, so that a save writes the pairs a reviewer left untouched back as they were (keys
    /// and columns Bitext does not know, confidences as written) and lays out the others as the
    /// file is.
    package struct Verbatim: Sendable, Hashable {
        /// The format the lines are in.
        package var format: ExportFormat
        /// Each opened pair's line, without its line break.
        package var lines: [String]
        /// A TSV header's column names as written (nil without a header).
        package var header: [String]?

        /// The lines of `data`'s pairs, found as `JSONLFormat` and `TSVFormat` read them; nil when they
        /// are not `count`, one a pair.
        init?(_ data: Data, format: ExportFormat, count: Int) {
            self.format = format
            let bytes = [UInt8](data)
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            lines = []
            var columns = ["zh", "en"]
            for (index, raw) in body.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                let line = raw.last == 0x0D ? raw.dropLast() : raw
                switch format {
                case .jsonl:
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                case .tsv:
                    if line.isEmpty { continue }
                    let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
                        String(decoding: $0, as: UTF8.self)
                    }
                    if index == 0, let names = TSVFormat.headerColumns(fields) {
                        header = fields
                        columns = names
                        continue
                    }
                    let texts = zip(columns, fields).filter { $0.0 == "zh" || $0.0 == "en" }
                    if texts.allSatisfy({ $0.1.isEmpty }) { continue }
                default:
                    return nil
                }
                lines.append(String(decoding: line, as: UTF8.self))
            }
            guard lines.count == count else { return nil }
        }

        /// The text of a file of `pairs`, the ones with an origin written as their line was read, the
        /// others as `layout` and the header say.
        func text(of pairs: [AlignedPair], origins: [Int?], layout: ExportOptions) -> String {
            var out = ""
            if format == .tsv, let header { out += header.joined(separator: "\t") + "\n" }
            for (pair, origin) in zip(pairs, origins) {
                if let origin, origin < lines.count {
                    out += lines[origin] + "\n"
                } else {
                    out += line(of: pair, layout: layout) + "\n"
                }
            }
            return out
        }

        /// A line for a pair the reviewer made (a merge, a split by sentence).
        private func line(of pair: AlignedPair, layout: ExportOptions) -> String {
            guard format == .tsv else { return String(JSONLFormat().write([pair]).text.dropLast()) }
            // The library's own flattening of tabs and line breaks, and its confidence with three decimals.
            var plain = ExportOptions()
            plain.score = true
            let written = TSVFormat(options: plain).write([pair]).text.dropLast()
            let fields = written.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let header, fields.count == 3 else {
                var options = layout
                options.header = false
                return String(format.write([pair], options: options).files.first?.text.dropLast() ?? "")
            }
            let values = ["zh": fields[0], "en": fields[1], "confidence": fields[2]]
            return header.map { values[$0.lowercased()] ?? "" }.joined(separator: "\t")
        }
    }
}
