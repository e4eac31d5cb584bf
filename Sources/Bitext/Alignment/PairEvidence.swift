/// What the reordering aligner asks about pairs of sentences: the seam between the search and
/// the features (length, anchors, lexicon) that score it.
///
/// Sentences are 0-based indices into the Chinese and English sentence lists.
package protocol PairEvidence {
    var chineseCount: Int { get }
    var englishCount: Int { get }

    /// English sentences that share rare evidence (an anchor, a known translation) with Chinese
    /// sentence `chinese`, wherever they are: the candidates beyond the diagonal band.
    func candidates(chinese: Int) -> [Int]

    /// `candidates(chinese:)` of every Chinese sentence, in order (evidence that shares work between
    /// sentences overrides it).
    func allCandidates() -> [[Int]]

    /// Evidence beyond length that the two sentences translate each other, from 0 (none) to
    /// about 1 (rare anchors and most words accounted for).
    func strength(chinese: Int, english: Int) -> Double

    /// The cost of a bead linking the Chinese sentences `chinese` with the English `english`
    /// (either may be empty, not both): a negative log-likelihood, lower is likelier.
    func cost(chinese: Range<Int>, english: Range<Int>) -> Double

    /// `cost(chinese:english:)` when it is below `limit`, else any value at least `limit` (`.infinity`):
    /// evidence that can bound a bead's cost cheaply skips working out beads that cannot win.
    func cost(chinese: Range<Int>, english: Range<Int>, below limit: Double) -> Double

    /// Cost taken off a one-sided bead that follows one of the same side (0 by default).
    var runDiscount: Double { get }

    /// Cost of a path passing the point where `chinese` and `english` sentences are consumed
    /// (the prior that translations run along the diagonal; 0 by default).
    func positionCost(chinese: Int, english: Int) -> Double

    /// A copy that may score faster the beads whose sentence pairs lie in `window` (for each Chinese
    /// sentence, the English sentences the search may pair it with); the search calls it once.
    func prepared(for window: [Range<Int>]) -> Self

    /// `strength` and `gain` of one pair together (evidence that shares work between them overrides it).
    func strengthAndGain(chinese: Int, english: Int) -> (strength: Double, gain: Double)
}

extension PairEvidence {
    package func allCandidates() -> [[Int]] { (0..<chineseCount).map { candidates(chinese: $0) } }
    package func cost(chinese: Range<Int>, english: Range<Int>, below limit: Double) -> Double {
        cost(chinese: chinese, english: english)
    }
    package var runDiscount: Double { 0 }
    package func positionCost(chinese: Int, english: Int) -> Double { 0 }
    package func prepared(for window: [Range<Int>]) -> Self { self }

    package func strengthAndGain(chinese: Int, english: Int) -> (strength: Double, gain: Double) {
        let strength = strength(chinese: chinese, english: english)
        return (strength, strength > 0 ? gain(chinese: chinese, english: english) : 0)
    }

    /// How much better linking the two sentences is than leaving both unaligned, in nats.
    package func gain(chinese: Int, english: Int) -> Double {
        cost(chinese: chinese..<chinese + 1, english: english..<english)
            + cost(chinese: chinese..<chinese, english: english..<english + 1)
            - cost(chinese: chinese..<chinese + 1, english: english..<english + 1)
    }
}
