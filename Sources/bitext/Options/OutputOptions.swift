import ArgumentParser
import Bitext
import Foundation

extension ExportFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// Where and how `align`, `batch` and `convert` write aligned pairs: parsed here, described and
/// validated by the library's `OutputDescription`.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Write to FILE, in the format its extension names (.tmx .tsv .jsonl .beads; gzipped after it, as "
                + ".tsv.gz, but not by batch); '-' is standard output (batch: also a folder of ID.beads files for beads).",
            valueName: "file"))
    var output: String?

    @Option(help: "Output format when -o has no telling extension, or for standard output (default tsv).")
    var format: ExportFormat?

    @Option(help: ArgumentHelp("Also write a TMX 1.4b translation memory to FILE.", valueName: "file"))
    var tmx: String?

    @Option(
        help: ArgumentHelp("Also write PREFIX.zh and PREFIX.en, line-aligned (Moses, sacrebleu).", valueName: "prefix"))
    var moses: String?

    @Flag(help: "Add the confidence as a last TSV column.")
    var score = false

    @Flag(help: "Start TSV with a header line (zh, en, confidence).")
    var header = false

    @Option(name: .customLong("zh-tag"), help: "TMX language tag of Chinese (zh-TW for Okapi jobs).")
    var zhTag = "zh-Hant"

    @Option(name: .customLong("en-tag"), help: "TMX language tag of English.")
    var enTag = "en"

    @Option(help: "The source language: first TSV column, TMX srclang.")
    var source: Language = .chinese

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Leave out pairs of lower confidence.", valueName: "x"))
    var minScore: Double?

    @Option(help: ArgumentHelp("Keep only these bead types, e.g. 1-1,2-1.", valueName: "types"))
    var beads: String?

    @Flag(help: "Keep one-sided pairs in TMX (a <tu> with one <tuv>) and Moses files (an empty line).")
    var keepOneSided = false

    func validate() throws {
        if let minScore, !(0...1).contains(minScore) {
            throw ValidationError("--min-score must be 0 to 1 (a confidence), not \(minScore)")
        }
        if let beads, PairFilter.beadTypes(beads) == nil {
            throw ValidationError("--beads '\(beads)': expected bead types such as 1-1,2-1")
        }
    }

    /// The library's description of these options: `-o` (or standard output when nothing else is
    /// asked), `--tmx`, `--moses`; the TMX creation date is `SOURCE_DATE_EPOCH` when set.
    ///
    /// `batch` writes files a document at a time: no standard output, a TMX document type, and a
    /// creation date only from `SOURCE_DATE_EPOCH` (so that a resumed batch writes the same bytes).
    /// Commands call it from their `validate()` too, so that a bad combination is a usage error
    /// before any work.
    func description(batch: Bool = false) throws -> OutputDescription {
        var options = ExportOptions()
        options.source = source
        options.chineseTag = zhTag
        options.englishTag = enTag
        options.score = score
        options.header = header
        options.keepOneSided = keepOneSided
        let sourceDate = ExportOptions.sourceDate(ProcessInfo.processInfo.environment)
        options.creationDate = batch ? sourceDate : sourceDate ?? Date()
        options.documentType = batch
        let filter = PairFilter(minimumConfidence: minScore, beadTypes: beads.flatMap(PairFilter.beadTypes))
        var description = OutputDescription(options: options, filter: filter)
        do {
            if format == .moses && output == nil {
                throw ValidationError("--format moses needs -o PREFIX (or use --moses PREFIX)")
            }
            if let output { description.targets.append(try .init(path: output, format: format)) }
            if let tmx { description.targets.append(.init(path: tmx, format: .tmx)) }
            if let moses { description.targets.append(.init(path: moses, format: .moses)) }
            if description.targets.isEmpty, !batch {
                description.targets.append(.init(path: "-", format: format ?? .tsv))
            }
            try description.validate()
            if batch, let gzipped = description.targets.flatMap(\.files).first(where: Gzip.isCompressed) {
                throw ValidationError(
                    "\(gzipped): batch writes its outputs a document at a time and cannot gzip them; "
                        + "write \(Gzip.withoutExtension(gzipped)) and gzip it afterwards")
            }
        } catch let error as ExportError {
            throw ValidationError(error.description)
        }
        return description
    }

    /// Checks before any work that the outputs can be written and none is one of `inputs`.
    func check(inputs: [String]) throws {
        try description().check(inputs: inputs)
    }

    /// Filters `pairs`, writes every target all or nothing (none may be one of `inputs`), then reports on
    /// standard error what was left out.
    func write(_ pairs: [AlignedPair], inputs: [String] = []) throws {
        for note in try description().write(pairs, inputs: inputs) { printError("bitext: \(note)") }
    }
}
