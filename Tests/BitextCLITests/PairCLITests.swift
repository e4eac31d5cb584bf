import Bitext
import BitextTestSupport
import Foundation
import Testing

/// `bitext pair`, `batch --pair` and `eval --pairs`, run as a user would.
@Suite final class PairCLITests: Sendable {
    private static let root = BitextBinary.root

    /// A scratch folder of the test's own, removed when it ends.
    private let scratch: TemporaryFolder
    private var folder: URL { scratch.url }

    init() throws { scratch = try TemporaryFolder("pair-cli") }
    deinit { scratch.remove() }

    private static let seeds = [
        "000_c2b90381b155c869", "001_2f64ea4ca3c4ec51", "002_a9ab18c2244b8c8e", "003_f24a69e8ccfddf57",
        "004_b1f2f82659ca7572",
    ].map { "seeds/\($0).txt" }

    /// The issue's first "done when": 004's Chinese with 000, and nothing else.
    @Test func seedsPair004WithItsEnglishIn000() throws {
        let run = try BitextBinary.run(["pair"] + Self.seeds)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count == 1)
        let fields = lines.first?.split(separator: "\t").map(String.init) ?? []
        #expect(fields.count == 4)
        #expect(Array(fields.dropFirst().prefix(2)) == [Self.seeds[4], Self.seeds[0]])
        #expect(Double(fields.last ?? "") ?? 0 >= 0.25)
        #expect(run.stderr == "1 pair; 0 chinese and 4 english parts unpaired (--unpaired FILE lists them)\n")
    }

    @Test func unpairedPartsAreListedInAFile() throws {
        let list = folder.appendingPathComponent("unpaired.tsv").path
        let manifest = folder.appendingPathComponent("pairs.tsv").path
        let run = try BitextBinary.run(["pair"] + Self.seeds + ["-o", manifest, "--unpaired", list])
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr.isEmpty)
        #expect(
            try String(contentsOfFile: list, encoding: .utf8)
                == Self.seeds[0..<4].dropFirst().map { "en\t\($0)\n" }.joined() + "en\t\(Self.seeds[4])\n")
        #expect(try String(contentsOfFile: manifest, encoding: .utf8).contains(Self.seeds[0]))
    }

    @Test(arguments: [
        (["pair"], "give articles to pair"), (["pair", "seeds", "--min-score", "2"], "--min-score must be 0 to 1"),
        (["eval", "--pairs", "a.tsv"], "--pairs takes two manifests"),
        (["batch", "a.tsv", "b.tsv"], "give one manifest (or --pair FILE… to pair articles first)"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let run = try BitextBinary.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message))
    }

    /// An output that is one of the articles (or the manifest read) is refused before any work, the file
    /// left as it was; a folder's earlier manifest is not read as an article.
    @Test func anOutputThatIsAnInputIsRefused() throws {
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for seed in Self.seeds {
            try FileManager.default.copyItem(
                at: Self.root.appendingPathComponent(seed),
                to: articles.appendingPathComponent((seed as NSString).lastPathComponent))
        }
        let article = articles.appendingPathComponent("000_c2b90381b155c869.txt").path
        let before = try Data(contentsOf: URL(fileURLWithPath: article))
        let run = try BitextBinary.run(["pair", articles.path, "-o", article])
        #expect(run.status == 64)
        #expect(run.stderr == "error: \(article): is an input; write the output to another file\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: article)) == before)
        let manifest = articles.appendingPathComponent("pairs.tsv").path
        #expect(try BitextBinary.run(["pair", articles.path, "-o", manifest]).status == 0)
        let again = try BitextBinary.run(["pair", articles.path, "-o", manifest])
        #expect(again.stderr == "1 pair; 0 chinese and 4 english parts unpaired (--unpaired FILE lists them)\n")
        #expect(try BitextBinary.run(["pair", manifest, "-o", manifest]).status == 64)
    }

    /// A manifest written into another folder names the articles relative to it, as batch reads them.
    @Test func aManifestElsewhereIsReadByBatch() throws {
        let manifest = folder.appendingPathComponent("lists/pairs.tsv")
        try FileManager.default.createDirectory(
            at: manifest.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(try BitextBinary.run(["pair"] + Self.seeds + ["-o", manifest.path]).status == 0)
        let text = try String(contentsOf: manifest, encoding: .utf8)
        let fields = text.split(separator: "\n").last?.split(separator: "\t").map(String.init) ?? []
        #expect(fields.count == 4 && !fields[1].hasPrefix("/") && fields[1].hasSuffix(Self.seeds[4]), "\(text)")
        let output = folder.appendingPathComponent("out.tsv").path
        let run = try BitextBinary.run(["batch", manifest.path, "-o", output, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("習近平"))
    }

    @Test func aMissingArticleIsReported() throws {
        let run = try BitextBinary.run(["pair", "seeds/nope.txt"])
        #expect(run.status == 66)
        #expect(run.stderr == "error: seeds/nope.txt: no such file\n")
    }

    @Test func zhAndEnOptionsTakeOneLanguageOfAMixedFile() throws {
        let run = try BitextBinary.run(["pair", "--zh", Self.seeds[4], "--en", Self.seeds[0], Self.seeds[3]])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\t\(Self.seeds[4])\t\(Self.seeds[0])\t"))
    }

    /// A mixed file given as `--zh` gives its Chinese (its English lines set aside) to `align`.
    @Test func alignTakesAMixedFileAsZh() throws {
        let run = try BitextBinary.run(["align", "--zh", Self.seeds[4], "--en", Self.seeds[0], "--format", "beads"])
        #expect(run.status == 0)
        let beads = try BeadFile.parse(run.stdout, file: "stdout")
        #expect(beads.flatMap(\.chinese).count == 16 && beads.flatMap(\.english).count == 16)
        #expect(beads.allSatisfy { !$0.chinese.isEmpty && !$0.english.isEmpty })
    }

    @Test func batchPairAlignsThePairsFound() throws {
        let manifest = folder.appendingPathComponent("pairs.tsv").path
        let paired = folder.appendingPathComponent("paired.tsv").path
        let viaManifest = folder.appendingPathComponent("via-manifest.tsv").path
        #expect(
            try BitextBinary.run(["pair"] + Self.seeds.map { Self.root.path + "/" + $0 } + ["-o", manifest]).status == 0
        )
        #expect(try BitextBinary.run(["batch", manifest, "-o", viaManifest, "--quiet"]).status == 0)
        let run = try BitextBinary.run(["batch", "--pair"] + Self.seeds + ["-o", paired, "--quiet"])
        #expect(run.status == 0)
        #expect(run.stderr == "paired 1 document; 4 parts unpaired (bitext pair --unpaired lists them)\n")
        let expected = try String(contentsOfFile: viaManifest, encoding: .utf8)
        #expect(!expected.isEmpty)
        #expect(try String(contentsOfFile: paired, encoding: .utf8) == expected)
    }

    @Test func evalPairsScoresDocumentPairs() throws {
        let gold = folder.appendingPathComponent("gold.tsv").path
        let system = folder.appendingPathComponent("system.tsv").path
        try "a\t/x/a.zh\t/x/a.en\nb\t/x/b.zh\t/x/b.en\n".write(toFile: gold, atomically: true, encoding: .utf8)
        try "# id\tzh\ten\tscore\na\t/x/a.zh\t/x/a.en\t0.9\nc\t/x/b.zh\t/x/c.en\t0.4\n".write(
            toFile: system, atomically: true, encoding: .utf8)
        let run = try BitextBinary.run(["eval", "--pairs", gold, system])
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                pairs: 2 gold, 2 system, 1 right
                precision    0.500
                recall       0.500
                F1           0.500

                """)
    }
}
