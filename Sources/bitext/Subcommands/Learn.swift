import ArgumentParser
import Bitext
import Foundation

/// `bitext learn`: word translations learned once from a corpus, for `batch --model` and `align --model`.
struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Learn word translations from a corpus once, for batch --model and align --model.",
        discussion: """
            Learns word translations (IBM Model 1) from the first documents of a corpus, as bitext batch \
            does before aligning (up to --learning-pairs confident one-to-one pairs from at most 2000 \
            documents), and writes them to FILE. bitext batch --model FILE and bitext align --model FILE \
            then align with them and learn nothing across documents (a document of 100 sentences a side or \
            more still learns from itself, as bitext align does, and falls back on the model): a corpus split \
            into parts, such as the partitions of a Spark job, gives the same pairs as one run over the whole \
            (docs/spark.md).

            The corpus is a manifest, as bitext batch reads it (ID<TAB>ZH-PATH<TAB>EN-PATH or ID<TAB>PATH), \
            or with --jsonl JSON lines of documents on standard input ({"id":"…","zh":"…","en":"…"} or \
            {"id":"…","text":"…"}). The model records the dictionary it was learned with (the built-in lexicon, \
            --no-lexicon, --dictionary): --model refuses another, so give the same options when aligning.

            The file is a few megabytes, versioned, and checked when read: a file that is not a model, of \
            another version, truncated or corrupt is refused with a message.

            Examples:
              bitext learn corpus.tsv -o model.bin
              bitext batch corpus.tsv -o corpus.tmx --model model.bin
              cat docs.jsonl | bitext learn --jsonl -o model.bin
              bitext batch --jsonl --quiet --model model.bin < part-0001.jsonl
              bitext learn --dictionary cedict_ts.u8 corpus.tsv -o model.bin
              bitext align --model model.bin seeds/004_b1f2f82659ca7572.txt

            Exit status: 0 the model was written; 64 usage error (also --monotonic, which learns nothing, or \
            an output that is the manifest); 65 nothing was learned (too few confident pairs, or what they \
            teach does not hold on held-out pairs: the two sides may not translate each other); 66 the \
            manifest is missing or unreadable; 73 the output cannot be created; 74 writing it failed.
            """
    )

    @Argument(
        help: ArgumentHelp("The manifest (TSV), as bitext batch reads it. Not with --jsonl.", valueName: "manifest"))
    var manifest: String?

    @Flag(help: "Read JSON lines of documents on standard input instead of a manifest.")
    var jsonl = false

    @Option(name: .shortAndLong, help: ArgumentHelp("The model file to write.", valueName: "file"))
    var output: String

    @Flag(help: "Take each input line as one sentence.")
    var presegmented = false

    @OptionGroup var alignment: AlignmentFlags

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .shortAndLong, help: "No summary line on standard error.")
    var quiet = false

    func validate() throws {
        if alignment.monotonic {
            throw ValidationError("--monotonic searches one path in order: there is nothing to learn")
        }
        switch (manifest, jsonl) {
        case (nil, false): throw ValidationError("give a manifest, or --jsonl to read standard input")
        case (_?, true): throw ValidationError("--jsonl reads standard input: give no manifest")
        default: break
        }
        if output == "-" { throw ValidationError("-o: give a file for the model, not standard output") }
        if output == manifest { throw ValidationError("-o '\(output)' is the manifest: give a file of its own") }
    }

    func run() throws {
        try reportingErrors { try runBlocking { try await self.learn() } }
    }

    private func learn() async throws {
        let runner = BatchRunner(
            pipeline: BatchPipeline(format: .jsonl, alignment: try alignment.options(), presegmented: presegmented),
            engine: corpus.engine, learning: corpus.learning)
        let learned: BatchRunner.Learned
        if let manifest {
            learned = try await runner.learn(try Manifest(path: manifest))
        } else {
            let lines = try LineReader()
            learned = try await runner.learn(lines: lines)
            if let failure = lines.failure {
                throw BatchError(.input, file: "standard input", message: "cannot read: \(failure)")
            }
        }
        guard let lexicon = learned.lexicon,
            let file = ModelFile(
                lexicon: lexicon, dictionaryName: alignment.dictionaryName, trainingPairs: learned.pairs)
        else { throw NothingLearned(learned: learned, minimum: corpus.learning.minimum) }
        let bytes = file.encoded()
        try AtomicFile.write(Data(bytes), to: output, inputs: manifest.map { [$0] } ?? ["-"])
        if !quiet {
            printError(
                "learned \(file.model.size) word translations of \(file.chinese.count) Chinese words from "
                    + "\(learned.pairs) pairs of \(learned.documents) documents; \(output): \(bytes.count) bytes")
        }
    }
}

/// `bitext learn` found too little to learn from, or what it learned does not hold.
struct NothingLearned: Error, CustomStringConvertible, ExitCodeConvertible {
    var learned: BatchRunner.Learned
    var minimum: Int

    var description: String {
        let pairs = learned.pairs == 1 ? "1 confident pair" : "\(learned.pairs) confident pairs"
        let documents = learned.documents == 1 ? "1 document" : "\(learned.documents) documents"
        return learned.pairs < minimum
            ? "nothing learned: \(pairs) in \(documents), fewer than the \(minimum) needed (give more documents, "
                + "or align without --model)"
            : "nothing learned: the word translations of \(pairs) in \(documents) do not hold on held-out pairs "
                + "(do the two sides translate each other?)"
    }

    var exitCode: ExitCode { .dataError }
}
