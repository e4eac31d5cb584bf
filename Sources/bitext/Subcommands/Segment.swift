import ArgumentParser
import Bitext
import Foundation

/// `bitext segment`: reads an article and lists its Chinese and English sentences.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split an article's Chinese and English passages into numbered sentences.",
        discussion: """
            INPUT is a mixed-language article (the Chinese and English passages are found by script), \
            an article in one language, or `-` for standard input. With --zh and --en, the Chinese and \
            the English text come in two files. Paragraphs are input lines. Boilerplate is set aside and \
            listed, never dropped silently: publication metadata (the release-time and source fields of \
            Chinese news sites, also when glued to the first sentence), a first line's "date YYYY-MM-DD" \
            (the rest of the line is kept), bylines, end marks (such as U+25A0, a black square), and lines \
            in neither language.

            Sentence ids are 0-based per passage: the ids alignment and bead files use.

            Examples:
              bitext segment seeds/004_b1f2f82659ca7572.txt
              bitext segment seeds/001_2f64ea4ca3c4ec51.txt --json | python3 -m json.tool
              bitext segment --zh article.zh.txt --en article.en.txt
              bitext segment --presegmented --zh UN19930101_020.zh --en UN19930101_020.en
              cat article.txt | bitext segment -

            Exit status: 0 on success, 64 for a usage error, 65 for input bitext cannot read (not UTF-8, \
            empty, binary, no Chinese or English text), 66 for a missing or unreadable file, 74 when standard \
            output cannot be written.
            """
    )

    @OptionGroup var source: InputOptions

    @Flag(help: "Print JSON for scripts instead of the listing.")
    var json = false

    func validate() throws { try source.check(verb: "read") }

    func run() throws {
        try reportingErrors {
            let segmented = try source.segmented()
            let text = json ? try segmented.json() + "\n" : segmented.report
            try AtomicFile.write(Data(text.utf8), to: "-")
        }
    }
}
