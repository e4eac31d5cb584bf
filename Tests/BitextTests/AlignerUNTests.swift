import Foundation
import Testing

@testable import Bitext

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func fixture(_ path: String) throws -> String {
    try String(contentsOf: repositoryRoot.appendingPathComponent("fixtures/\(path)"), encoding: .utf8)
}

@Suite struct AlignerUNTests {
    static let documents = ["UN19930101_020", "UN19990209_010"]

    /// A UN document through the pipeline, as `bitext align --presegmented --zh … --en …` aligns it.
    static func aligned(_ name: String) throws -> AlignedDocument {
        let directory = repositoryRoot.appendingPathComponent("fixtures/un-zh-en")
        let input = AlignmentInput.files(
            chinese: directory.appendingPathComponent("\(name).zh").path,
            english: directory.appendingPathComponent("\(name).en").path)
        return try Pipeline(presegmented: true).align(input, id: name)
    }

    /// The presegmented sentences of a UN document, read as `bitext align --presegmented` reads them.
    static func sentences(_ name: String) throws -> (chinese: [Sentence], english: [Sentence]) {
        let aligned = try aligned(name)
        return (aligned.chinese, aligned.english)
    }

    /// Aligns both UN documents and scores them against the LDC gold.
    static func score() throws -> AlignmentScore {
        var score = AlignmentScore()
        for name in documents {
            let gold = try BeadFile.parse(try fixture("un-zh-en/\(name).gold"), file: name)
            score.add(gold: gold, system: try aligned(name).pairs.map(\.bead))
        }
        return score
    }

    /// The floors; the measured figures are in README.md and docs/align.md (checked by DocumentationTests).
    @Test func reachesTheRequiredF1() throws {
        let score = try Self.score()
        #expect(score.strictF1 >= 0.95)
        #expect(score.laxF1 >= 0.98)
    }
}
