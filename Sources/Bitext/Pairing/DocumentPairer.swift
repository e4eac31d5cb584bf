import Foundation

/// Finds which Chinese part translates which English part: a one-to-one matching that may leave parts
/// unpaired.
///
/// Candidates come from an inverted index of anchors (numbers, dates, gazetteer entities, Latin tokens;
/// `AnchorExtractor`; romanised names are left to the alignment check, see `PairingEvidence`) and of words
/// (English stems, and the built-in lexicon's translations of Chinese words): a Chinese
/// part meets only the English parts sharing one of its anchors, and an anchor in more than `maxPostings`
/// English parts is left out, so the work grows with the number of parts, not with all pairs. A
/// candidate's evidence is the cosine of the two parts' anchors (IDF-weighted) times a length-ratio term;
/// with `alignmentCheck`, the best `candidates` of each Chinese part are aligned (one monotonic path) and
/// the score is the mean of that evidence and the alignment's (its document score times the share of
/// sentences it pairs). The pairs are then taken greedily, best score first, each part at most once, none
/// below `minScore`.
public struct DocumentPairer: Sendable {
    public struct Options: Sendable {
        /// Pairs scoring lower are left unpaired. (On the development pieces of `PairingTests`, wrong pairs
        /// of orphaned pieces mostly score below it, right pairs above.)
        public var minScore = 0.35
        /// Aligns each Chinese part with its best candidates (slower; surer on look-alike articles).
        public var alignmentCheck = true
        /// How many candidates of each Chinese part the alignment check aligns (and, without it, are kept).
        public var candidates = 3
        /// An anchor found in more English parts than this is not indexed (it tells little).
        public var maxPostings = 256
        /// How the alignment check aligns: one monotonic path (a third of the reorder-aware search's time;
        /// pairing needs the score, not the crossing pairs).
        public var alignment: AlignmentOptions = {
            var options = AlignmentOptions()
            options.monotonic = true
            return options
        }()
        /// Takes each input line as one sentence in the alignment check.
        public var presegmented = false

        public init() {}
    }

    public var options: Options

    /// An English part that may translate a Chinese one, and how well the evidence says it does.
    package typealias Candidate = PairingEvidence.Candidate

    public init(options: Options = Options()) {
        precondition(options.candidates > 0 && options.maxPostings > 0, "at least one candidate and one posting")
        self.options = options
    }

    /// Pairs `chinese` parts with `english` parts.
    ///
    /// Throws only when ICU fails (segmenting for the alignment check).
    public func pair(chinese: [PairingPart], english: [PairingPart]) throws(PipelineError) -> DocumentPairing {
        precondition(chinese.allSatisfy { $0.language == .chinese } && english.allSatisfy { $0.language == .english })
        let evidence = PairingEvidence(
            chinese: chinese, english: english, maxPostings: options.maxPostings,
            lexicon: options.alignment.builtInLexicon)
        var candidates = evidence.candidates(keeping: options.candidates)
        if options.alignmentCheck {
            candidates = try check(candidates, chinese: chinese, english: english)
        }
        return Self.match(candidates, chinese: chinese.count, english: english.count, minScore: options.minScore)
    }

    /// The greedy one-to-one matching of `candidates` (one list a Chinese part), best score first.
    package static func match(_ candidates: [[Candidate]], chinese: Int, english: Int, minScore: Double)
        -> DocumentPairing
    {
        var edges: [DocumentPairing.Pair] = []
        for (zh, list) in candidates.enumerated() {
            for candidate in list where candidate.score >= minScore {
                edges.append(DocumentPairing.Pair(chinese: zh, english: candidate.english, score: candidate.score))
            }
        }
        edges.sort { ($1.score, $0.chinese, $0.english) < ($0.score, $1.chinese, $1.english) }
        var chineseTaken = [Bool](repeating: false, count: chinese)
        var englishTaken = [Bool](repeating: false, count: english)
        var pairs: [DocumentPairing.Pair] = []
        for edge in edges where !chineseTaken[edge.chinese] && !englishTaken[edge.english] {
            chineseTaken[edge.chinese] = true
            englishTaken[edge.english] = true
            pairs.append(edge)
        }
        return DocumentPairing(
            pairs: pairs, unpairedChinese: chineseTaken.indices.filter { !chineseTaken[$0] },
            unpairedEnglish: englishTaken.indices.filter { !englishTaken[$0] })
    }
}
