import ArgumentParser
import Bitext
import Foundation

/// Where and how `align`, `batch` and `convert` write aligned pairs.
struct OutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tmx, tsv, jsonl, beads, moses
    }

    enum Side: String, ExpressibleByArgument, CaseIterable {
        case zh, en
    }

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Write to FILE ('-': standard output), in the format its extension names (.tmx .tsv .jsonl .beads).",
            valueName: "file"))
    var output: String?

    @Option(help: "Output format when -o has no telling extension, or for standard output (default tsv).")
    var format: Format?

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
    var source: Side = .zh

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Leave out pairs of lower confidence.", valueName: "x"))
    var minScore: Double?

    @Option(help: ArgumentHelp("Keep only these bead types, e.g. 1-1,2-1.", valueName: "types"))
    var beads: String?

    @Flag(help: "Keep one-sided pairs in TMX (a <tu> with one <tuv>) and Moses files (an empty line).")
    var keepOneSided = false

    func validate() throws {
        if let beads, PairFilter.beadTypes(beads) == nil {
            throw ValidationError("--beads '\(beads)': expected bead types such as 1-1,2-1")
        }
        for (name, tag) in [("--zh-tag", zhTag), ("--en-tag", enTag)] {
            let valid =
                !tag.isEmpty
                && tag.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
                    (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
                }
            if !valid {
                throw ValidationError(
                    "\(name) '\(tag)': not a language tag such as zh-TW or zh-Hant (OmegaT rejects '_' and spaces)")
            }
        }
    }

    /// The writers' options; the TMX creation date is `SOURCE_DATE_EPOCH` when set, for reproducible files.
    var exportOptions: ExportOptions {
        var options = ExportOptions()
        options.source = source == .zh ? .chinese : .english
        options.chineseTag = zhTag
        options.englishTag = enTag
        options.score = score
        options.header = header
        options.keepOneSided = keepOneSided
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            options.creationDate = Date(timeIntervalSince1970: epoch)
        }
        return options
    }

    /// The outputs asked for: `-o` (or standard output when nothing else is asked), `--tmx`, `--moses`.
    ///
    /// Commands call it from their `validate()` (after setting `output` from an argument, if they take
    /// one) so that a bad combination is a usage error before any work.
    func targets() throws -> [(path: String, format: ExportFormat)] {
        if format == .moses && output == nil {
            throw ValidationError("--format moses needs -o PREFIX (or use --moses PREFIX)")
        }
        var targets: [(String, ExportFormat)] = []
        if let output {
            if let format {
                targets.append((output, ExportFormat(rawValue: format.rawValue) ?? .tsv))
            } else if output == "-" {
                targets.append((output, .tsv))
            } else if let detected = ExportFormat(path: output) {
                targets.append((output, detected))
            } else {
                throw ValidationError(
                    "cannot tell the format of '\(output)' from its extension: add --format tmx|tsv|jsonl|beads|moses")
            }
        }
        if targets.first?.0 == "-" && targets.first?.1 == .moses {
            throw ValidationError("Moses output is two files: give -o PREFIX, not '-'")
        }
        if let tmx { targets.append((tmx, .tmx)) }
        if let moses { targets.append((moses, .moses)) }
        if targets.isEmpty {
            targets.append(("-", format.flatMap { ExportFormat(rawValue: $0.rawValue) } ?? .tsv))
        }
        return targets
    }

    /// Checks before any work that the outputs can be written and none is one of `inputs`.
    func check(inputs: [String]) throws {
        try AtomicFile.check(
            try targets().flatMap { $0.format == .moses ? [$0.path + ".zh", $0.path + ".en"] : [$0.path] },
            inputs: inputs)
    }

    /// Filters `pairs`, writes every target all or nothing (none may be one of `inputs`), then reports on
    /// standard error what was left out.
    func write(_ pairs: [AlignedPair], inputs: [String] = []) throws {
        let filter = PairFilter(minimumConfidence: minScore, beadTypes: beads.flatMap(PairFilter.beadTypes))
        let filtered = filter.apply(pairs)
        var notes: [String] = []
        func note(_ message: String) { notes.append(message) }
        if filtered.belowConfidence > 0, let minScore {
            note("left out \(count(filtered.belowConfidence, "pair")) below --min-score \(minScore)")
        }
        if filtered.otherBeadType > 0, let beads {
            note("left out \(count(filtered.otherBeadType, "pair")) of bead types other than \(beads)")
        }
        let options = exportOptions
        var files: [(path: String, contents: Data)] = []
        for (path, format) in try targets() {
            let (outputs, statistics) = format.write(filtered.kept, options: options)
            for (suffix, text) in outputs {
                files.append((path == "-" ? "-" : path + suffix, Data(text.utf8)))
            }
            let name = path == "-" ? "standard output" : format == .moses ? "\(path).zh, \(path).en" : path
            if statistics.oneSidedLeftOut > 0 {
                note(
                    "\(name): left out \(count(statistics.oneSidedLeftOut, "one-sided pair")) (--keep-one-sided keeps them)"
                )
            }
            if statistics.illegalCharactersRemoved > 0 {
                note(
                    "\(name): removed \(count(statistics.illegalCharactersRemoved, "character")) that XML 1.0 forbids")
            }
            if statistics.breaksReplaced > 0 {
                note(
                    "\(name): replaced \(count(statistics.breaksReplaced, "tab or line break")) inside texts by spaces")
            }
        }
        try AtomicFile.write(files, inputs: inputs)
        for message in notes { printError("bitext: \(message)") }
    }

    private func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}
