/// Why the viewer cannot open, save or show a file: one lowercase line a user can act on.
package struct ViewerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for the exit code (the same as the other commands').
    package enum Kind: Sendable, Hashable {
        /// Standard input or output is not a terminal, or the terminal cannot be set up (exit 1).
        case noTerminal
        /// The file is missing or unreadable (66).
        case unreadableInput
        /// The file is not what its format says, or has no text to align (65).
        case malformedInput
        /// An internal failure, such as ICU failing to start (70).
        case software
        /// The file cannot be written (73), or writing it failed midway (74).
        case unwritableOutput
        case writeFailed
    }

    package var description: String
    package var kind: Kind

    package init(_ description: String, kind: Kind = .malformedInput) {
        self.description = description
        self.kind = kind
    }
}
