import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

/// `Lexicon.learning` keeps word translations learned from real translations and refuses those learned
/// from text with no shared vocabulary.
@Suite struct LexiconValidationTests {
    /// The sentence words of `gold`'s one-to-one beads over `chinese` and `english`.
    static func pairs(chinese: [String], english: [String], gold: [Bead], dictionary: ChineseEnglishDictionary?)
        -> [(chinese: [String], english: [String])]
    {
        let words = WordTokenizer.withPooled { tokenizer in
            SentenceWords(chinese: chinese, english: english, dictionary: dictionary, tokenizer: tokenizer)
        }
        guard let words else { return [] }
        return gold.compactMap { bead in
            guard bead.chinese.count == 1, bead.english.count == 1 else { return nil }
            return (words.chinese[bead.chinese[0]], words.english[bead.english[0]])
        }
    }

    @Test(arguments: ["un-zh-en/UN19990209_010", "sinorama-hansard-zh-en/890621"])
    func translationsAreKept(document: String) throws {
        let base = DevelopmentDocuments.repositoryRoot + "/fixtures/" + document
        func lines(_ path: String) throws -> [String] {
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
        }
        let options = AlignmentOptions()
        let pairs = Self.pairs(
            chinese: try lines(base + ".zh"), english: try lines(base + ".en"),
            gold: try BeadFile.read(base + ".gold"), dictionary: options.dictionary)
        #expect(pairs.count > 500)
        let lexicon = Lexicon(dictionary: options.dictionary)
        let learned = try #require(lexicon.learning(from: pairs, leastLift: options.parameters.learningLift))
        #expect(learned.model != nil)
        // The measure itself: well above the bar on held-out pairs of a real translation.
        var trial = lexicon
        trial.learn(from: pairs.indices.filter { $0 % 5 != 4 }.map { pairs[$0] })
        #expect(trial.lift(on: stride(from: 4, to: pairs.count, by: 5).map { pairs[$0] }) > 0.2)
        // Past `Lexicon.heldOutLimit` held-out pairs the check is made on a sample of them. (An odd number
        // of copies: with an even one, the pair half the list away that a pair is measured against, as
        // unrelated, would be a copy of itself.)
        let many = Array(repeating: pairs, count: 13).flatMap { $0 }
        #expect(many.count / 5 > Lexicon.heldOutLimit)
        #expect(lexicon.learning(from: many, leastLift: options.parameters.learningLift)?.model != nil)
    }

    /// Random Han characters against random English words: Model 1 fits its training pairs, and nothing
    /// of it holds on the held-out ones; past `Lexicon.heldOutLimit` held-out pairs, on a sample of them.
    @Test(arguments: [2000, 13_000])
    func noiseIsRefused(size: Int) {
        let corpus = SyntheticCorpus(pairs: size, seed: 5)
        let options = AlignmentOptions()
        let pairs = Self.pairs(
            chinese: corpus.chinese.map(\.text), english: corpus.english.map(\.text), gold: corpus.gold,
            dictionary: options.dictionary)
        #expect(pairs.count > size / 2)
        #expect((pairs.count / 5 > Lexicon.heldOutLimit) == (size > 10_000))
        let lexicon = Lexicon(dictionary: options.dictionary)
        #expect(lexicon.learning(from: pairs, leastLift: options.parameters.learningLift) == nil)
    }

    /// Under 40 pairs there is too little to hold out: the lexicon learns without the check.
    @Test func fewPairsLearnUnchecked() {
        let pairs = Array(repeating: WordTranslationModelTests.corpus, count: 5).flatMap { $0 }
        #expect(pairs.count < 40)
        let learned = Lexicon(names: false).learning(from: pairs, leastLift: 0.05)
        #expect(learned?.translations(of: "書").first == "book")
    }
}
