import ArgumentParser
import Bitext
import Foundation

/// `bitext-bench model-load`: what `--model FILE` costs a process, beside the built-in lexicon.
struct ModelLoadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model-load",
        abstract: "Time reading a model file (bitext learn's) and making the lexicon to align with from it.",
        discussion: """
            The built-in lexicon is loaded first and timed apart (every run pays it, with a model or not). \
            Then, each the median of the runs: reading and checking the file, and making the lexicon (the \
            dictionary's fingerprint checked, what is looked up from the model worked out again).
            """
    )

    @Argument(help: "The model file (bitext learn -o FILE).")
    var model: String

    @Option(help: "Timed runs; the median is reported.")
    var runs = 5

    func run() throws {
        let clock = ContinuousClock()
        let dictionary = clock.measure { _ = ChineseEnglishDictionary.builtInWithNames }
        var reads: [Duration] = []
        var lexicons: [Duration] = []
        var fingerprints: [Duration] = []
        var file: ModelFile?
        for _ in 0..<max(runs, 1) {
            reads.append(clock.measure { file = try? ModelFile(path: model) })
            guard let file else { throw ValidationError("\(model): not a readable model file") }
            lexicons.append(
                clock.measure {
                    _ = try? file.lexicon(
                        dictionary: ChineseEnglishDictionary.builtInWithNames, named: "the built-in lexicon",
                        file: model)
                })
            fingerprints.append(clock.measure { _ = ChineseEnglishDictionary.builtInWithNames.fingerprint })
        }
        func median(_ durations: [Duration]) -> Double {
            let value = durations.sorted()[durations.count / 2]
            let (seconds, attoseconds) = value.components
            return Double(seconds) * 1000 + Double(attoseconds) / 1e15
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: model)[.size] as? Int) ?? 0
        print(
            String(
                format: "built-in lexicon first: %.0f ms; model file %.2f MB (%d Chinese, %d English words, %d pairs)",
                median([dictionary]), Double(size) / 1e6, file?.chinese.count ?? 0, file?.english.count ?? 0,
                file?.model.size ?? 0))
        print(
            String(
                format:
                    "median of %d: read and check %.1f ms; lexicon %.1f ms (of it the dictionary's fingerprint %.1f ms)",
                reads.count, median(reads), median(lexicons), median(fingerprints)))
    }
}
