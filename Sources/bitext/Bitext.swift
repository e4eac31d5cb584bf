import ArgumentParser
import Bitext

@main
struct BitextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Align Traditional Chinese-English news articles into sentence-aligned bitexts.",
        discussion: """
            Reads a bilingual article (or --zh FILE --en FILE), splits its Chinese and English passages \
            into sentences, aligns them (by length, position, and names, numbers and dates found on both \
            sides, across reordered blocks) and writes TMX, TSV, Moses, JSONL or bead files.

            Start here:
              bitext segment article.txt            what the aligner will see
              bitext align article.txt              aligned pairs, TSV on stdout
              bitext align article.txt --tmx tm.tmx a translation memory
              bitext view article.txt               review and fix the pairs
              bitext batch corpus.tsv -o out.tmx    many documents, all cores
              bitext learn corpus.tsv -o model.bin  word translations, learned once
              bitext pair --zh zh/ --en en/         which article translates which

            Articles may be '-' for standard input. Errors are one line on standard error (a usage \
            error adds the usage); exit codes: 64 usage (also an output that is an input), 65 bad input \
            data, 66 missing input, 73/74 output failures, 75 another batch writes the output, 2 a batch \
            with failed documents.
            """,
        version: "\(BitextRelease.version) (\(BitextRelease.date))",
        subcommands: [Segment.self, Align.self, Eval.self, Convert.self, View.self, Batch.self, Learn.self, Pair.self]
    )
}
