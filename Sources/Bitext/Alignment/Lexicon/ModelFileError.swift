/// Why a model file (`bitext learn`'s output) cannot be used; the description is one lowercase line
/// naming the file.
package struct ModelFileError: Error, Sendable, Hashable, CustomStringConvertible {
    package enum Reason: Sendable, Hashable {
        /// The file is missing or cannot be read (the system's reason).
        case unreadable(String)
        /// The file does not start with a model file's magic bytes.
        case notAModel
        /// A model file of a format version this build does not read.
        case unsupportedVersion(UInt32)
        /// The file ends before its contents do.
        case truncated
        /// The contents do not match their checksum, or do not hold together.
        case corrupt
        /// The model was learned with another dictionary than the one given (how each was chosen).
        case dictionaryMismatch(learned: String, given: String)
    }

    package var file: String
    package var reason: Reason

    package init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    package var description: String {
        let message =
            switch reason {
            case .unreadable(let why): "cannot read the model: \(why)"
            case .notAModel: "not a bitext model file (bitext learn writes them)"
            case .unsupportedVersion(let version):
                "a model file of version \(version); this bitext reads version \(ModelFile.version): learn it again"
            case .truncated: "the model file is truncated: learn it again"
            case .corrupt: "the model file is corrupt (its checksum does not match): learn it again"
            case .dictionaryMismatch(let learned, let given):
                learned == given
                    ? "learned with \(learned), whose entries have changed since: learn it again"
                    : "learned with \(learned), not \(given): give the same --no-lexicon and --dictionary as bitext learn"
            }
        return FileError(file: file, message: message).description
    }
}
