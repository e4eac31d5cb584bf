import ArgumentParser
import Bitext
import BitextViewer

/// `bitext view FILE`: review and correct aligned pairs in a full-screen terminal viewer.
struct View: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review and correct aligned pairs in a full-screen terminal viewer.",
        discussion: """
            Opens a .jsonl, .tsv or .tmx file of aligned pairs, or a raw bilingual article (any other \
            name), which it aligns first; an article's alignment is saved beside it as NAME.jsonl \
            (art.txt and art.txt.gz give art.jsonl), and when that file exists the viewer opens it instead. \
            Press ? in the viewer for the keys. w saves atomically in the file's own format, pairs left \
            whole as they were read (keys and columns Bitext does not write included), and asks first when \
            the file changed on disk; rejected pairs are left out of the saved file.

            Examples:
              bitext view 004.jsonl                     review, save in place
              bitext view article.txt                   align it first
              bitext view pairs.tsv --save-as fixed.tmx save elsewhere
              NO_COLOR=1 bitext view 004.jsonl          no colours

            Exit status: 0 on quitting, 1 without a terminal, 64 for wrong usage (--save-as with a name that \
            is not .jsonl, .tsv or .tmx), 65 for a file that is not what its name says, 66 for a missing or \
            unreadable file, 70 for an internal error (ICU), 128 + N when signal N ends it.
            """
    )

    @Argument(help: "The file to review.")
    var file: String

    @Option(
        name: .customLong("save-as"),
        help: "Save to this file instead (.jsonl, .tsv or .tmx, optionally .gz: the format from its extension).")
    var saveAs: String?

    func validate() throws {
        guard let saveAs else { return }
        if saveAs == "-" { throw ValidationError("--save-as -: the viewer draws on standard output; save to a file") }
        do {
            try Viewer.checkSaveTarget(saveAs)
        } catch {
            throw ValidationError("--save-as \(error.description)")
        }
    }

    func run() throws {
        let status = try reportingErrors { try Viewer(path: file, saveAs: saveAs).run() }
        if status != 0 { throw ExitCode(status) }
    }
}

extension ViewerError: ExitCodeConvertible {
    var exitCode: ExitCode {
        switch self {
        case .notATerminal, .terminal: .failure
        case .unreadable: .noInput
        case .pipeline(let error): error.exitCode
        case .export(let error): error.exitCode
        case .icu(let error): error.exitCode
        case .system: .software
        case .unknownSaveFormat: .validationFailure
        }
    }
}
