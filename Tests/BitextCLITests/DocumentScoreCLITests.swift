import BitextTestSupport
import Foundation
import Testing

/// The document score as `align --summary` and `batch --scores` report it: high for a document and its
/// translation, low for the Chinese of one UN report with the English of another (docs/confidence.md).
@Suite struct DocumentScoreCLITests {
    static let un = "fixtures/un-zh-en/"
    static let translated = ["--zh", un + "UN19930101_020.zh", "--en", un + "UN19930101_020.en"]
    static let mismatched = ["--zh", un + "UN19930101_020.zh", "--en", un + "UN19990209_010.en"]

    /// The score of `align --summary`'s line.
    static func summaryScore(_ arguments: [String], presegmented: Bool = true) throws -> Double {
        let folder = try TemporaryFolder("score")
        defer { folder.remove() }
        let run = try BitextBinary.run(
            ["align", "--summary", "-o", folder.path("out.tsv")] + (presegmented ? ["--presegmented"] : [])
                + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stderr.split(separator: "\n").last.map(String.init))
        #expect(line.hasPrefix("document score ") && line.contains("; no counterpart: "), "\(line)")
        let number = line.dropFirst("document score ".count).prefix { $0 != ";" }
        return try #require(Double(number))
    }

    @Test func alignSummarySeparatesTranslationsFromMismatches() throws {
        #expect(try Self.summaryScore(Self.translated) > 0.9)
        #expect(try Self.summaryScore(Self.mismatched) < 0.6)
    }

    /// Seed 004's Chinese with its own English (the bundled article) and with seed 001's English (another
    /// story of the same day): the mismatch the issue names, under 0.3; the article above 0.7.
    @Test(arguments: [
        (["seeds/004_b1f2f82659ca7572.txt"], 0.7, 1.01),
        (["--zh", "seeds/004_b1f2f82659ca7572.txt", "--en", "seeds/001_2f64ea4ca3c4ec51.txt"], 0.0, 0.3),
    ])
    func seedArticleAgainstAnotherStorysEnglish(arguments: [String], above: Double, below: Double) throws {
        let score = try Self.summaryScore(arguments, presegmented: false)
        #expect(score >= above && score < below, "\(arguments): \(score)")
    }

    @Test func batchWritesEachDocumentsScoreAndNamesTheDoubtfulOnes() throws {
        let folder = try TemporaryFolder("score")
        defer { folder.remove() }
        let root = BitextBinary.root.path + "/"
        let manifest = """
            true\t\(root + Self.un)UN19930101_020.zh\t\(root + Self.un)UN19930101_020.en
            mixed\t\(root + Self.un)UN19930101_020.zh\t\(root + Self.un)UN19990209_010.en

            """
        try manifest.write(to: folder.url.appendingPathComponent("m.tsv"), atomically: true, encoding: .utf8)
        let run = try BitextBinary.run(
            ["batch", "m.tsv", "-o", "out.tsv", "--presegmented", "--no-learning", "--scores", "scores.jsonl"],
            in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.hasSuffix(
                "1 of 2 documents score under 0.6 (their two sides may not translate each other): mixed\n"))
        let lines = try String(contentsOf: folder.url.appendingPathComponent("scores.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        let records = try lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.compactMap { $0["document"] as? String } == ["true", "mixed"])
        #expect(
            records.allSatisfy { Set($0.keys) == ["document", "score", "zh", "en", "zh_unaligned", "en_unaligned"] })
        #expect(records.first?["zh"] as? Int == 549)
        #expect(try #require(records.first?["score"] as? Double) > 0.9)
        #expect(try #require(records.last?["score"] as? Double) < 0.6)

        let refused = try BitextBinary.run(["batch", "m.tsv", "-o", "out.tsv", "--scores", "m.tsv"], in: folder.url)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--scores 'm.tsv': give a file of its own"))
    }
}
