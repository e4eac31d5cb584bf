import Testing

@testable import Bitext

/// The near pairs' tallies are worked out for all pairs at once from where each unit is found; they must
/// be exactly what matching the pair unit by unit gives, sums added in the same order.
@Suite struct NearTallyTests {
    /// UN documents cut to their first sentences: up to `UnitOccurrences.limit` a side takes the all-pairs
    /// path, longer ones the pair-by-pair one.
    @Test(arguments: [
        ("UN19930101_020", 400, 340, true), ("UN19990209_010", 300, 300, true), ("UN19990209_010", 944, 928, false),
    ])
    func equalCountingPairByPair(name: String, chineseCount: Int, englishCount: Int, allPairs: Bool) throws {
        let (chinese, english) = try AlignerUNTests.sentences(name)
        let (chineseTexts, englishTexts) = Aligner.withoutDatelines(
            chinese: Array(chinese.prefix(chineseCount)), english: Array(english.prefix(englishCount)))
        let evidence = LexicalEvidence(chinese: chineseTexts, english: englishTexts, tokenizer: try WordTokenizer())
        #expect((evidence.chineseFound != nil && evidence.englishFound != nil) == allPairs)
        var pairs = 0
        for i in 0..<evidence.chineseCount {
            for j in 0..<evidence.englishCount {
                guard let tally = evidence.nearTally(chinese: i, english: j) else { continue }
                let counted = evidence.counted(chinese: i..<i + 1, english: j..<j + 1)
                #expect(tally.matched == counted.matched, "pair \(i), \(j)")
                #expect(tally.total == counted.total, "pair \(i), \(j)")
                #expect(tally.units == counted.units && tally.matchedUnits == counted.matchedUnits, "pair \(i), \(j)")
                if tally.matchedUnits > 0 { pairs += 1 }
            }
        }
        // Pairs with words found, not only empty tallies.
        #expect(pairs >= evidence.chineseCount)
    }

    /// The tallies along a first pass's path that leaves the diagonal (here by 40 sentences, as a long
    /// document drifts) are exact too, on both kinds of sides.
    @Test(arguments: [("UN19990209_010", 300, 300), ("UN19990209_010", 944, 928)])
    func pathTalliesEqualCountingPairByPair(name: String, chineseCount: Int, englishCount: Int) throws {
        let (chinese, english) = try AlignerUNTests.sentences(name)
        let (chineseTexts, englishTexts) = Aligner.withoutDatelines(
            chinese: Array(chinese.prefix(chineseCount)), english: Array(english.prefix(englishCount)))
        let words = SentenceWords(
            chinese: chineseTexts, english: englishTexts, dictionary: Lexicon().dictionary,
            tokenizer: try WordTokenizer())
        let path = (0..<chineseTexts.count).map { min($0 + 40, englishTexts.count - 1) }
        let evidence = LexicalEvidence(words: words, lexicon: Lexicon(), path: path)
        var onPath = 0
        for (i, j) in path.enumerated() {
            for column in max(0, j - 4)..<min(englishTexts.count, j + 5) {
                let tally = try #require(evidence.onPathTally(chinese: i, english: column), "pair \(i), \(column)")
                let counted = evidence.counted(chinese: i..<i + 1, english: column..<column + 1)
                #expect(tally.matched == counted.matched && tally.total == counted.total, "pair \(i), \(column)")
                #expect(
                    tally.units == counted.units && tally.matchedUnits == counted.matchedUnits, "pair \(i), \(column)")
                onPath += 1
            }
        }
        #expect(onPath > 8 * chineseTexts.count)
        // Along the diagonal there is no second table.
        let diagonal = LexicalEvidence(
            words: words, lexicon: Lexicon(), path: path.indices.map { $0 * englishTexts.count / path.count })
        #expect(diagonal.onPathTally(chinese: 0, english: 0)?.units == nil)
        // A path that goes back (a moved sentence) is held at its furthest: still exact, no trap.
        let jumping = LexicalEvidence(
            words: words, lexicon: Lexicon(), path: path.indices.map { ($0 * 37) % englishTexts.count })
        var held = 0
        for i in 0..<chineseTexts.count {
            for j in 0..<englishTexts.count {
                guard let tally = jumping.onPathTally(chinese: i, english: j) else { continue }
                #expect(tally.matched == jumping.counted(chinese: i..<i + 1, english: j..<j + 1).matched)
                held += 1
            }
        }
        #expect(held > chineseTexts.count)
    }
}
