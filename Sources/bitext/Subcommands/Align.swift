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

            Formats:
              tsv    zh<TAB>en, one pair a line (with --score, a third column: confidence 0–1)
              beads  Vecalign's bead lines, [0, 1]:[2] (Chinese ids, English ids; [] for none),
                     which `bitext eval` and Vecalign's score.py read
              jsonl  one JSON object a pair: ids, texts, bead type, confidence, flags

            Examples:
              bitext align seeds/004_b1f2f82659ca7572.txt
              bitext align --score seeds/004_b1f2f82659ca7572.txt
              bitext align --presegmented --zh UN19930101_020.zh --en UN19930101_020.en --format beads > sys.beads
              bitext eval --gold UN19930101_020.gold sys.beads
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv, beads, jsonl
    }

    @Argument(help: "A bilingual article (Chinese and English paragraphs, one a line), or - for standard input.")
    var input: String?

    @Option(name: .customLong("zh"), help: ArgumentHelp("The Chinese text, with --en.", valueName: "file"))
    var chinese: String?

    @Option(name: .customLong("en"), help: ArgumentHelp("The English text, with --zh.", valueName: "file"))
    var english: String?

    @Flag(help: "One sentence per line: ids are 0-based line numbers, no sentence splitting.")
    var presegmented = false

    @Option(help: ArgumentHelp("Output format: tsv, beads or jsonl.", valueName: "format"))
    var format: Format = .tsv

    @Flag(help: "Add each pair's confidence (0–1) to TSV and bead output.")
    var score = false

    @Option(help: ArgumentHelp("The most sentences on one side of a bead, 1 to 4.", valueName: "n"))
    var maxBeadSide = 3

    func validate() throws {
        switch (input, chinese, english) {
        case (_?, nil, nil), (nil, _?, _?): break
        case (_?, _, _): throw ValidationError("give INPUT, or --zh FILE --en FILE, not both")
        case (nil, nil, nil): throw ValidationError("give an article to align: INPUT, or --zh FILE --en FILE")
        case (nil, _?, nil): throw ValidationError("--zh needs --en FILE too (or give the article as INPUT)")
        case (nil, nil, _?): throw ValidationError("--en needs --zh FILE too (or give the article as INPUT)")
        }
        guard (1...4).contains(maxBeadSide) else {
            throw ValidationError("--max-bead-side must be 1 to 4, not \(maxBeadSide)")
        }
    }

    func run() throws {
        try reportingErrors {
            var readOptions = ReadOptions()
            readOptions.presegmented = presegmented
            readOptions.requireBothLanguages = true
            let reader = Reader(options: readOptions)
            let document =
                if let chinese, let english {
                    try reader.read(chinesePath: chinese, englishPath: english)
                } else {
                    try reader.read(path: input ?? "-")
                }
            let segmented = try Segmenter().segment(document, presegmented: presegmented)
            var options = AlignmentOptions()
            options.maxBeadSide = maxBeadSide
            let pairs = Aligner(options: options).align(
                chinese: segmented.chinese, english: segmented.english, document: document.id)
            FileHandle.standardOutput.write(Data(try render(pairs).utf8))
        }
    }

    private func render(_ pairs: [AlignedPair]) throws -> String {
        var output = ""
        switch format {
        case .tsv:
            for pair in pairs {
                output += "\(Self.cell(pair.chinese))\t\(Self.cell(pair.english))"
                if score { output += "\t\(Self.confidence(pair))" }
                output += "\n"
            }
        case .beads:
            for pair in pairs {
                output += pair.bead.notation
                if score { output += ":\(Self.confidence(pair))" }
                output += "\n"
            }
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for pair in pairs {
                let line = JSONLine(
                    document: pair.document, zhIds: pair.bead.chinese, enIds: pair.bead.english, zh: pair.chinese,
                    en: pair.english, type: pair.bead.type, confidence: (pair.confidence * 1000).rounded() / 1000,
                    flags: pair.flags.map(\.rawValue))
                output += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
            }
        }
        return output
    }

    private static func cell(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    private static func confidence(_ pair: AlignedPair) -> String { String(format: "%.3f", pair.confidence) }

    private struct JSONLine: Encodable {
        var document: String
        var zhIds: [Int]
        var enIds: [Int]
        var zh: String
        var en: String
        var type: String
        var confidence: Double
        var flags: [String]

        enum CodingKeys: String, CodingKey {
            case document, zh, en, type, confidence, flags
            case zhIds = "zh_ids"
            case enIds = "en_ids"
        }
    }
}
