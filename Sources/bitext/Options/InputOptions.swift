import ArgumentParser
import Bitext

/// Where an article comes from: one file (or standard input), or `--zh FILE --en FILE`.
///
/// Shared by `segment` and `align`; each calls `check(verb:)` from its `validate()`.
struct InputOptions: ParsableArguments {
    @Argument(help: "The article (Chinese and English paragraphs, one a line), or - for standard input.")
    var input: String?

    @Option(name: .customLong("zh"), help: ArgumentHelp("The Chinese text, with --en.", valueName: "file"))
    var chinese: String?

    @Option(name: .customLong("en"), help: ArgumentHelp("The English text, with --zh.", valueName: "file"))
    var english: String?

    @Flag(help: "One sentence per line: line i is sentence i (0-based), no sentence splitting.")
    var presegmented = false

    /// Checks that exactly one input form was given; `verb` completes "give an article to …".
    func check(verb: String) throws {
        switch (input, chinese, english) {
        case (_?, nil, nil), (nil, _?, _?): break
        case (_?, _, _): throw ValidationError("give INPUT, or --zh FILE --en FILE, not both")
        case (nil, nil, nil): throw ValidationError("give an article to \(verb): INPUT, or --zh FILE --en FILE")
        case (nil, _?, nil): throw ValidationError("--zh needs --en FILE too (or give the file as INPUT)")
        case (nil, nil, _?): throw ValidationError("--en needs --zh FILE too (or give the file as INPUT)")
        }
        if chinese == "-" && english == "-" {
            throw ValidationError("standard input can be read once: give a file for --zh or --en")
        }
    }

    /// The article as the library's pipeline takes it.
    var alignmentInput: AlignmentInput {
        if let chinese, let english { .files(chinese: chinese, english: english) } else { .file(input ?? "-") }
    }

    /// The files read (`-`: standard input): no output may be one of them.
    var paths: [String] {
        if let chinese, let english { return [chinese, english] }
        return [input ?? "-"]
    }

    /// Reads and segments the article.
    func segmented() throws -> SegmentedDocument {
        var options = ReadOptions()
        options.presegmented = presegmented
        let reader = Reader(options: options)
        let document =
            if let chinese, let english {
                try reader.read(chinesePath: chinese, englishPath: english)
            } else {
                try reader.read(path: input ?? "-")
            }
        return try Segmenter().segment(document, presegmented: presegmented)
    }
}
