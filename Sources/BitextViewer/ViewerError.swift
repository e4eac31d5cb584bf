import Bitext

/// Why the viewer cannot open, save or show a file; the description is one lowercase line a user can act on.
///
/// The CLI's exit code follows the case and its cause, as for the other commands: 1 without a terminal,
/// 66 a missing or unreadable file, 65 a file that is not what its name says, 70 ICU or the system
/// failing, 73/74 a save that cannot be made or fails midway, 64 a save over an input or to a file
/// of no format the viewer writes.
package enum ViewerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// The file cannot be read; `reason` is the system's (`no such file`).
    case unreadable(path: String, reason: String)
    /// The article could not be read, lacks a language, or ICU failed segmenting it.
    case pipeline(PipelineError)
    /// The pairs file is malformed, or the save failed.
    case export(ExportError)
    /// ICU lacks a service the viewer needs (its sentence rules, the aligner's transforms).
    case icu(ICUError)
    /// The terminal could not be set up (`what` failed).
    case terminal(String)
    /// A system call the viewer needs failed (`what`, then why): an internal failure.
    case system(String, Errno)
    /// A file to save to whose name does not say a format the viewer writes (`--save-as out.csv`).
    case unknownSaveFormat(path: String)

    package var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal (to convert a file, use bitext convert)"
        case .unreadable(let path, let reason): "\(path): cannot read the file (\(reason))"
        case .pipeline(let error): error.description
        case .export(let error): error.description
        case .icu(let error): error.description
        case .terminal(let what): what
        case .system(let what, let error): "\(what): \(error)"
        case .unknownSaveFormat(let path):
            "\(path): cannot tell the format to save in: name a .jsonl, .tsv or .tmx file (.gz after it compresses)"
        }
    }
}
