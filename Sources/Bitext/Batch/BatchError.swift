/// Why a batch could not start or go on, or why a line of its input was rejected.
///
/// The description is one lowercase line naming the file and line: `corpus.tsv:7: expected 2 or 3 fields`.
package struct BatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for the exit code when the whole batch stops.
    package enum Kind: Sendable, Hashable {
        /// An input (the manifest, a document, a line of standard input) is missing or unreadable.
        case input
        /// The output cannot be created, opened or renamed into place.
        case output
        /// Writing the output failed midway (disk full, broken pipe).
        case write
        /// The resume state does not match the output or the manifest.
        case state
        /// The output cannot be what was asked: an input, standard output with `--resume`.
        case usage
        /// Another batch is writing the same output.
        case busy
    }

    package var kind: Kind = .input
    /// The file concerned (`stdin` for standard input), if any.
    package var file: String?
    /// 1-based line, when the problem is at one.
    package var line: Int?
    package var message: String

    package init(_ kind: Kind = .input, file: String? = nil, line: Int? = nil, message: String) {
        self.kind = kind
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
