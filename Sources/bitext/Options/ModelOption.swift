import ArgumentParser
import Bitext
import Foundation

/// `--model FILE`: word translations `bitext learn` wrote, used as they are instead of learning.
struct ModelOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Align with the word translations bitext learn wrote to FILE, learning nothing.",
            discussion: """
                Every document is aligned with the same model whatever else is aligned with it, so a corpus \
                split into parts (Spark partitions) gives the same pairs as one run. Give the same \
                --no-lexicon and --dictionary as bitext learn did (the model records its dictionary).
                """, valueName: "file"))
    var model: String?

    /// `options` aligning with the model, when one is given; it must have been learned with the
    /// dictionary `flags` choose.
    func options(_ options: Bitext.AlignmentOptions, flags: AlignmentFlags) throws -> Bitext.AlignmentOptions {
        guard let model else { return options }
        var options = options
        options.lexicon = try ModelFile(path: model).lexicon(
            dictionary: options.dictionary, named: flags.dictionaryName, file: model)
        return options
    }

    func validate(_ flags: AlignmentFlags) throws {
        if model != nil, flags.monotonic {
            throw ValidationError("--monotonic searches one path in order and uses no --model: give one of them")
        }
    }
}

extension ModelFileError: ExitCodeConvertible {
    var exitCode: ExitCode {
        switch reason {
        case .unreadable: .noInput
        case .dictionaryMismatch: .validationFailure
        case .notAModel, .unsupportedVersion, .truncated, .corrupt: .dataError
        }
    }
}
