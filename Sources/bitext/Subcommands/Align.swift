import ArgumentParser
import Bitext
import Foundation

/// `bitext align`: pairs the Chinese and English sentences of an article.
struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align the Chinese and English sentences of an article.",
        discussion: """
            Pairs sentences into beads (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, and 1-0 or 0-1 for a sentence \
            left unaligned) by their lengths, the numbers, dates, names and Latin tokens they share, and \
            their order. INPUT is a bilingual article (Chinese and English paragraphs, one per line); \
            with --zh and --en the two languages come in two files. Sentence ids are 0-based per \
            language; with --presegmented each line is one sentence and ids are 0-based line numbers.

            Formats (-o FILE by its extension, or --format; TSV on standard \
            output by default):
              tsv    zh<TAB>en a line; --score adds the confidence (0-1)
              beads  Vecalign's bead lines: [0, 1]:[2] is Chinese 0 and 1
                     with English 2, [] an empty side; `bitext eval` and
                     Vecalign's score.py read them
              jsonl  a JSON object a pair: ids, texts, bead type,
                     confidence, flags, crossing
              tmx    TMX 1.4b translation memory (--tmx FILE); one-sided
                     pairs left out
              moses  PREFIX.zh and PREFIX.en, line-aligned (--moses PREFIX)

            Examples:
              bitext align seeds/004_b1f2f82659ca7572.txt
              bitext align --score seeds/004_b1f2f82659ca7572.txt
              bitext align seeds/004_b1f2f82659ca7572.txt --tmx 004.tmx \\
                  --zh-tag zh-TW
              bitext align --presegmented --format beads \\
                  --zh UN19930101_020.zh --en UN19930101_020.en > sys.beads
              bitext eval --gold UN19930101_020.gold sys.beads
              bitext align --dictionary cedict_ts.u8 seeds/004_b1f2f82659ca7572.txt

            Sentences a translation moved (a lead sentence, a paragraph) are paired where they landed \
            and flagged "crossing"; --monotonic keeps to one path in order. Long inputs (1,000 sentences \
            or more on the two sides together) are aligned twice, the second time with word translations learned from the first.
            """
    )

    @OptionGroup var source: InputOptions

    @OptionGroup var alignment: AlignmentFlags

    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        try source.check(verb: "align")
        _ = try output.description()
    }

    func run() throws {
        try reportingErrors {
            try output.check(inputs: source.paths)
            let pipeline = Pipeline(alignment: try alignment.options(), presegmented: source.presegmented)
            try output.write(try pipeline.align(source.alignmentInput).pairs, inputs: source.paths)
        }
    }
}
