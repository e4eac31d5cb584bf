/// Why `Pipeline` could not align an input: it could not be read (or lacks a language), or ICU failed.
///
/// The description is the underlying error's one line.
public enum PipelineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input is missing, unreadable, not text, or lacks Chinese or English text.
    case read(ReadError)
    /// ICU could not segment the text.
    case icu(ICUError)

    public var description: String {
        switch self {
        case .read(let error): error.description
        case .icu(let error): error.description
        }
    }
}
