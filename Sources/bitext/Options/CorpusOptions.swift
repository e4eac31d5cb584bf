import ArgumentParser
import Bitext

/// `--learning-pairs` and `--jobs`: how `batch` and `learn` go through a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The most training pairs the first pass gathers (more is slower, rarely better).", valueName: "n"))
    var learningPairs = BatchRunner.Learning().pairs

    @Option(help: "Documents in flight at once (default: eight per core).")
    var jobs: Int?

    /// Learning from the first documents, up to `learningPairs`.
    var learning: BatchRunner.Learning { BatchRunner.Learning(pairs: learningPairs) }

    /// The engine that keeps `jobs` documents in flight.
    var engine: BatchEngine { BatchEngine(window: jobs) }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if learningPairs < 1 { throw ValidationError("--learning-pairs must be at least 1") }
    }
}
