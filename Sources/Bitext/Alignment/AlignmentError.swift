/// Why sentences could not be aligned.
public struct AlignmentError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// The input has no text in `language`.
        case missingLanguage(Language)
        /// The file cannot be read; the system's reason.
        case unreadable(String)
    }

    public var file: String
    public var reason: Reason

    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missingLanguage(let language):
            let name = language == .chinese ? "Chinese" : "English"
            return "\(file): no \(name) text to align (give both languages, or --zh FILE --en FILE)"
        case .unreadable(let reason):
            return "\(file): \(reason)"
        }
    }
}
