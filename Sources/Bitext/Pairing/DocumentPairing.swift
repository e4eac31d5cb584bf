/// What `DocumentPairer` found: translation pairs, one-to-one, and the parts left unpaired.
public struct DocumentPairing: Sendable, Hashable {
    /// A Chinese part and the English part that translates it (indices into the pairer's inputs).
    public struct Pair: Sendable, Hashable {
        public var chinese: Int
        public var english: Int
        /// How sure the pairer is, 0 to 1: the evidence of anchors and lengths, averaged with the
        /// alignment's score when the alignment check ran.
        public var score: Double

        public init(chinese: Int, english: Int, score: Double) {
            self.chinese = chinese
            self.english = english
            self.score = score
        }
    }

    /// The pairs, best first.
    public var pairs: [Pair]
    /// The Chinese parts without a pair, in input order.
    public var unpairedChinese: [Int]
    /// The English parts without a pair, in input order.
    public var unpairedEnglish: [Int]

    public init(pairs: [Pair], unpairedChinese: [Int], unpairedEnglish: [Int]) {
        self.pairs = pairs
        self.unpairedChinese = unpairedChinese
        self.unpairedEnglish = unpairedEnglish
    }
}
