import ArgumentParser
import Bitext
import BitextTestSupport
import Foundation

/// `bitext-bench stages`: where one batch document's time goes, stage by stage, on one thread.
///
/// Generates the batch benchmark's corpus in memory (`BatchCorpus`), learns Model 1 from its first
/// documents as `bitext batch` does, then runs each document through the pipeline of
/// `BatchPipeline` and `Aligner` (the default, reorder-aware with the batch's lexicon) one stage at a
/// time, timing each. The pairs it makes are those of `bitext batch`; a check at the end says so.
struct StagesBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "Time per stage of the batch pipeline (µs a pair, one thread), default alignment."
    )

    @Option(help: "Corpus size in sentence pairs.")
    var pairs = 20_000

    @Flag(help: "Without the batch's learned lexicon (as --no-learning).")
    var noLearning = false

    func run() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let documents = try BatchCorpus(root: root).documents(pairs: pairs).map { document in
            BatchDocument(
                id: document.id,
                source: document.text.map { .text($0) }
                    ?? .texts(chinese: document.chinese ?? "", english: document.english ?? ""),
                origin: document.id)
        }
        var options = AlignmentOptions()
        let plain = BatchPipeline(format: .tmx, alignment: options)
        var learnSeconds = 0.0
        if !noLearning {
            let start = ContinuousClock.now
            var training: [BatchPipeline.TrainingPair] = []
            for document in documents where training.count < 5_000 {
                training += plain.trainingPairs(document).prefix(5_000 - training.count)
            }
            var lexicon = Lexicon()
            lexicon.learn(from: training)
            options.lexicon = lexicon
            learnSeconds = (ContinuousClock.now - start).seconds
        }
        let pipeline = BatchPipeline(format: .tmx, alignment: options)
        let aligner = Aligner(options: options)
        let lexicon = options.lexicon ?? Lexicon()
        let tokenizer = try WordTokenizer()
        let segmenter = try Segmenter()
        var stages = Stages()
        var written = 0
        var mismatches = 0
        for document in documents {
            let read = try stages.time("read") { try pipeline.read(document) }
            guard let chinesePassage = read.chinese, let englishPassage = read.english else { continue }
            let (chinese, english) = try stages.time("segment") {
                (try segmenter.sentences(of: chinesePassage), try segmenter.sentences(of: englishPassage))
            }
            let (chineseTexts, englishTexts) = stages.time("datelines") {
                Aligner.withoutDatelines(chinese: chinese, english: english)
            }
            let features = stages.time("anchors") {
                AlignmentFeatures(
                    chinese: chineseTexts, english: englishTexts, extractor: AnchorExtractor(gazetteer: .shipped))
            }
            let (beads, model) = stages.time("monotonic path") { aligner.path(features, researching: noLearning) }
            let words = stages.time("words") {
                SentenceWords(
                    chinese: chineseTexts, english: englishTexts, dictionary: lexicon.dictionary, tokenizer: tokenizer)
            }
            let evidence = stages.time("lexical evidence") {
                AnchoredEvidence(
                    features: features, model: model,
                    lexical: LexicalEvidence(words: words, lexicon: lexicon, parameters: aligner.options.parameters),
                    lexicalWeight: aligner.options.parameters.lexicalWeight)
            }
            let links = stages.time("reorder-aware search") {
                aligner.reorderedPath(evidence, first: beads, keepInitial: noLearning)
            }
            let result = stages.time("pairs") {
                aligner.pairs(
                    links: links, model: model, features: features, chinese: chinese, english: english,
                    document: document.id
                ).pairs
            }
            let bytes = stages.time("tmx") { pipeline.output.encode(result, document: document.id, format: .tmx) }
            written += result.count
            if stages.checks < 200 {
                stages.checks += 1
                if (try? pipeline.align(document)) != result { mismatches += 1 }
            }
            _ = bytes
        }
        print("\(documents.count) documents, \(written) pairs; learning \(String(format: "%.2f", learnSeconds)) s")
        print("| stage | s | µs a pair | share |")
        print("|---|---:|---:|---:|")
        let total = stages.seconds.values.reduce(0, +)
        for name in stages.order {
            let seconds = stages.seconds[name] ?? 0
            print(
                String(
                    format: "| %@ | %.2f | %.1f | %.1f %% |", name, seconds, seconds * 1e6 / Double(written),
                    100 * seconds / total))
        }
        print(String(format: "| all | %.2f | %.1f | 100 %% |", total, total * 1e6 / Double(written)))
        if mismatches > 0 {
            throw ValidationError("\(mismatches) of \(stages.checks) documents differ from BatchPipeline.align")
        }
    }

    /// Seconds per stage, in the order the stages first ran.
    struct Stages {
        var seconds: [String: Double] = [:]
        var order: [String] = []
        var checks = 0

        mutating func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = ContinuousClock.now
            let result = try body()
            let elapsed = (ContinuousClock.now - start).seconds
            if seconds[name] == nil { order.append(name) }
            seconds[name, default: 0] += elapsed
            return result
        }
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
