/// Strict and lax precision, recall and F1 of bead alignments, exactly as Vecalign's `score.py`
/// (after Sennrich & Volk 2011), micro-averaged over documents.
///
/// Precision looks at every system bead (one-sided ones included, duplicates and empty beads dropped):
/// strictly right if the gold has the same bead; laxly right if it shares a Chinese sentence with some gold
/// bead and an English sentence with one of that Chinese sentence's gold partners (so a one-sided bead is
/// laxly right only when strictly right). Recall is the same test with roles swapped, over the two-sided
/// beads of both. Counts are summed over documents before dividing; 0/0 counts as 0.
///
/// Encoded as its figures, the object `bitext eval --json` prints: `documents` and the six ratios.
public struct AlignmentScore: Sendable, Hashable, Encodable {
    /// Counts of one direction: strict and lax true and false positives.
    public struct Counts: Sendable, Hashable, Codable {
        public var strictTrue = 0
        public var strictFalse = 0
        public var laxTrue = 0
        public var laxFalse = 0

        public init(strictTrue: Int = 0, strictFalse: Int = 0, laxTrue: Int = 0, laxFalse: Int = 0) {
            self.strictTrue = strictTrue
            self.strictFalse = strictFalse
            self.laxTrue = laxTrue
            self.laxFalse = laxFalse
        }

        static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(
                strictTrue: lhs.strictTrue + rhs.strictTrue, strictFalse: lhs.strictFalse + rhs.strictFalse,
                laxTrue: lhs.laxTrue + rhs.laxTrue, laxFalse: lhs.laxFalse + rhs.laxFalse)
        }
    }

    /// Counts over system beads (precision) and over gold beads (recall).
    public var precisionCounts = Counts()
    public var recallCounts = Counts()
    public var documents = 0

    public init() {}

    /// Scores system alignments against gold ones, document by document.
    public init(gold: [[Bead]], system: [[Bead]]) {
        for (gold, system) in zip(gold, system) { add(gold: gold, system: system) }
    }

    /// Adds one document's counts.
    public mutating func add(gold: [Bead], system: [Bead]) {
        documents += 1
        precisionCounts = precisionCounts + Self.count(gold: gold, test: system)
        let twoSided = { (beads: [Bead]) in beads.filter { !$0.chinese.isEmpty && !$0.english.isEmpty } }
        recallCounts = recallCounts + Self.count(gold: twoSided(system), test: twoSided(gold))
    }

    public var strictPrecision: Double { Self.ratio(precisionCounts.strictTrue, precisionCounts.strictFalse) }
    public var laxPrecision: Double { Self.ratio(precisionCounts.laxTrue, precisionCounts.laxFalse) }
    public var strictRecall: Double { Self.ratio(recallCounts.strictTrue, recallCounts.strictFalse) }
    public var laxRecall: Double { Self.ratio(recallCounts.laxTrue, recallCounts.laxFalse) }
    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    public var laxF1: Double { Self.f1(laxPrecision, laxRecall) }

    private enum CodingKeys: String, CodingKey {
        case documents, strictPrecision, strictRecall, strictF1, laxPrecision, laxRecall, laxF1
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(strictPrecision, forKey: .strictPrecision)
        try container.encode(strictRecall, forKey: .strictRecall)
        try container.encode(strictF1, forKey: .strictF1)
        try container.encode(laxPrecision, forKey: .laxPrecision)
        try container.encode(laxRecall, forKey: .laxRecall)
        try container.encode(laxF1, forKey: .laxF1)
    }

    private static func ratio(_ hits: Int, _ misses: Int) -> Double {
        hits + misses == 0 ? 0 : Double(hits) / Double(hits + misses)
    }

    private static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// A Chinese and an English sentence of one gold bead.
    private struct Link: Hashable {
        var chinese: Int
        var english: Int
    }

    /// score.py's `_precision`: how many `test` beads are strictly and laxly in `gold`.
    ///
    /// score.py keeps each Chinese sentence's gold partners and tests a bead's English against the
    /// partners of its Chinese; a set of the (Chinese, English) links of the gold beads is the same test
    /// without a set per sentence.
    static func count(gold: [Bead], test: [Bead]) -> Counts {
        let gold = Set(gold.filter { !$0.chinese.isEmpty || !$0.english.isEmpty })
        let test = Set(test.filter { !$0.chinese.isEmpty || !$0.english.isEmpty })
        var links = Set<Link>(minimumCapacity: gold.count)
        for bead in gold {
            for chinese in bead.chinese {
                for english in bead.english { links.insert(Link(chinese: chinese, english: english)) }
            }
        }
        var counts = Counts()
        for bead in test {
            if gold.contains(bead) {
                counts.strictTrue += 1
                counts.laxTrue += 1
            } else {
                counts.strictFalse += 1
                let linked = bead.chinese.contains { chinese in
                    bead.english.contains { links.contains(Link(chinese: chinese, english: $0)) }
                }
                if linked {
                    counts.laxTrue += 1
                } else {
                    counts.laxFalse += 1
                }
            }
        }
        return counts
    }
}
