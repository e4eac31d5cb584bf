import Testing

@testable import Bitext

/// The bound the reorder-aware search prunes beads with: it must never be below the score it stands for,
/// or the search would skip a bead that wins.
@Suite struct LexicalBoundTests {
    /// Both UN documents' evidence, with and without the search's pair masks: with the standard
    /// parameters (`wholeBeads` false), or sharing a bead's words out over whole beads with no penalty for
    /// unrelated parts, the share-out the bound was made for (the standard penalty makes it looser: it
    /// prunes about 6 % of these beads, not 10 %).
    static func evidence(wholeBeads: Bool) throws -> [AnchoredEvidence] {
        try AlignerUNTests.documents.flatMap { name -> [AnchoredEvidence] in
            let (chinese, english) = try AlignerUNTests.sentences(name)
            let (chineseTexts, englishTexts) = Aligner.withoutDatelines(chinese: chinese, english: english)
            let features = AlignmentFeatures(
                chinese: chineseTexts, english: englishTexts, extractor: AnchorExtractor(gazetteer: .shipped))
            // Model 1 learned from the first pass, as the aligner does on inputs this long.
            let (beads, model) = Aligner().path(features)
            let words = SentenceWords(
                chinese: chineseTexts, english: englishTexts, dictionary: nil, tokenizer: try WordTokenizer())
            var lexicon = Lexicon()
            lexicon.learn(from: Aligner.trainingPairs(beads, features: features, model: model, words: words))
            var parameters = AlignmentParameters.standard
            if wholeBeads {
                parameters.lexicalPairsAboveSmallerSide = 1
                parameters.lexicalPartWeight = 0
            }
            let lexical = LexicalEvidence(words: words, lexicon: lexicon, parameters: parameters)
            let plain = AnchoredEvidence(features: features, model: model, lexical: lexical)
            let window = (0..<plain.chineseCount).map { i in
                let centre = i * plain.englishCount / plain.chineseCount
                return max(0, centre - 6)..<min(plain.englishCount, centre + 7)
            }
            return [plain, plain.prepared(for: window)]
        }
    }

    /// Every bead of up to three sentences a side near the diagonal: `(rows, columns)`.
    static func beads(_ evidence: AnchoredEvidence) -> [(Range<Int>, Range<Int>)] {
        var beads: [(Range<Int>, Range<Int>)] = []
        for i in 0..<evidence.chineseCount {
            let centre = i * evidence.englishCount / evidence.chineseCount
            for j in max(0, centre - 5)..<min(evidence.englishCount, centre + 6) {
                for a in 1...3 where i + a <= evidence.chineseCount {
                    for b in 1...3 where (a + b <= 4 || (a == 2 && b == 2)) && j + b <= evidence.englishCount {
                        beads.append((i..<(i + a), j..<(j + b)))
                    }
                }
            }
        }
        return beads
    }

    @Test(arguments: [false, true]) func neverBelowTheScore(wholeBeads: Bool) throws {
        var bounded = 0
        for evidence in try Self.evidence(wholeBeads: wholeBeads) {
            #expect(evidence.lexical.translatedShare > evidence.lexical.unrelatedShare + 0.05)
            for (rows, columns) in Self.beads(evidence) {
                let bound = evidence.lexical.lexicalScoreBound(chinese: rows, english: columns)
                let score = evidence.lexical.lexicalScore(chinese: rows, english: columns)
                #expect(bound >= score, "bead \(rows) \(columns): bound \(bound) below score \(score)")
                if bound.isFinite, score != 0 { bounded += 1 }
            }
        }
        // The bound must be in play, not infinite everywhere.
        #expect(bounded > 10_000)
    }

    @Test(arguments: [false, true]) func costBelowALimitIsTheCostOrAtLeastTheLimit(wholeBeads: Bool) throws {
        var pruned = 0
        var total = 0
        for evidence in try Self.evidence(wholeBeads: wholeBeads) {
            for (rows, columns) in Self.beads(evidence) {
                let cost = evidence.cost(chinese: rows, english: columns)
                for limit in [cost - 1, cost + 1e-9, .infinity] {
                    let answer = evidence.cost(chinese: rows, english: columns, below: limit)
                    total += 1
                    if answer == .infinity, cost != .infinity {
                        pruned += 1
                        #expect(cost >= limit, "bead \(rows) \(columns) pruned below \(limit) at cost \(cost)")
                    } else {
                        #expect(answer == cost)
                    }
                }
            }
        }
        // Beads far below the limit are pruned: the bound is worth computing.
        #expect(pruned > total / (wholeBeads ? 10 : 20))
    }
}
