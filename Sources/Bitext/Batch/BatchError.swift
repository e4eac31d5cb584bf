/// Why a batch could not start or go on, or why a line of its input was rejected.
///
/// The description is one lowercase line naming the file and line: `corpus.tsv:7: expected 2 or 3 fields`.
package struct BatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong (`Kind`), for the exit code when the whole batch stops.
    package var kind: Kind = .input
    /// The file concerned (`stdin` for standard input), if any.
    package var file: String?
    /// 1-based line, when the problem is at one.
    package var line: Int?
    package var message: String
    /// The pipeline's own error, when a document could not be read, lacked a language or ICU failed.
    package var cause: PipelineError?
    /// The id of the document a rejected input line names, when it names one.
    package var document: String?

    /// `input`: an input (the manifest, a document, a line of standard input) is missing or unreadable;
    /// `output`: the output cannot be created, opened or renamed into place; `write`: writing the output
    /// failed midway (disk full, broken pipe); `state`: the resume state does not match the output or the
    /// manifest; `usage`: the output cannot be what was asked (an input, standard output with `--resume`);
    /// `busy`: another batch is writing the same output.
    package enum Kind: Sendable, Hashable { case input, output, write, state, usage, busy }

    package init(_ kind: Kind = .input, file: String? = nil, line: Int? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    /// A document the pipeline could not align; the description is the pipeline error's.
    package init(_ cause: PipelineError) {
        self.init(.input, message: cause.description)
        self.cause = cause
    }

    /// `FILE:LINE: message` (as `FileError`), or the message alone when no file is concerned.
    package var description: String {
        file.map { FileError(file: $0, line: line, message: message).description } ?? message
    }

    /// The description for a line that names `origin` already: without a leading `origin: `
    /// (a document given as a text is named by its input line, `stdin:3`).
    package func description(after origin: String) -> String {
        let text = description
        return text.hasPrefix(origin + ": ") ? String(text.dropFirst(origin.count + 2)) : text
    }
}
