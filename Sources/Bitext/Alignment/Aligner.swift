/// Aligns the sentences of a Chinese passage with those of its English translation.
///
/// Each bead's cost combines a Gale–Church length model estimated from the document pair itself, anchors
/// (numbers, dates, named entities from the gazetteer and romanised Han names, Latin tokens) and a prior
/// for translations running in order; a banded dynamic program finds the cheapest monotonic path.
/// See the AlignmentMethod article.
public struct Aligner: Sendable {
    public var options: AlignmentOptions
    let gazetteer: Gazetteer

    public init(options: AlignmentOptions = AlignmentOptions()) {
        self.init(options: options, gazetteer: .shipped)
    }

    package init(options: AlignmentOptions, gazetteer: Gazetteer) {
        self.options = options
        self.gazetteer = gazetteer
    }

    /// The aligned pairs of `chinese` and `english`, in order.
    public func align(chinese: [Sentence], english: [Sentence], document: String = "") -> [AlignedPair] {
        scoredAlignment(chinese: chinese, english: english, document: document).pairs
    }

    /// `align`'s pairs with what each confidence was worked out from (for calibrating the confidence).
    package func scoredAlignment(chinese: [Sentence], english: [Sentence], document: String = "") -> ScoredPairs {
        let extractor = AnchorExtractor(gazetteer: gazetteer)
        // With one sentence on a side there is no order to break.
        if !options.monotonic, chinese.count > 1, english.count > 1,
            let result = WordTokenizer.withPooled({ tokenizer in
                reorderAware(
                    chinese: chinese, english: english, document: document, extractor: extractor, tokenizer: tokenizer)
            })
        {
            return result
        }
        let features = AlignmentFeatures(
            chinese: chinese.map(\.text), english: english.map(\.text), extractor: extractor)
        let (beads, model) = path(features)
        return pairs(beads, model: model, features: features, chinese: chinese, english: english, document: document)
    }

    /// The reorder-aware alignment (the default) of `align`.
    private func reorderAware(
        chinese: [Sentence], english: [Sentence], document: String, extractor: AnchorExtractor,
        tokenizer: WordTokenizer
    ) -> ScoredPairs {
        let (chineseTexts, englishTexts) = Self.withoutDatelines(chinese: chinese, english: english)
        let features = AlignmentFeatures(chinese: chineseTexts, english: englishTexts, extractor: extractor)
        // Word evidence places a part's edges; built only for texts that have one.
        var lexical: LexicalEvidence?
        let pieces = correspondingPieces(features) { zh, en in
            if lexical == nil {
                lexical = LexicalEvidence(
                    chinese: chineseTexts, english: englishTexts,
                    lexicon: self.lexicon, tokenizer: tokenizer,
                    parameters: options.parameters)
            }
            return lexical?.strength(chinese: zh, english: en) ?? 0
        }
        if let pieces {
            return alignedInPieces(pieces, chinese: chinese, english: english, document: document)
        }
        // When a lexical search realigns everything, it is the second pass.
        let realigns = options.lexicon?.model != nil || learns(sentences: chinese.count + english.count)
        let (beads, model) = path(features, researching: !realigns)
        let path = reorderedPath(
            features, model: model, first: beads, chinese: chineseTexts, english: englishTexts, tokenizer: tokenizer,
            findsCorrespondence: true)
        switch path {
        case .links(let links, let evidence):
            return pairs(
                links: links, model: model, features: features, chinese: chinese, english: english,
                document: document, evidence: evidence)
        case .pieces(let pieces):
            return alignedInPieces(pieces, chinese: chinese, english: english, document: document)
        }
    }

    /// The pairs of the reorder-aware search's `links`, crossing ones flagged; `evidence`, the search's,
    /// prices the alternatives their confidences weigh them against.
    package func pairs(
        links: [ReorderingAligner.Link], model: BeadCost, features: AlignmentFeatures, chinese: [Sentence],
        english: [Sentence], document: String, evidence: AnchoredEvidence? = nil
    ) -> ScoredPairs {
        let spans = links.map { link in
            let zh = link.bead.chinese.first.map { $0..<($0 + link.bead.chinese.count) } ?? 0..<0
            let en = link.bead.english.first.map { $0..<($0 + link.bead.english.count) } ?? 0..<0
            return BeadSpan(zh: zh, en: en, cost: model.cost(features, zh: zh, en: en))
        }
        var result = pairs(
            spans, model: model, features: features, chinese: chinese, english: english, document: document,
            evidenceCosts: links.map { Float($0.cost) }, crossing: links.map(\.crossing), evidence: evidence)
        for index in result.pairs.indices where links[index].crossing {
            result.pairs[index].crossing = true
            result.pairs[index].flags.append(.crossing)
        }
        return result
    }

    /// Documents longer than this (sentences a side) are first aligned in blocks of `blockSize`.
    package static let coarseThreshold = 2000
    package static let blockSize = 16

    /// The search this aligner runs.
    package var search: MonotonicSearch {
        var search = MonotonicSearch(maxBeadSide: options.maxBeadSide)
        search.band = options.band
        return search
    }

    /// The best monotonic path over all of `features`, and the cost model it was found with (refined from a
    /// first pass when `options.refine`).
    ///
    /// Without `researching`, the refined model is returned with the first pass's beads: for callers
    /// whose own search comes next (the reorder-aware pass on long inputs).
    package func path(_ features: AlignmentFeatures, researching: Bool = true) -> (
        beads: [BeadSpan], model: BeadCost
    ) {
        let search = search
        let zh = 0..<features.chinese.count
        let en = 0..<features.english.count
        let parameters = options.monotonic ? options.parameters.forMonotonicSearch : options.parameters
        var model = BeadCost(estimatingFrom: features, parameters: parameters)
        // Long documents: find the rough path over blocks of sentences first, then search near it.
        let guide =
            max(zh.count, en.count) > Self.coarseThreshold
            ? search.coarsePath(features, cost: model, blockSize: Self.blockSize) : nil
        // A pass that only guides the caller's own search needs less room: it widens where its path
        // reaches the band's edge.
        var beads = search.path(
            features, cost: model, zh: zh, en: en, guide: guide, band: researching ? nil : options.band * 3 / 4)
        guard options.refine else { return (beads, model) }
        // Each refined model moves the path less: a narrow band around it, widened if the path reaches its edge.
        for round in 0..<parameters.refinements {
            guard let refined = model.refined(by: beads, features: features, parameters: parameters) else {
                break
            }
            model = refined
            guard researching || round + 1 < parameters.refinements else { break }
            beads = search.path(features, cost: model, zh: zh, en: en, guide: beads, band: 8)
        }
        return (beads, model)
    }
}
