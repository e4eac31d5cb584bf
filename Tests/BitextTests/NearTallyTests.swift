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
}
