import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

@Suite struct PairingTests {
    static let root = DevelopmentDocuments.repositoryRoot

    static func seedParts() throws -> PairingInputs {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: root + "/seeds").filter { $0.hasSuffix(".txt") }
        return try PairingInputs(files: seeds.sorted().map { root + "/seeds/" + $0 })
    }

    /// The development documents cut into pieces of about 20 sentences a side (137 pieces), or 10 (273),
    /// shuffled; in the second setting of each a fifth of the pieces lose their counterpart.
    @Test(arguments: [
        (20, 0.0, true, 0.95), (20, 0.2, true, 0.90), (20, 0.0, false, 0.95), (20, 0.2, false, 0.90),
        (10, 0.0, true, 0.95), (10, 0.2, true, 0.90), (10, 0.0, false, 0.95), (10, 0.2, false, 0.90),
    ])
    func developmentPieces(sentences: Int, orphans: Double, check: Bool, f1: Double) throws {
        let corpus = try PairingCorpus(developmentRoot: Self.root, sentences: sentences, orphans: orphans)
        var options = DocumentPairer.Options()
        options.alignmentCheck = check
        let pairing = try DocumentPairer(options: options).pair(chinese: corpus.chinese, english: corpus.english)
        let score = corpus.score(pairing)
        #expect(
            score.f1 >= f1,
            "\(corpus.chinese.count) zh, \(corpus.english.count) en: P \(score.precision) R \(score.recall) F1 \(score.f1)"
        )
    }

    @Test(arguments: [true, false])
    func seedsPairOnly004WithItsEnglishIn000(check: Bool) throws {
        let inputs = try Self.seedParts()
        #expect(inputs.chinese.count == 1 && inputs.english.count == 5)
        var options = DocumentPairer.Options()
        options.alignmentCheck = check
        let pairing = try DocumentPairer(options: options).pair(inputs)
        let pairs = pairing.pairs.map {
            [inputs.chinese[$0.chinese].path, inputs.english[$0.english].path].map {
                ($0 as NSString).lastPathComponent
            }
        }
        #expect(pairs == [["004_b1f2f82659ca7572.txt", "000_c2b90381b155c869.txt"]])
        #expect(pairing.unpairedEnglish.count == 4 && pairing.unpairedChinese.isEmpty)
    }

    @Test func mixedFileGivesTwoParts() throws {
        let inputs = try PairingInputs(files: [Self.root + "/seeds/004_b1f2f82659ca7572.txt"])
        #expect(inputs.chinese.map(\.mixed) == [true] && inputs.english.map(\.mixed) == [true])
        #expect(inputs.chinese.first?.name.hasSuffix("004_b1f2f82659ca7572.txt (zh)") == true)
    }

    @Test func aFileGivenAsChineseWithoutChineseIsAnError() {
        #expect(throws: PairingError.self) {
            try PairingInputs(files: [], chinese: [Self.root + "/seeds/000_c2b90381b155c869.txt"])
        }
    }

    @Test(arguments: [
        (0.9, [0.9], 1), (0.5, [0.9, 0.4], 1), (0.0, [0.3, 0.2], 1),
    ])
    func greedyMatchingIsOneToOneAboveTheMinimum(minScore: Double, scores: [Double], pairs: Int) {
        // Two Chinese parts both prefer English 0: the better one gets it.
        let candidates = scores.map { [DocumentPairer.Candidate(english: 0, score: $0)] }
        let pairing = DocumentPairer.match(candidates, chinese: scores.count, english: 1, minScore: minScore)
        #expect(pairing.pairs.count == pairs)
        #expect(pairing.pairs.first?.chinese == 0)
        #expect(pairing.unpairedChinese.count == scores.count - pairs)
    }

    @Test func mixedFileGivenAsChineseAlignsWithAnEnglishFile() throws {
        let aligned = try Pipeline().align(
            .files(
                chinese: Self.root + "/seeds/004_b1f2f82659ca7572.txt",
                english: Self.root + "/seeds/000_c2b90381b155c869.txt"))
        #expect(aligned.chinese.count > 5)
        #expect(aligned.document.chinese?.paragraphs.allSatisfy { !$0.text.contains("Xi") } == true)
        #expect(aligned.document.setAside.contains { $0.kind == .otherLanguage })
        #expect(aligned.score > 0.5)
    }

    @Test func mixedFileGivenAsEnglishTakesItsEnglish() throws {
        var options = ReadOptions()
        options.requireBothLanguages = true
        let document = try Reader(options: options).read(
            chinesePath: Self.root + "/seeds/004_b1f2f82659ca7572.txt",
            englishPath: Self.root + "/seeds/004_b1f2f82659ca7572.txt")
        #expect(document.english?.paragraphs.count == 16)
        #expect(document.chinese?.paragraphs.count == 7)
    }
}

@Suite struct PairingManifestTests {
    @Test(arguments: [
        ("a\tzh.txt\ten.txt\t0.731", nil),
        (
            "a\tzh.txt\ten.txt\thigh",
            "m.tsv:1: score 'high' for 'a' is not a number (the 4th field is bitext pair's score)"
        ),
        ("a\tzh.txt\ten.txt\t0.5\tx", "m.tsv:1: 5 fields: expected id<TAB>zh-path<TAB>en-path or id<TAB>mixed-path"),
    ])
    func aFourthFieldIsAScoreBatchIgnores(line: String, failure: String?) {
        let entries = Manifest.entries(text: line, name: "m.tsv")
        #expect(entries.count == 1)
        switch entries.first {
        case .success(let document)?:
            #expect(failure == nil)
            #expect(document.source == .files(chinese: "zh.txt", english: "en.txt"))
        case .failure(let error)?: #expect(error.description == failure)
        case nil: break
        }
    }

    @Test func thePairersManifestReadsBack() throws {
        let inputs = try PairingTests.seedParts()
        let pairing = try DocumentPairer().pair(inputs)
        let text = pairing.manifest(chinese: inputs.chinese, english: inputs.english)
        let entries = Manifest.entries(text: text, name: "pairs.tsv")
        #expect(entries.count == 1)
        let document = try #require(try entries.first?.get())
        #expect(document.id == "004_b1f2f82659ca7572+000_c2b90381b155c869")
    }
}

@Suite struct MixedFileReadingTests {
    /// A Chinese file with an English line or two (a title, a quotation) is read whole, as before: one
    /// line, or fewer than a fifth of them.
    @Test(arguments: [(5, 1), (9, 2)])
    func aFewLinesOfTheOtherLanguageStay(chinese: Int, english: Int) throws {
        let lines =
            Array(repeating: "聯合國大會今天開會，會議討論了和平問題。", count: chinese)
            + Array(repeating: "The General Assembly met today.", count: english)
        let document = try Reader().read(
            chineseText: lines.joined(separator: "\n"), englishText: "The Assembly met.", id: "t")
        #expect(document.chinese?.paragraphs.count == chinese + english)
        #expect(!document.setAside.contains { $0.kind == .otherLanguage })
    }

    /// Two lines or more, and a fifth of the lines, in the other language: a mixed file, its language taken.
    @Test func aMixedFileGivesItsLanguage() throws {
        let chinese = ["聯合國大會今天開會。", "會議討論了和平問題。", "The General Assembly met today.", "It discussed peace."]
            .joined(separator: "\n")
        let document = try Reader().read(chineseText: chinese, englishText: "The Assembly met.", id: "t")
        #expect(document.chinese?.paragraphs.map(\.text) == ["聯合國大會今天開會。", "會議討論了和平問題。"])
        #expect(document.setAside.filter { $0.kind == .otherLanguage }.map(\.line) == [3, 4])
    }
}
