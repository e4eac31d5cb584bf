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

    /// Reads the pairs.
    package func load() throws(ViewerError) -> [AlignedPair] {
        guard let format else { return try alignArticle() }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: Self.reason(error))
        }
        do {
            return try format.read(data, file: path).pairs
        } catch {
            throw .export(error)
        }
    }

    /// Writes `pairs` to the file atomically (a temporary file renamed over it); returns how many
    /// were written. TMX leaves out one-sided pairs, as every TMX export does: a translation unit
    /// needs both languages.
    @discardableResult
    package func save(_ pairs: [AlignedPair]) throws(ViewerError) -> ExportStatistics {
        let (files, statistics) = (format ?? .jsonl).write(pairs, options: ExportOptions())
        guard let text = files.first?.text else { return statistics }
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
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
