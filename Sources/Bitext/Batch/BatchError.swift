/// Why a batch could not start or go on, or why a line of its input was rejected.
///
/// The description is one lowercase line naming the file and line: `corpus.tsv:7: expected 2 or 3 fields`.
package struct BatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file concerned (`stdin` for standard input), if any.
    package var file: String?
    /// 1-based line, when the problem is at one.
    package var line: Int?
    package var message: String

    package init(file: String? = nil, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    package var description: String {
        switch (file, line) {
        case (let file?, let line?): "\(file):\(line): \(message)"
        case (let file?, nil): "\(file): \(message)"
        default: message
        }
    }
}
