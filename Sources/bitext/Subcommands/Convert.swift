import ArgumentParser
import Bitext
import Foundation

/// `bitext convert IN OUT`: between TMX, TSV and JSONL (and on to beads or Moses files).
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert aligned pairs between TMX, TSV and JSONL.",
        discussion: """
            Reads TMX from other tools too (any spelling of the Chinese tag, inline codes, entities, UTF-16; \
            what it leaves out or converts is counted on standard error; TMX to TMX keeps tuids, props and notes). \
            The input format comes from IN's extension or content; '-' reads standard input, '-' as OUT \
            writes standard output (TSV unless --format). A TSV without a header line: the column with \
            more Han characters is the Chinese. Pairs without a confidence (TMX from other tools, a TSV \
            of two columns) get 1.0.

            Examples:
              bitext convert memory.tmx pairs.tsv
              bitext convert pairs.jsonl --tmx okapi.tmx --zh-tag zh-TW
              bitext convert pairs.tsv corpus --format moses   (corpus.zh, corpus.en)
              bitext convert pairs.jsonl kept.tsv --min-score 0.9 --beads 1-1
              cat pairs.tsv | bitext convert - - --format jsonl

            Exit status: 0 on success, 64 for wrong usage (also an output that is the input), 65 for input \
            that is not what its format says, 66 for a missing or unreadable input, 73 when an output cannot \
            be created, 74 when writing fails.
            """)

    @Argument(help: ArgumentHelp("The file to read ('-': standard input).", valueName: "in"))
    var input: String

    @Argument(help: ArgumentHelp("The file to write; same as -o.", valueName: "out"))
    var outputFile: String?

    @Option(
        help: ArgumentHelp("Input format, when IN's extension does not tell: tmx, tsv or jsonl.", valueName: "format"),
        transform: Convert.readable)
    var from: ExportFormat?

    /// A format convert reads, from `--from`'s value.
    static func readable(_ name: String) throws -> ExportFormat {
        guard let format = ExportFormat(rawValue: name), format.isReadable else {
            throw ValidationError("convert reads tmx, tsv or jsonl")
        }
        return format
    }

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if outputFile != nil && output.output != nil {
            throw ValidationError("give the output once: OUT or -o, not both")
        }
        var options = output
        options.output = outputFile ?? output.output
        _ = try options.description()
    }

    func run() throws {
        try reportingErrors { try convert() }
    }

    private func convert() throws {
        var options = output
        if let outputFile { options.output = outputFile }
        try options.check(inputs: [input])
        let data: Data
        do {
            data = Data(try LoadedFile.contents(of: input))
        } catch {
            // A damaged .gz file is bad data (65), as a damaged file of pairs is; the others, no input (66).
            let kind: ExportError.Kind
            if case .gzip = error.reason { kind = .malformedInput } else { kind = .unreadableInput }
            throw ExportError(file: input, message: "cannot read: \(LoadedFile.reason(error))", kind: kind)
        }
        let format = from ?? ExportFormat(path: input) ?? ExportFormat(content: data)
        let (pairs, warnings) = try format.read(data, file: input, options: try options.description().options)
        for warning in warnings { printError("bitext: \(input): \(warning)") }
        try options.write(pairs, inputs: [input])
    }
}
