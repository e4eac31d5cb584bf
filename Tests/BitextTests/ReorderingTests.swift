import Foundation
import Testing

@testable import Bitext

@Suite struct ReorderingTests {
    @Test func seed004Probe() throws {
        let (chinese, english) = try Seed004.sentences()
        print("zh", chinese.count, "en", english.count)
        let gold = Set(try Seed004.gold())
        for withDictionary in [false, true] {
            var options = AlignmentOptions()
            if withDictionary { options.dictionary = try Seed004.dictionary() }
            let pairs = Aligner(options: options).align(chinese: chinese, english: english)
            for pair in pairs { print(withDictionary, pair.bead.notation, pair.crossing, pair.confidence) }
            print(withDictionary, "missing", gold.filter { !Set(pairs.map(\.bead)).contains($0) }.map(\.notation))
        }
        var options = AlignmentOptions()
        options.monotonic = true
        let pairs = Aligner(options: options).align(chinese: chinese, english: english)
        print("monotonic missing", gold.filter { !Set(pairs.map(\.bead)).contains($0) }.map(\.notation))
    }
}

extension ReorderingTests {
    @Test func seed004Costs() throws {
        let (chinese, english) = try Seed004.sentences()
        for dictionary in [nil, try Seed004.dictionary()] {
            let features = AlignmentFeatures(
                chinese: chinese.map(\.text), english: english.map(\.text), extractor: AnchorExtractor())
            let (_, model) = Aligner().path(features)
            let lexical = LexicalEvidence(
                chinese: chinese.map(\.text), english: english.map(\.text), lexicon: Lexicon(dictionary: dictionary),
                tokenizer: try WordTokenizer())
            let evidence = AnchoredEvidence(features: features, model: model, lexical: lexical)
            for (i, j) in [(0, 3), (1, 5), (4, 4), (0, 5), (1, 4), (4, 2), (15, 14), (0, 2), (1, 3)] {
                print(
                    dictionary != nil, "cost", i, j, evidence.cost(chinese: i..<i + 1, english: j..<j + 1),
                    "base", model.cost(features, zh: i..<i + 1, en: j..<j + 1), "lex",
                    lexical.lexicalScore(chinese: i..<i + 1, english: j..<j + 1), "strength",
                    lexical.strength(chinese: i, english: j))
            }
            print("skip", evidence.cost(chinese: 0..<1, english: 0..<0), evidence.cost(chinese: 0..<0, english: 0..<1))
        }
    }
}
