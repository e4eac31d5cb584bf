import Foundation

/// A batch manifest: a TSV file, one document a line.
///
/// A line is `id<TAB>zh-path<TAB>en-path` or `id<TAB>mixed-path`; relative paths are resolved
/// against the manifest's folder; blank lines and lines starting with `#` are skipped. Bad lines
/// are kept as problems (`corpus.tsv:7: …`) so that the good ones can still run.
package struct Manifest: Sendable {
    /// The documents, in manifest order.
    package var documents: [BatchDocument]
    /// The lines that could not be read, in manifest order.
    package var problems: [BatchError]

    /// Reads the manifest at `path`.
    package init(path: String) throws(BatchError) {
        let bytes = try Self.contents(of: path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw BatchError(file: path, message: "the manifest is not UTF-8 text")
        }
        self.init(text: text, name: path, folder: (path as NSString).deletingLastPathComponent)
    }

    /// Parses manifest `text`; `name` is used in messages, `folder` resolves relative paths.
    package init(text: String, name: String, folder: String) {
        documents = []
        problems = []
        var firstLine: [String: Int] = [:]
        var lineNumber = 0
        // "\r\n" is one Character in Swift: split on both.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            func problem(_ message: String) {
                problems.append(BatchError(file: name, line: lineNumber, message: message))
            }
            guard fields.count == 2 || fields.count == 3 else {
                problem(
                    fields.count == 1
                        ? "no tab: expected id<TAB>zh-path<TAB>en-path or id<TAB>mixed-path"
                        : "\(fields.count) fields: expected id<TAB>zh-path<TAB>en-path or id<TAB>mixed-path")
                continue
            }
            let id = fields[0]
            guard !id.isEmpty else {
                problem("empty id")
                continue
            }
            guard !fields.dropFirst().contains(where: \.isEmpty) else {
                problem("empty path for '\(id)'")
                continue
            }
            if let first = firstLine[id] {
                problem("duplicate id '\(id)' (first on line \(first))")
                continue
            }
            firstLine[id] = lineNumber
            let paths = fields.dropFirst().map { Self.resolve($0, in: folder) }
            let source: BatchSource =
                paths.count == 2 ? .files(chinese: paths[0], english: paths[1]) : .file(paths[0])
            documents.append(BatchDocument(id: id, source: source, origin: "\(name):\(lineNumber)"))
        }
    }

    private static func resolve(_ path: String, in folder: String) -> String {
        if path.hasPrefix("/") || folder.isEmpty { return path }
        return (folder as NSString).appendingPathComponent(path)
    }

    /// The bytes of the file at `path`; the error names the file and says why (`no such file or directory`).
    package static func contents(of path: String) throws(BatchError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw BatchError(file: path, message: String(cString: strerror(errno)).lowercased())
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw BatchError(file: path, message: String(cString: strerror(errno)).lowercased())
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
