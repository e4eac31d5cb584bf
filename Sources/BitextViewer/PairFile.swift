import Bitext
import Foundation

/// A file of aligned pairs the viewer opens and saves, in the format its name says, through the
/// export module's readers and writers.
package struct PairFile: Sendable, Hashable {
    package var path: String
    /// The format of the pairs (`.jsonl`, `.tsv`, `.tmx`, the formats `bitext convert` reads); nil
    /// for a raw bilingual article, read, segmented and aligned on opening and saved as JSONL.
    package var format: ExportFormat?

    /// The file at `path`, its format from its extension (anything but `.jsonl`, `.tsv` and `.tmx`
    /// and their other spellings is read as a raw article).
    package init(path: String) {
        self.path = path
        format = ExportFormat(path: path).flatMap { $0.isReadable ? $0 : nil }
    }

    /// Whether the file is a raw article (aligned on opening), not pairs.
    package var isArticle: Bool { format == nil }

    /// The file name for the status line.
    package var name: String { URL(fileURLWithPath: path).lastPathComponent }

    /// What opening the file gives: its pairs, and the options that save them laid out as the file was.
    package struct Opened: Sendable {
        package var pairs: [AlignedPair]
        /// TSV's header, column order and confidence column; TMX's language tags and one-sided units.
        package var layout: ExportOptions
        /// A JSONL or TSV file's lines, for writing untouched pairs back as they were.
        package var verbatim: Verbatim?
    }

    /// Reads the pairs.
    package func load() throws(ViewerError) -> [AlignedPair] {
        try open().pairs
    }

    /// Reads the pairs and how the file lays them out, so that saving keeps every column it has. A file
    /// without a confidence column of its own (JSONL, TMX, an article) saved as TSV gets one.
    package func open() throws(ViewerError) -> Opened {
        var layout = ExportOptions()
        layout.score = true
        guard let format else { return Opened(pairs: try alignArticle(), layout: layout) }
        let data: Data
        do {
            data = Data(try LoadedFile.contents(of: path))
        } catch {
            // A damaged .gz file is bad data, as a damaged file of pairs is (65, not 66).
            if case .gzip = error.reason { throw .pipeline(.read(error)) }
            throw .unreadable(path: path, reason: LoadedFile.reason(error))
        }
        do throws(ExportError) {
            switch format {
            case .tsv:
                let reader = TSVFormat()
                let pairs = try reader.read(data, file: path)
                return Opened(
                    pairs: pairs, layout: reader.layout(of: data),
                    verbatim: Verbatim(data, format: .tsv, count: pairs.count))
            case .tmx:
                let read = try TMXReader(file: path).read(data)
                if let tag = read.chineseTag { layout.chineseTag = tag }
                if let tag = read.englishTag { layout.englishTag = tag }
                if let tag = read.sourceTag, TMXReader.language(ofTag: tag) == .english { layout.source = .english }
                layout.keepOneSided = read.pairs.contains(where: \.isOneSided)
                return Opened(pairs: read.pairs, layout: layout)
            default:
                let pairs = try format.read(data, file: path).pairs
                return Opened(
                    pairs: pairs, layout: layout, verbatim: Verbatim(data, format: format, count: pairs.count))
            }
        } catch {
            throw .export(error)
        }
    }

    /// Writes `pairs` to the file atomically (a temporary file renamed over it), laid out as `layout`
    /// says; returns how many were written. TMX leaves out one-sided pairs unless `layout.keepOneSided`:
    /// a translation unit needs both languages.
    ///
    /// With the `verbatim` lines of a file in this format, a pair whose `origins` entry names its line
    /// is written as that line, and a TSV keeps its header as it was.
    @discardableResult
    package func save(
        _ pairs: [AlignedPair], layout: ExportOptions = ExportOptions(), origins: [Int?] = [],
        verbatim: Verbatim? = nil
    ) throws(ViewerError) -> ExportStatistics {
        let format = format ?? .jsonl
        var (files, statistics) = format.write(pairs, options: layout)
        if let verbatim, verbatim.format == format, origins.count == pairs.count {
            files = [("", verbatim.text(of: pairs, origins: origins, layout: layout))]
        }
        guard let text = files.first?.text else { return statistics }
        do {
            let bytes = Array(text.utf8)
            try AtomicFile.write(Data(Gzip.isCompressed(path) ? Gzip.compress(bytes) : bytes), to: path)
        } catch {
            throw .export(error)
        }
        return statistics
    }

    /// Reads, segments and aligns a raw bilingual article.
    private func alignArticle() throws(ViewerError) -> [AlignedPair] {
        do {
            return try Pipeline().align(.file(path)).pairs
        } catch {
            throw .pipeline(error)
        }
    }
}
