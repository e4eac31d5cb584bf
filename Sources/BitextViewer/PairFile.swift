import Bitext
import Foundation

/// A file of aligned pairs the viewer opens and saves, in the format its name says, through the
/// export module's readers and writers.
package struct PairFile: Sendable, Hashable {
    package enum Format: String, Sendable, Hashable {
        case jsonl
        case tsv
        case tmx
        /// A raw bilingual article: read, segmented and aligned on opening; saved as JSONL.
        case article
    }

    package var path: String
    package var format: Format

    /// The file at `path`, its format from its extension (`.jsonl`, `.tsv`, `.tmx`; anything else is
    /// read as a raw article).
    package init(path: String) {
        self.path = path
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        format =
            switch ext {
            case "jsonl", "ndjson", "json": .jsonl
            case "tsv", "tab": .tsv
            case "tmx": .tmx
            default: .article
            }
    }

    /// The file name for the status line.
    package var name: String { URL(fileURLWithPath: path).lastPathComponent }

    /// What opening the file gives: its pairs, and the options that save them laid out as the file was.
    package struct Opened: Sendable {
        package var pairs: [AlignedPair]
        /// TSV's header, column order and confidence column; TMX's language tags and one-sided units.
        package var layout: ExportOptions
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
        guard let exportFormat else { return Opened(pairs: try alignArticle(), layout: layout) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ViewerError("\(path): cannot read the file (\(Self.reason(error)))", kind: .unreadableInput)
        }
        do throws(ExportError) {
            switch exportFormat {
            case .tsv:
                let format = TSVFormat()
                return Opened(pairs: try format.read(data, file: path), layout: format.layout(of: data))
            case .tmx:
                let read = try TMXReader(file: path).read(data)
                if let tag = read.chineseTag { layout.chineseTag = tag }
                if let tag = read.englishTag { layout.englishTag = tag }
                if let tag = read.sourceTag, TMXReader.language(ofTag: tag) == .english { layout.source = .english }
                layout.keepOneSided = read.pairs.contains(where: \.isOneSided)
                return Opened(pairs: read.pairs, layout: layout)
            default:
                return Opened(pairs: try exportFormat.read(data, file: path).pairs, layout: layout)
            }
        } catch {
            throw ViewerError(
                error.description, kind: error.kind == .unreadableInput ? .unreadableInput : .malformedInput)
        }
    }

    /// Writes `pairs` to the file atomically (a temporary file renamed over it), laid out as `layout`
    /// says; returns how many were written. TMX leaves out one-sided pairs unless `layout.keepOneSided`:
    /// a translation unit needs both languages.
    @discardableResult
    package func save(_ pairs: [AlignedPair], layout: ExportOptions = ExportOptions()) throws(ViewerError)
        -> ExportStatistics
    {
        let (files, statistics) = (exportFormat ?? .jsonl).write(pairs, options: layout)
        guard let text = files.first?.text else { return statistics }
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            throw ViewerError(error.description, kind: error.kind == .writeFailed ? .writeFailed : .unwritableOutput)
        }
        return statistics
    }

    /// The export module's format for the file; nil for an article.
    private var exportFormat: ExportFormat? {
        switch format {
        case .jsonl: .jsonl
        case .tsv: .tsv
        case .tmx: .tmx
        case .article: nil
        }
    }

    /// Reads, segments and aligns a raw bilingual article.
    private func alignArticle() throws(ViewerError) -> [AlignedPair] {
        let document: Document
        do {
            document = try Reader().read(path: path)
        } catch {
            let missing = [.noSuchFile, .isDirectory].contains(error.reason)
            if case .unreadable = error.reason {
                throw ViewerError(error.description, kind: .unreadableInput)
            }
            throw ViewerError(error.description, kind: missing ? .unreadableInput : .malformedInput)
        }
        guard let chinese = document.chinese else { throw ViewerError("\(path): no Chinese text to align") }
        guard let english = document.english else { throw ViewerError("\(path): no English text to align") }
        do {
            let segmenter = try Segmenter()
            return Aligner().align(
                chinese: try segmenter.sentences(of: chinese), english: try segmenter.sentences(of: english),
                document: document.id)
        } catch {
            throw ViewerError("\(path): cannot segment the article (\(error))", kind: .software)
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return "no such file"
        }
        return nsError.localizedDescription.lowercased()
    }
}
