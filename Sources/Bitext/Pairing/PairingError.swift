/// Why the parts to pair could not be read: an article, a folder or a manifest.
package enum PairingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An article could not be read (or lacks the language it was given as).
    case read(ReadError)
    /// A manifest could not be read, or one of its lines is bad.
    case manifest(BatchError)
    /// ICU failed while checking a candidate pair by aligning it.
    case pipeline(PipelineError)

    package var description: String {
        switch self {
        case .read(let error): error.description
        case .manifest(let error): error.description
        case .pipeline(let error): error.description
        }
    }
}
