/// Why an input could not be read, with the file and, where there is one, the position.
///
/// Its description is one lowercase line: `FILE: byte 1234: invalid UTF-8`, `FILE: no such file`.
public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case noSuchFile
        case isDirectory
        /// The file exists but cannot be read; the system's reason, such as `permission denied`.
        case unreadable(String)
        /// No bytes at all.
        case empty
        /// Only whitespace.
        case blank
        /// A NUL byte at `byte`: not a text file.
        case binary
        /// A UTF-16 byte-order mark: text, but not UTF-8.
        case utf16
        /// A byte sequence at `byte` that is not UTF-8.
        case invalidUTF8
        /// A `.gz` file that does not decompress: why (`truncated gzip file: it ends early`).
        case gzip(String)
        /// No line in Chinese or English.
        case noPassage
        /// A file given as `language` (`--zh`, `--en`) has no text in it.
        case noText(Language)
        /// A file given as `language` is mostly in the other language.
        case swapped(Language)
        /// The input lacks a passage in `language`, and both are needed.
        case missingPassage(Language)
    }

    /// The file as the user named it, `<stdin>` for standard input.
    public var file: String
    public var reason: Reason
    /// 1-based line, when the problem is on one.
    public var line: Int?
    /// 0-based UTF-8 byte offset, when the problem is at one.
    public var byte: Int?

    public init(file: String, reason: Reason, line: Int? = nil, byte: Int? = nil) {
        self.file = file
        self.reason = reason
        self.line = line
        self.byte = byte
    }

    public var description: String {
        var position = file
        if let line { position += ":\(line)" }
        if let byte { position += ": byte \(byte)" }
        return "\(position): \(message)"
    }

    private var message: String {
        switch reason {
        case .noSuchFile: "no such file"
        case .isDirectory: "is a directory, not a file"
        case .unreadable(let why): "cannot read: \(why)"
        case .empty: "empty file"
        case .blank: "no text, only blank lines"
        case .binary: "NUL byte: a binary file, not text"
        case .utf16: "UTF-16 text; bitext reads UTF-8 (convert with iconv -f UTF-16 -t UTF-8)"
        case .invalidUTF8: "invalid UTF-8"
        case .gzip(let why): why
        case .noPassage: "no chinese or english text found"
        case .noText(let language): "no \(language.name) text (given as --\(language.rawValue))"
        case .swapped(let language):
            "\(language.other.name) text given as --\(language.rawValue) (are --zh and --en swapped?)"
        case .missingPassage(let language):
            "no \(language.name) text to align: aligning needs chinese and english text, in one file or two"
        }
    }
}
