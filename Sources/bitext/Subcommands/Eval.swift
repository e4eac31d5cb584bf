import ArgumentParser
import Bitext
import Foundation

/// `bitext eval`: scores bead files against gold ones as Vecalign's score.py does.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score alignments against gold alignments: strict and lax precision, recall and F1.",
        discussion: """
            Each --gold takes a gold bead file and the system's bead file for the same document; give \
            several documents with more pairs. Bead files hold one bead a line in Vecalign's notation, \
            [0, 1]:[2] (Chinese ids, English ids, [] for none; a third :field is ignored). Scores are \
            those of Vecalign's score.py (Sennrich & Volk 2011), micro-averaged over the documents: a \
            system bead is strictly right when the gold has it, laxly right when it shares a Chinese and an \
            English sentence with a gold link; recall looks at the two-sided beads only.

            Examples:
              bitext eval --gold UN19930101_020.gold sys1.beads
              bitext eval --gold a.gold a.beads b.gold b.beads
              bitext eval --json --gold a.gold a.beads --gold b.gold b.beads
              bitext eval --pairs gold-pairs.tsv pairs.tsv     (document pairs: bitext pair's)

            Exit status: 0 on success, 64 for a usage error, 65 for a line \
            that is not a bead, 66 for a missing or unreadable file, 74 when standard output cannot be written.
            """
    )

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "A gold bead file, then the system's bead file; repeat for more documents.", valueName: "gold system"))
    var gold: [String] = []

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "Score document pairs instead: a gold manifest, then the system's (bitext pair's), ID<TAB>ZH<TAB>EN lines.",
            valueName: "gold system"))
    var pairs: [String] = []

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    func validate() throws {
        if !pairs.isEmpty {
            guard gold.isEmpty else { throw ValidationError("give --gold or --pairs, not both") }
            guard pairs.count == 2 else {
                throw ValidationError("--pairs takes two manifests, GOLD SYSTEM, not \(pairs.count)")
            }
            return
        }
        guard !gold.isEmpty else { throw ValidationError("give --gold GOLD SYSTEM: a gold bead file and the system's") }
        guard gold.count.isMultiple(of: 2) else {
            throw ValidationError("--gold takes pairs of files, GOLD SYSTEM; '\(gold.last ?? "")' has no partner")
        }
    }

    func run() throws {
        if !pairs.isEmpty { return try runPairs() }
        try reportingErrors {
            var score = AlignmentScore()
            for index in stride(from: 0, to: gold.count, by: 2) {
                score.add(gold: try BeadFile.read(gold[index]), system: try BeadFile.read(gold[index + 1]))
            }
            let text: String
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                text = String(decoding: try encoder.encode(Report(score)), as: UTF8.self)
            } else {
                text = Self.table(score)
            }
            try AtomicFile.write(Data((text + "\n").utf8), to: "-")
        }
    }

    /// `--pairs`: precision, recall and F1 of the system's document pairs.
    private func runPairs() throws {
        try reportingErrors {
            let score = PairingScore(
                gold: try PairingScore.pairs(manifest: pairs[0]), system: try PairingScore.pairs(manifest: pairs[1]))
            let text: String
            if json {
                text =
                    "{\"correct\":\(score.correct),\"f1\":\(score.f1),\"gold\":\(score.gold),"
                    + "\"precision\":\(score.precision),\"recall\":\(score.recall),\"system\":\(score.system)}"
            } else {
                func cell(_ value: Double) -> String { String(format: "%7.3f", value) }
                text = """
                    pairs: \(score.gold) gold, \(score.system) system, \(score.correct) right
                    precision  \(cell(score.precision))
                    recall     \(cell(score.recall))
                    F1         \(cell(score.f1))
                    """
            }
            try AtomicFile.write(Data((text + "\n").utf8), to: "-")
        }
    }

    static func table(_ score: AlignmentScore) -> String {
        func cell(_ value: Double) -> String { String(format: "%7.3f", value) }
        return """
            documents: \(score.documents)
                        strict      lax
            precision  \(cell(score.strictPrecision))  \(cell(score.laxPrecision))
            recall     \(cell(score.strictRecall))  \(cell(score.laxRecall))
            F1         \(cell(score.strictF1))  \(cell(score.laxF1))
            """
    }

    private struct Report: Encodable {
        var documents: Int
        var strictPrecision, strictRecall, strictF1, laxPrecision, laxRecall, laxF1: Double

        init(_ score: AlignmentScore) {
            documents = score.documents
            strictPrecision = score.strictPrecision
            strictRecall = score.strictRecall
            strictF1 = score.strictF1
            laxPrecision = score.laxPrecision
            laxRecall = score.laxRecall
            laxF1 = score.laxF1
        }
    }
}

extension BeadFile.ReadError: ExitCodeConvertible {
    var exitCode: ExitCode { line == nil ? .noInput : .dataError }
}
