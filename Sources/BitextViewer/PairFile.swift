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

    /// Reads the pairs.
    package func load() throws(ViewerError) -> [AlignedPair] {
        guard let exportFormat else { return try alignArticle() }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: Self.reason(error))
        }
        do {
            return try exportFormat.read(data, file: path).pairs
        } catch {
            throw .export(error)
        }
    }

    /// Writes `pairs` to the file atomically (a temporary file renamed over it); returns how many
    /// were written. TMX leaves out one-sided pairs, as every TMX export does: a translation unit
    /// needs both languages.
    @discardableResult
    package func save(_ pairs: [AlignedPair]) throws(ViewerError) -> ExportStatistics {
        let (files, statistics) = (exportFormat ?? .jsonl).write(pairs, options: ExportOptions())
        guard let text = files.first?.text else { return statistics }
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            throw .export(error)
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
        do {
            return try Pipeline().align(.file(path)).pairs
        } catch {
            throw .pipeline(error)
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
