import ArgumentParser

struct BitextBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext-bench",
        abstract: "Release-mode benchmarks of Bitext's stages; results go in BENCHMARKS.md.",
        subcommands: [
            SegmentationBenchmark.self, AlignmentBenchmark.self, BatchBenchmark.self, BatchScoreBenchmark.self,
            ReorderBenchmark.self, StagesBenchmark.self, TuneBenchmark.self, CalibrateBenchmark.self,
            LexiconLoadBenchmark.self, ModelLoadBenchmark.self, PairBenchmark.self,
        ]
    )
}

BitextBench.main()
