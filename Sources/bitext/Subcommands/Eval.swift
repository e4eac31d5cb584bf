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
            [0, 1]:[2] (Chinese ids, English ids, [] for none; a third :field, such as the confidence \
            align --score writes, is read by --calibration only). Scores are \
            those of Vecalign's score.py (Sennrich & Volk 2011), micro-averaged over the documents: a \
            system bead is strictly right when the gold has it, laxly right when it shares a Chinese and an \
            English sentence with a gold link; recall looks at the two-sided beads only.

            Examples:
              bitext eval --gold UN19930101_020.gold sys1.beads
              bitext eval --gold a.gold a.beads b.gold b.beads
              bitext eval --json --gold a.gold a.beads --gold b.gold b.beads
              bitext align --presegmented --zh a.zh --en a.en --score -o a.beads
              bitext eval --calibration --plot a.svg --gold a.gold a.beads
              bitext eval --pairs gold.tsv pairs.tsv    (document pairs, bitext pair's)

            With --calibration, the system's beads must carry their confidences (align's --format beads --score \
            writes them as a third field): eval then says how far the confidences can be trusted, a pair being \
            right when its bead is exactly a gold bead. The reliability table gives, for ten bins of confidence, \
            the pairs' mean confidence and the share that is right (the two match when the confidence is \
            calibrated); ECE is their mean gap, weighted by pairs, beside the ECE that calibrated confidences \
            would show on so many pairs by chance alone (its mean and its 95th percentile over draws in which \
            each pair is right with the probability it says: on a few hundred pairs, a few hundredths); Brier \
            the mean squared error of the confidence; AUC the chance that a right pair scores above a wrong \
            one. The threshold table gives what each --min-score keeps: pairs, precision (right among them), \
            recall (right kept pairs among the gold beads) and mean confidence (the precision calibrated \
            confidences promise them). --plot FILE.svg draws the reliability diagram and the precision-recall \
            curve.

            Exit status: 0 on success, 64 for a usage error, 65 for a line \
            that is not a bead (or a file that is not UTF-8 or a damaged .gz), 66 for a missing or unreadable \
            file, 74 when standard output cannot be written.
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

    @Flag(help: "Also say how well the system's confidences predict right pairs (beads written with --score).")
    var calibration = false

    @Option(
        help: ArgumentHelp(
            "Draw the reliability diagram and precision-recall curve as SVG (implies --calibration).",
            valueName: "file.svg"))
    var plot: String?

    func validate() throws {
        if gold.filter({ $0 == "-" }).count > 1 || pairs.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input can be read once: give '-' for one file at most")
        }
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
        if let plot {
            guard plot != "-" else {
                throw ValidationError("--plot writes a file: give a name such as reliability.svg")
            }
        }
    }

    func run() throws {
        if !pairs.isEmpty { return try runPairs() }
        try reportingErrors {
            var score = AlignmentScore()
            var confidences: [Double] = []
            var right: [Bool] = []
            var goldBeads = 0
            for index in stride(from: 0, to: gold.count, by: 2) {
                let goldBeadList = try BeadFile.read(gold[index])
                let system = try BeadFile.readScored(gold[index + 1])
                score.add(gold: goldBeadList, system: system.map(\.bead))
                let names = [gold[index], gold[index + 1]].map(LoadedFile.name(of:))
                for note in BeadFile.doubts(
                    gold: goldBeadList, system: system.map(\.bead), goldFile: names[0], systemFile: names[1])
                {
                    printError("bitext: \(note)")
                }
                guard calibrating else { continue }
                let goldSet = Set(goldBeadList)
                goldBeads += goldSet.count
                for (bead, confidence) in system {
                    guard let confidence else {
                        throw MissingConfidence(file: gold[index + 1])
                    }
                    confidences.append(confidence)
                    right.append(goldSet.contains(bead))
                }
            }
            let report = calibrating ? CalibrationReport(confidences: confidences, right: right, gold: goldBeads) : nil
            let text: String
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                text = String(decoding: try encoder.encode(Report(score: score, calibration: report)), as: UTF8.self)
            } else {
                text = Self.table(score) + (report.map { "\n\n" + Self.table($0) } ?? "")
            }
            if let plot, let report {
                let title =
                    "bitext eval: "
                    + stride(from: 1, to: gold.count, by: 2).map { gold[$0] }
                    .joined(separator: ", ")
                try AtomicFile.write(Data(report.svg(title: title).utf8), to: plot, inputs: gold)
            }
            try AtomicFile.write(Data((text + "\n").utf8), to: "-")
        }
    }

    private var calibrating: Bool { calibration || plot != nil }

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

    /// The calibration tables, as text.
    static func table(_ report: CalibrationReport) -> String {
        var lines = [
            String(
                format: "calibration: %d pairs, %.1f%% right; ECE %.3f, Brier %.3f, AUC %.3f", report.pairs,
                report.accuracy * 100, report.ece, report.brier, report.auc),
            String(
                format: "calibrated confidences would show an ECE of %.3f on these pairs by chance (95%% under %.3f)",
                report.chanceECE, report.chanceECEHigh),
            "confidence   pairs  mean conf.  right",
        ]
        for bin in report.bins {
            let range = String(format: "%.1f-%.1f", bin.lower, bin.lower + 0.1)
            lines.append(
                bin.pairs == 0
                    ? "\(range)        0           -      -"
                    : String(format: "%@  %7d  %10.3f  %5.3f", range, bin.pairs, bin.meanConfidence, bin.accuracy))
        }
        lines.append("--min-score   kept  precision  recall  mean conf.")
        for threshold in report.thresholds {
            lines.append(
                String(
                    format: "%10.2f  %5d  %9.3f  %6.3f  %10.3f", threshold.minimum, threshold.kept,
                    threshold.precision, threshold.recall, threshold.meanConfidence))
        }
        return lines.joined(separator: "\n")
    }

    /// `--json`'s object: the score's figures, and with them the calibration when there is one.
    private struct Report: Encodable {
        var score: AlignmentScore
        var calibration: CalibrationReport?

        private enum CodingKeys: CodingKey { case calibration }

        func encode(to encoder: any Encoder) throws {
            try score.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(calibration, forKey: .calibration)
        }
    }
}

/// A system bead file without confidences given to `--calibration`.
struct MissingConfidence: Error, CustomStringConvertible, ExitCodeConvertible {
    var file: String
    var description: String {
        "\(file): a bead without a confidence: for --calibration, write the beads with align's --format beads --score"
    }
    var exitCode: ExitCode { .dataError }
}
