import Foundation

/// A batch manifest: a TSV file, one document a line, read a line at a time as the batch needs it.
///
/// A line is `id<TAB>zh-path<TAB>en-path` or `id<TAB>mixed-path`; a 4th field, the score `bitext pair`
/// writes, is checked to be a number and ignored. Either path of a pair may be a mixed file: its passages in
/// that language are taken. Relative paths are resolved against the manifest's folder; blank lines and lines starting with `#` are skipped. A bad line is an entry
/// too, a failure naming its line (`corpus.tsv:7: …`), so it is reported in its place and the good lines
/// still run.
package struct Manifest: Sequence, Sendable {
    /// A document, or why its line is not one.
    package typealias Entry = Result<BatchDocument, BatchError>

    package let path: String
    /// The number of entries (non-blank, non-comment lines).
    package let count: Int

    /// Opens the manifest at `path` and counts its entries.
    package init(path: String) throws(BatchError) {
        self.path = path
        var count = 0
        for line in try LineReader(path: path) where !Self.isSkipped(line.text) { count += 1 }
        self.count = count
    }

    package func makeIterator() -> Iterator {
        do {
            return Iterator(lines: try LineReader(path: path), parser: Parser(name: path))
        } catch {
            // Readable when counted, gone now: the batch reports it, as a bad line, instead of ending quietly.
            return Iterator(lines: nil, parser: Parser(name: path), failure: error)
        }
    }

    /// The entries of manifest `text`; `name` is used in messages and its folder resolves relative paths.
    package static func entries(text: String, name: String) -> [Entry] {
        var parser = Parser(name: name)
        var entries: [Entry] = []
        // "\r\n" is one Character in Swift: split on both.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, line) in lines.enumerated() {
            if let entry = parser.entry(String(line), number: index + 1) { entries.append(entry) }
        }
        return entries
    }

    package struct Iterator: IteratorProtocol {
        fileprivate var lines: LineReader?
        fileprivate var parser: Parser
        /// Why the manifest could not be opened again; reported once, as the only entry.
        fileprivate var failure: BatchError?

        package mutating func next() -> Entry? {
            if let failure {
                self.failure = nil
                return .failure(failure)
            }
            while let line = lines?.next() {
                if let entry = parser.entry(line.text, number: line.number) { return entry }
            }
            return nil
        }
    }

    static func isSkipped(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// Turns lines into entries, remembering ids to catch duplicates.
    fileprivate struct Parser {
        let name: String
        let folder: String
        var firstLine: [String: Int] = [:]

        init(name: String) {
            self.name = name
            folder = (name as NSString).deletingLastPathComponent
        }

        /// The entry of line `number`, or nil for a blank or comment line.
        mutating func entry(_ line: String, number: Int) -> Entry? {
            if Manifest.isSkipped(line) { return nil }
            func problem(_ message: String) -> Entry {
                .failure(BatchError(file: name, line: number, message: message))
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            guard (2...4).contains(fields.count) else {
                let expected = "expected id<TAB>zh-path<TAB>en-path or id<TAB>mixed-path"
                return problem(fields.count == 1 ? "no tab: \(expected)" : "\(fields.count) fields: \(expected)")
            }
            let id = fields[0]
            guard !id.isEmpty else { return problem("empty id") }
            let pathFields = fields[1..<Swift.min(fields.count, 3)]
            guard !pathFields.contains(where: \.isEmpty) else { return problem("empty path for '\(id)'") }
            if fields.count == 4, Double(fields[3]) == nil {
                return problem(
                    "score '\(fields[3])' for '\(id)' is not a number (the 4th field is bitext pair's score)")
            }
            if let first = firstLine[id] { return problem("duplicate id '\(id)' (first on line \(first))") }
            firstLine[id] = number
            let paths = pathFields.map(resolve)
            let source: AlignmentInput =
                paths.count == 2 ? .files(chinese: paths[0], english: paths[1]) : .file(paths[0])
            return .success(BatchDocument(id: id, source: source, origin: "\(name):\(number)"))
        }

        private func resolve(_ path: String) -> String {
            if path.hasPrefix("/") || folder.isEmpty { return path }
            return (folder as NSString).appendingPathComponent(path)
        }
    }

    /// The bytes of the file at `path`; the error names the file and says why (`no such file or directory`).
    package static func contents(of path: String) throws(BatchError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw BatchError(file: path, message: Errno.current.description)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw BatchError(file: path, message: Errno.current.description)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
