import ArgumentParser
import Bitext

@main
struct BitextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Align Traditional Chinese–English news articles into sentence-aligned bitexts.",
        subcommands: [Segment.self, Align.self, Eval.self, Convert.self, View.self, Batch.self]
    )
}
