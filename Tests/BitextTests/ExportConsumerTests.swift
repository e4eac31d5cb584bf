import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

/// Real consumers read what Bitext writes: xmllint (DTD), translate-toolkit (TMX), sacrebleu (Moses).
/// CI installs them (.ci/run); elsewhere a missing tool is recorded as an issue naming how to install it.
@Suite struct ExportConsumerTests {
    static let documents = ["UN19930101_020", "UN19990209_010"]

    @Test(arguments: documents + ["004"])
    func translateToolkitFindsTheSamePairs(document: String) throws {
        guard ExportFixtures.hasPython("translate.storage.tmx") else {
            Issue.record("python3 module translate-toolkit is missing: pip install translate-toolkit")
            return
        }
        let directory = try TemporaryFolder("export")
        defer { directory.remove() }
        let pairs =
            try (document == "004" ? ExportFixtures.seedGoldPairs() : ExportFixtures.unGoldPairs(document))
            + ExportFixtures.pairs
        let file = directory.url.appendingPathComponent("\(document).tmx")
        let (text, statistics) = TMXWriter(options: ExportFixtures.options).write(pairs)
        try Data(text.utf8).write(to: file)
        let script = """
            import json, sys
            from translate.storage import tmx
            store = tmx.tmxfile.parsefile(sys.argv[1])
            for unit in store.units:
                print(json.dumps([unit.source, unit.target], ensure_ascii=False))
            """
        let result = try #require(try ExportFixtures.run("python3", ["-c", script, file.path]))
        #expect(result.status == 0, "\(result.error)")
        let read = try result.output.split(separator: "\n").map { line in
            try JSONDecoder().decode([String].self, from: Data(line.utf8))
        }
        let tsv = TSVFormat().write(pairs.filter { !$0.isOneSided }).text
        let expected = tsv.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(read.count == statistics.written)
        #expect(read == expected)
    }

    @Test func sacrebleuScoresEnglishAgainstItselfAt100() throws {
        guard ExportFixtures.hasPython("sacrebleu") else {
            Issue.record("python3 module sacrebleu is missing: pip install sacrebleu")
            return
        }
        let directory = try TemporaryFolder("export")
        defer { directory.remove() }
        let pairs = try Self.documents.flatMap(ExportFixtures.unGoldPairs) + [ExportFixtures.hostile]
        let (chinese, english, statistics) = MosesWriter().write(pairs)
        let prefix = directory.path("corpus")
        try AtomicFile.write([(prefix + ".zh", Data(chinese.utf8)), (prefix + ".en", Data(english.utf8))])
        for (file, tokenizer) in [(".en", "13a"), (".zh", "zh")] {
            let result = try #require(
                try ExportFixtures.run(
                    "python3",
                    ["-m", "sacrebleu", prefix + file, "-i", prefix + file, "-b", "-m", "bleu", "-tok", tokenizer]))
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "100.0")
        }
        let script = "import sys; print(*[sum(1 for _ in open(f, encoding='utf-8')) for f in sys.argv[1:]])"
        let lines = try #require(try ExportFixtures.run("python3", ["-c", script, prefix + ".zh", prefix + ".en"]))
        #expect(lines.output == "\(statistics.written) \(statistics.written)\n")
    }
}
