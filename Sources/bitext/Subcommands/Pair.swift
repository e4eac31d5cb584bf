import ArgumentParser
import Bitext
import Foundation

/// `bitext pair`: finds which Chinese article translates which English one, as a batch manifest.
struct Pair: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find which Chinese article translates which English article: a batch manifest.",
        discussion: """
            Reads articles (files, folders, batch manifests ending in .tsv), splits each mixed file into its \
            Chinese and English parts, and pairs Chinese parts with the English parts that translate them, \
            one to one, leaving parts without a translation unpaired. The evidence: the numbers, dates, \
            gazetteer names, Latin tokens and words (the built-in lexicon's translations of the Chinese) \
            two parts share, found through an index, not by comparing all pairs; their length ratio; and, \
            for the best three candidates of each Chinese part, how well they align (romanised names count \
            there too). --no-alignment-check skips the alignment: 4 to 7 times faster on large \
            collections, less sure on look-alike articles.

            The output is a batch manifest, ID<TAB>ZH<TAB>EN<TAB>SCORE a line (score 0-1); ZH or EN may be \
            a mixed file, from which batch and align take that language. Unpaired parts are counted on \
            standard error, or listed (zh<TAB>PATH, en<TAB>PATH) in the file --unpaired names.

            Examples:
              bitext pair seeds/*.txt
              bitext pair --zh zh/ --en en/ -o pairs.tsv --unpaired unpaired.tsv
              bitext batch pairs.tsv -o corpus.tmx
              bitext batch --pair zh/ en/ -o corpus.tmx       (both steps at once)
              bitext eval --pairs gold.tsv pairs.tsv

            Exit status: 0 on success (also when parts stay unpaired), 64 usage error, 65 an article that \
            is not text or lacks the language it was given as, 66 a missing input, 73/74 the output cannot \
            be written.
            """
    )

    @Argument(help: "Articles, folders of articles, or manifests (.tsv), in either or both languages.")
    var files: [String] = []

    @Option(
        name: .customLong("zh"), parsing: .upToNextOption,
        help: ArgumentHelp("Chinese articles or folders (of a mixed file, its Chinese).", valueName: "file"))
    var chinese: [String] = []

    @Option(
        name: .customLong("en"), parsing: .upToNextOption,
        help: ArgumentHelp("English articles or folders (of a mixed file, its English).", valueName: "file"))
    var english: [String] = []

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Where to write the manifest; - (default) is standard output.", valueName: "file"))
    var output = "-"

    @Option(help: ArgumentHelp("Where to list the unpaired parts (else a count on standard error).", valueName: "file"))
    var unpaired: String?

    @Option(help: ArgumentHelp("The lowest score of a pair, 0 to 1.", valueName: "score"))
    var minScore = DocumentPairer.Options().minScore

    @Flag(
        name: .customLong("no-alignment-check"),
        help: "Pair by the anchors and lengths alone, without aligning the best candidates.")
    var noAlignmentCheck = false

    func validate() throws {
        guard !(files.isEmpty && chinese.isEmpty && english.isEmpty) else {
            throw ValidationError("give articles to pair: FILE…, or --zh FILE… --en FILE…")
        }
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be 0 to 1, not \(minScore)") }
        if let unpaired, unpaired == output, output != "-" {
            throw ValidationError("--unpaired and -o name the same file")
        }
    }

    func run() throws {
        try reportingErrors {
            var options = DocumentPairer.Options()
            options.minScore = minScore
            options.alignmentCheck = !noAlignmentCheck
            let outputs = [output, unpaired].compactMap { $0 }.filter { $0 != "-" }
            // The files and manifests named, before reading; then every article read (in folders, manifests).
            try AtomicFile.check(outputs, inputs: files + chinese + english)
            let inputs = try PairingInputs(files: files, chinese: chinese, english: english, outputs: outputs)
            try AtomicFile.check(outputs, inputs: inputs.paths)
            if inputs.chinese.isEmpty && inputs.english.isEmpty {
                printError("bitext: found no articles in \((files + chinese + english).joined(separator: ", "))")
            }
            let pairing = try DocumentPairer(options: options).pair(inputs)
            let manifest = pairing.manifest(
                chinese: inputs.chinese, english: inputs.english,
                folder: output == "-" ? nil : (output as NSString).deletingLastPathComponent)
            try AtomicFile.write(Data(manifest.utf8), to: output)
            let list = pairing.unpairedList(chinese: inputs.chinese, english: inputs.english)
            if let unpaired {
                try AtomicFile.write(Data(list.utf8), to: unpaired)
            } else {
                let count = pairing.unpairedChinese.count + pairing.unpairedEnglish.count
                printError(
                    "\(ExportStatistics.counted(pairing.pairs.count, "pair")); \(pairing.unpairedChinese.count) chinese and "
                        + "\(ExportStatistics.counted(pairing.unpairedEnglish.count, "english part")) unpaired"
                        + (count > 0 ? " (--unpaired FILE lists them)" : ""))
            }
        }
    }
}

extension PairingError: ExitCodeConvertible {
    var exitCode: ExitCode {
        switch self {
        case .read(let error): error.exitCode
        case .manifest(let error): error.exitCode
        case .pipeline(let error): error.exitCode
        }
    }
}
