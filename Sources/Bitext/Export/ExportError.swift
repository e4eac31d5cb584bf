/// Why an export could not be written or an exported file could not be read.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file concerned, `-` for standard input or output.
    public var file: String
    /// 1-based line, when the problem is at one.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
