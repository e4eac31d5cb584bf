/// A file that cannot be read, with where: `FILE:LINE: message` or `FILE: message`.
///
/// The error of the package's small readers (bead files, the gazetteer resource).
package struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    package var file: String
    /// 1-based line, when the problem is at one.
    package var line: Int?
    package var message: String
    /// Whether the file was read and holds what it should not (a bad line, bytes that do not decode),
    /// rather than could not be read at all.
    package var isBadData: Bool

    /// An error at `line` is bad data; one without a line is an unreadable file unless `isBadData`.
    package init(file: String, line: Int? = nil, message: String, isBadData: Bool? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.isBadData = isBadData ?? (line != nil)
    }

    package var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
