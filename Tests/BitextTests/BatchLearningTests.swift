import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

/// Learning across a batch: Model 1 trained once on the first documents' confident one-to-one beads.
@Suite struct BatchLearningTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// UN documents of 4 to 12 gold beads, one sentence a line.
    static func documents(pairs: Int) throws -> [BatchDocument] {
        try BatchCorpus(root: root).documents(pairs: pairs, beads: 4...12).filter { $0.text == nil }.map {
            BatchDocument(
                id: $0.id, source: .texts(chinese: $0.chinese ?? "", english: $0.english ?? ""), origin: $0.id)
        }
    }

    static func runner(_ learning: BatchRunner.Learning?, window: Int = 2, monotonic: Bool = false) -> BatchRunner {
        var alignment = AlignmentOptions()
        alignment.monotonic = monotonic
        return BatchRunner(
            pipeline: BatchPipeline(format: .jsonl, alignment: alignment, presegmented: true),
            engine: BatchEngine(window: window), learning: learning)
    }

    /// The learned pipeline carries a trained Model 1, and aligns some documents differently from one
    /// aligning each document on its own.
    @Test func theLearnedLexiconIsUsed() async throws {
        let documents = try Self.documents(pairs: 400)
        let learning = BatchRunner.Learning(pairs: 200, minimum: 100)
        let learned = try await Self.runner(learning).learnedPipeline(from: documents.makeIterator(), document: { $0 })
        let lexicon = try #require(learned.alignment.lexicon)
        #expect(lexicon.model != nil)
        #expect(lexicon.chinese.count > 100)
        let plain = Self.runner(nil).pipeline
        #expect(plain.alignment.lexicon == nil)
        let changed = try documents.filter { try learned.align($0) != plain.align($0) }
        #expect(!changed.isEmpty)
    }

    /// The sample is the first documents in input order, whatever the timing: the same lexicon (so the
    /// same alignments) with one document in flight or eight; the sample stops at the cap.
    @Test func theSampleIsTheSameWhateverTheConcurrency() async throws {
        let documents = try Self.documents(pairs: 400)
        let learning = BatchRunner.Learning(pairs: 150, minimum: 100)
        var taken: [[String]] = []
        var alignments: [[[AlignedPair]]] = []
        for window in [1, 8] {
            var ids: [String] = []
            let pipeline = try await Self.runner(learning, window: window).learnedPipeline(
                from: documents.makeIterator(), document: { $0 }, taken: { ids.append($0.id) })
            taken.append(ids)
            alignments.append(try documents.prefix(10).map { try pipeline.align($0) })
        }
        #expect(alignments[0] == alignments[1])
        #expect(taken[0].count < documents.count)
        #expect(taken.allSatisfy { $0 == Array(documents.prefix($0.count).map(\.id)) })
    }

    @Test func nothingIsLearnedWhenOffMonotonicOrFromTooFewPairs() async throws {
        let documents = try Self.documents(pairs: 200)
        let cases: [BatchRunner] = [
            Self.runner(nil),
            Self.runner(BatchRunner.Learning(pairs: 300, minimum: 100), monotonic: true),
            Self.runner(BatchRunner.Learning(pairs: 5000, minimum: 5000)),
        ]
        for runner in cases {
            var read = 0
            let pipeline = try await runner.learnedPipeline(
                from: documents.makeIterator(), document: { $0 }, taken: { _ in read += 1 })
            #expect(pipeline.alignment.lexicon == nil)
            #expect(read == (runner.learning == nil || runner.pipeline.alignment.monotonic ? 0 : documents.count))
        }
    }

    /// A stream learns from the documents it holds, then aligns them first: the same bytes as a batch of
    /// the same documents, and the held documents are not read twice from the input.
    @Test func aStreamReplaysTheDocumentsItLearnedFrom() async throws {
        let corpus = try BatchCorpus(root: Self.root).documents(pairs: 300, beads: 4...12).filter { $0.text == nil }
        let lines = BatchCorpus.jsonLines(corpus).split(separator: "\n").enumerated().map {
            (number: $0.offset + 1, text: String($0.element))
        }
        let learning = BatchRunner.Learning(pairs: 150, minimum: 100)
        var streamed: [UInt8] = []
        let reporter = BatchReporter(showsProgress: false, write: { _ in })
        try await Self.runner(learning).stream(lines, reporter: reporter) { streamed += $0 }
        #expect(reporter.progress.done == corpus.count)

        let runner = Self.runner(learning)
        let pipeline = try await runner.learnedPipeline(from: try Self.documents(pairs: 300).makeIterator()) { $0 }
        #expect(pipeline.alignment.lexicon != nil)
        var expected: [UInt8] = []
        for line in lines {
            let outcome = pipeline.run(try StreamRecord.document(line: line.text, number: line.number))
            expected += try outcome.result.get().bytes
        }
        #expect(streamed == expected)
    }
}
