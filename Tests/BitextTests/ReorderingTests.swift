import Foundation
import Testing

@testable import Bitext

@Suite struct ReorderingTests {
    @Test func seed004Probe() throws {
        let (chinese, english) = try Seed004.sentences()
        print("zh", chinese.count, "en", english.count)
        for (i, s) in chinese.enumerated() { print("Z\(i)", s.prefix(30)) }
        for (i, s) in english.enumerated() { print("E\(i)", s.prefix(60)) }
        let tokenizer = try WordTokenizer()
        let evidence = LexicalEvidence(chinese: chinese, english: english, tokenizer: tokenizer)
        for i in chinese.indices { print("W\(i)", evidence.chineseWords[i].joined(separator: " ")) }
        let aligner = ReorderingAligner()
        for p in aligner.confidentPairs(evidence) { print("pair", p) }
        let links = aligner.align(evidence)
        for l in links { print(l.bead.notation, l.crossing, l.cost) }
        for (i, j) in [(0, 3), (1, 5), (0, 5), (1, 4), (4, 4)] {
            print("cost", i, j, evidence.cost(chinese: i..<i + 1, english: j..<j + 1), evidence.lexicalScore(chinese: i..<i + 1, english: j..<j + 1), evidence.strength(chinese: i, english: j))
        }
        print("shares", evidence.unrelatedShare, evidence.translatedShare)
        let gold = try Seed004.gold()
        let found = Set(links.map(\.bead))
        print("missing", gold.filter { !found.contains($0) }.map(\.notation))
    }
}

extension ReorderingTests {
    @Test func seed004ProbeDictionary() throws {
        let (chinese, english) = try Seed004.sentences()
        let dictionary = try ChineseEnglishDictionary(
            contentsOf: Seed004.root.appendingPathComponent("fixtures/dictionary/seed004.u8"))
        let tokenizer = try WordTokenizer()
        let evidence = LexicalEvidence(
            chinese: chinese, english: english, lexicon: Lexicon(dictionary: dictionary), tokenizer: tokenizer)
        for i in chinese.indices { print("W\(i)", evidence.chineseWords[i].joined(separator: " ")) }
        for j in english.indices { print("V\(j)", evidence.englishWords[j].joined(separator: " ")) }
        let aligner = ReorderingAligner()
        for i in chinese.indices {
            let row = english.indices.map { j in String(format: "%.2f/%.1f", evidence.strength(chinese: i, english: j), evidence.gain(chinese: i, english: j)) }
            print("S\(i)", row.joined(separator: " "))
        }
        for p in aligner.confidentPairs(evidence) { print("pair", p) }
        let links = aligner.align(evidence)
        for l in links { print(l.bead.notation, l.crossing, l.cost) }
        for (i, j) in [(0, 3), (1, 5), (0, 5), (1, 4), (4, 4)] {
            print("cost", i, j, evidence.cost(chinese: i..<i + 1, english: j..<j + 1), evidence.lexicalScore(chinese: i..<i + 1, english: j..<j + 1), evidence.strength(chinese: i, english: j))
        }
        print("shares", evidence.unrelatedShare, evidence.translatedShare)
        let gold = try Seed004.gold()
        let found = Set(links.map(\.bead))
        print("missing", gold.filter { !found.contains($0) }.map(\.notation))
    }
}
