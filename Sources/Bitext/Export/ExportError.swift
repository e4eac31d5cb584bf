/// Why an export could not be written or an exported file could not be read.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for callers that act on it (the CLI's exit code).
    public enum Kind: Sendable, Hashable {
        /// The input is not what its format says: malformed XML, a bad TSV line, not UTF-8.
        case malformedInput
        /// The input file is missing or unreadable.
        case unreadableInput
        /// An output cannot be created, opened or renamed into place.
        case unwritableOutput
        /// Writing an output failed midway: a full disk, an I/O error, standard output closed.
        case writeFailed
        /// An output is also an input, or two outputs are one file: writing would destroy one of them.
        case conflictingOutput
        /// An output option is invalid (a language tag, a format the target cannot take): a usage error.
        case invalidOption
    }

    /// The file concerned, `-` for standard input or output.
    public var file: String
    /// 1-based line, when the problem is at one.
    public var line: Int?
    public var message: String
    public var kind: Kind

    public init(file: String, line: Int? = nil, message: String, kind: Kind = .malformedInput) {
        self.file = file
        self.line = line
        self.message = message
        self.kind = kind
    }

    /// `FILE:LINE: message`; for an option, `--zh-tag 'x': message`; with no file, the message alone.
    public var description: String {
        if file.isEmpty { return message }
        if kind == .invalidOption, file.hasPrefix("--") { return "\(file) \(message)" }
        return FileError(file: file, line: line, message: message).description
    }
}
