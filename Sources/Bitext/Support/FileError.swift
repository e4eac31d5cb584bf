/// A file that cannot be read, with where: `FILE:LINE: message` or `FILE: message`.
///
/// The error of the package's small readers (bead files, the gazetteer resource).
package struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    package var file: String
    /// 1-based line, when the problem is at one.
    package var line: Int?
    package var message: String

    package init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    package var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
