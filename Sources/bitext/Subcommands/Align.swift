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
              bitext align --summary --zh story.zh.txt --en story.en.txt -o story.jsonl
              bitext align --model model.bin seeds/004_b1f2f82659ca7572.txt

            Sentences a translation moved (a lead sentence, a paragraph) are paired where they landed \
            and flagged "crossing"; --monotonic keeps to one path in order. Every input is aligned twice, \
            the second time with word translations (IBM Model 1) learned from the first, starting from \
            the built-in CC-CEDICT lexicon (--no-lexicon turns it off); with --model FILE, the word \
            translations bitext learn wrote are used instead (an input of 100 sentences a side or more still \
            learns from itself, and falls back on them). The confidence of a pair is a \
            calibrated probability that it is right (docs/confidence.md).
            """
    )

    @OptionGroup var source: InputOptions

    @OptionGroup var alignment: AlignmentFlags

    @OptionGroup var model: ModelOption

    @OptionGroup(title: "Output") var output: OutputOptions

    @Flag(
        help: ArgumentHelp(
            "Say on standard error how well the two texts correspond.",
            discussion: """
                The document score is the expected share of right pairs among the two-sided ones (the mean \
                of their confidences): below 0.3, the two texts are likely not translations of each other. \
                Then the share of each side's sentences left without a counterpart.
                """))
    var summary = false

    /// The `--summary` line of `aligned`.
    static func summary(of aligned: AlignedDocument) -> String {
        let quality = aligned.quality
        return String(
            format: "document score %.3f; no counterpart: %.0f%% of %d Chinese, %.0f%% of %d English sentences",
            quality.score, quality.unalignedChinese * 100, quality.chinese, quality.unalignedEnglish * 100,
            quality.english)
    }

    func validate() throws {
        try source.check(verb: "align")
        try model.validate(alignment)
        _ = try output.description()
    }

    func run() throws {
        try reportingErrors {
            try output.check(inputs: source.paths)
            let options = try model.options(try alignment.options(), flags: alignment)
            let pipeline = Pipeline(alignment: options, presegmented: source.presegmented)
            let aligned = try pipeline.align(source.alignmentInput)
            try output.write(aligned.pairs, inputs: source.paths)
            if summary { FileHandle.standardError.write(Data((Self.summary(of: aligned) + "\n").utf8)) }
        }
    }
}
