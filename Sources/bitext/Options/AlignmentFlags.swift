import ArgumentParser
import Bitext
import Foundation

/// How `align` and `batch` align: the search and the word translations they start from.
struct AlignmentFlags: ParsableArguments {
    @Option(help: ArgumentHelp("The most sentences on one side of a bead, 1 to 4.", valueName: "n"))
    var maxBeadSide = 3

    @Flag(
        help: "Search one monotonic path only: no crossing pairs for moved sentences or blocks (learn refuses it).")
    var monotonic = false

    @Option(
        help: ArgumentHelp(
            "Word translations from a dictionary in CC-CEDICT format (cedict_ts.u8 from mdbg.net), added to the built-in lexicon's.",
            valueName: "file"))
    var dictionary: String?

    @Flag(
        name: .customLong("no-lexicon"),
        help: "Without the built-in Chinese-English lexicon (CC-CEDICT): the gazetteer and --dictionary only.")
    var noLexicon = false

    func validate() throws {
        guard (1...4).contains(maxBeadSide) else {
            throw ValidationError("--max-bead-side must be 1 to 4, not \(maxBeadSide)")
        }
    }

    /// How the dictionary was chosen, as a model file records it: "the built-in lexicon and
    /// --dictionary cedict_ts.u8".
    var dictionaryName: String {
        let base = noLexicon ? "--no-lexicon" : "the built-in lexicon"
        return dictionary.map { "\(base) and --dictionary \(($0 as NSString).lastPathComponent)" } ?? base
    }

    /// The aligner's options, the dictionary read.
    func options() throws -> Bitext.AlignmentOptions {
        var options = Bitext.AlignmentOptions()
        options.maxBeadSide = maxBeadSide
        options.monotonic = monotonic
        options.builtInLexicon = !noLexicon
        if let dictionary {
            options.dictionary = try ChineseEnglishDictionary(contentsOfFile: dictionary)
        }
        return options
    }
}
