import Testing

@testable import Bitext

/// Where two texts correspond (`Aligner.correspondingPieces`), on chains built by hand: 200 Chinese
/// sentences, 260 English; English sentences 40 to 99 have no Chinese counterpart, the rest translate one
/// to one (Chinese `i` is English `i`, or `i + 60` after the block). Anchors chain Chinese 0 to 30 and 90
/// to 198, every second sentence: nothing anchors the Chinese between, so only words can tell which of it
/// comes before the English block.
@Suite struct CorrespondenceTests {
    static let chain: [(zh: Int, en: Int)] =
        stride(from: 0, through: 30, by: 2).map { ($0, $0) }
        + stride(from: 90, through: 198, by: 2).map { ($0, $0 + 60) }

    /// The English that Chinese sentence `zh` translates.
    static func counterpart(_ zh: Int) -> Int { zh < 40 ? zh : zh + 60 }

    @Test func theSlopeIsWhereTheTextsCorrespond() {
        // The chain's ends give 258 / 198 = 1.30 English sentences per Chinese one: the block bends it.
        #expect(Aligner.slope(of: Self.chain) == 1)
        #expect(Aligner.slope(of: [(0, 0), (10, 20), (20, 40)]) == 2)
        // Steps of 2 English and 3 in turn: the median is one of them, the slope their mean.
        let alternating = stride(from: 0, through: 198, by: 2).map { (zh: $0, en: $0 + $0 / 4) }
        #expect(abs(Aligner.slope(of: alternating) - 1.25) < 0.01)
    }

    @Test(arguments: [
        // How much each sentence of the gap leans before (+) or after (-), and the sentences that go before.
        ([1.0, 1, 1, -1, -1], 3),
        ([-1.0, -1, -1], 0),
        ([1.0, 1, 1], 3),
        // No evidence: half.
        ([0.0, 0, 0, 0, 0, 0], 3),
        // Evidence in the middle of the gap alone places the split.
        ([0.0, 0, 1, -1, 0, 0], 3),
        // One stray sentence does not move the split past the rest.
        ([1.0, 1, -0.5, 1, -1, -1, -1], 4),
    ])
    func theGapSplitsWhereItsWordsLean(leaning: [Double], before: Int) {
        // Sentence `i` of the gap would stand at `i` after the part before, at `100 + i` before the part after.
        let count = leaning.count
        let split = Aligner.split(0..<count, between: 0..<(100 + count), slope: 1, reach: 2) { sentence, other in
            if other == sentence { return max(0, leaning[sentence]) }
            if other == 100 + sentence { return max(0, -leaning[sentence]) }
            return 0
        }
        #expect(split == before)
    }

    /// A sentence's translation is looked for near where the sentence would stand, not anywhere between the
    /// anchors: a match beyond `reach` does not count.
    @Test func theSplitLooksNearWhereASentenceWouldStand() {
        // Every sentence of the gap matches sentence 50 of the other side, far from both places.
        let split = Aligner.split(0..<6, between: 0..<106, slope: 1, reach: 2) { _, other in other == 50 ? 1 : 0 }
        #expect(split == 3)
        let near = Aligner.split(0..<6, between: 0..<106, slope: 1, reach: 2) { _, other in other == 1 ? 1 : 0 }
        // Sentences 0 to 3 stand within 2 of sentence 1 after the part before: they go before it.
        #expect(near == 4)
    }

    /// A place beyond the other side's sentences finds nothing there, and the split still answers.
    @Test func theSplitAnswersWhereSentencesWouldStandBeyondTheOtherSide() {
        let split = Aligner.split(0..<8, between: 10..<12, slope: 3, reach: 1) { _, _ in 1 }
        #expect((0...8).contains(split))
    }

    @Test func wordsPlaceTheBlockWhereAnchorsCannot() throws {
        let aligner = Aligner()
        let pieces = try #require(
            aligner.correspondingPieces(chain: Self.chain, chineseCount: 200, englishCount: 260) { zh, en in
                Self.counterpart(zh) == en ? 1 : 0
            })
        #expect(pieces.map { $0.zh } == [0..<40, 40..<200])
        // The search decides the edges within `correspondencePadding` (3) sentences of the predicted ones.
        #expect(pieces.map { $0.en } == [0..<43, 97..<260])
        // Without words the Chinese between the anchors goes half before the block, half after.
        let halves = try #require(aligner.correspondingPieces(chain: Self.chain, chineseCount: 200, englishCount: 260))
        #expect(halves.map { $0.zh } == [0..<60, 60..<200])
    }

    @Test func textsThatCorrespondThroughoutHaveNoPieces() {
        let chain = stride(from: 0, through: 198, by: 2).map { (zh: $0, en: $0 + $0 / 4) }
        #expect(Aligner().correspondingPieces(chain: chain, chineseCount: 200, englishCount: 250)?.count == nil)
    }
}
