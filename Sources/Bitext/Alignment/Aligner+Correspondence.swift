extension Aligner {
    /// Where two texts correspond when one side has a part the other lacks (a page cut off after a few
    /// paragraphs, background added at the end, an editor's note in the middle): the pieces to align, in
    /// order, every sentence outside them left without a counterpart; nil when the texts correspond
    /// throughout (or the anchors cannot tell).
    ///
    /// Anchors found in exactly one sentence on each side give points (Chinese, English); the longest
    /// chain of them in order on both sides gives the slope of the correspondence (`slope(of:)`). Where the
    /// chain, extended at that slope, meets a text's edge before the other text ends, or jumps on one side
    /// further than the other side accounts for, that side has a part of its own, when it is at least
    /// `parameters.correspondenceEdgeMinimum` (before or after the other side) or
    /// `parameters.correspondenceMinimum` (between two points) of the side's sentences, and 8. The other
    /// side's sentences between the two points go before or after the part as their words say
    /// (`strength`, a pair's word evidence; `split`). The pieces keep `correspondencePadding` sentences
    /// beyond each predicted edge, for the search to decide.
    package func correspondingPieces(
        _ features: AlignmentFeatures, strength: (_ chinese: Int, _ english: Int) -> Double = { _, _ in 0 }
    ) -> [(zh: Range<Int>, en: Range<Int>)]? {
        let (n, m) = (features.chinese.count, features.english.count)
        guard n >= 20, m >= 20 else { return nil }
        return correspondingPieces(
            chain: Self.anchorChain(features), chineseCount: n, englishCount: m, strength: strength)
    }

    /// `correspondingPieces` from the search's confident pairs (`ReorderingAligner.confidentPairs`: words as
    /// well as anchors) in order on both sides: for texts whose anchors are too few to chain, such as a
    /// magazine's prose.
    func correspondingPieces(
        confidentPairs pairs: [ReorderingAligner.Pair], chineseCount n: Int, englishCount m: Int,
        strength: (_ chinese: Int, _ english: Int) -> Double
    ) -> [(zh: Range<Int>, en: Range<Int>)]? {
        guard n >= 20, m >= 20 else { return nil }
        let chain = ReorderingAligner.heaviestOrderedSubset(pairs).map { (zh: $0.chinese, en: $0.english) }
        return correspondingPieces(chain: chain, chineseCount: n, englishCount: m, strength: strength)
    }

    /// `correspondingPieces` from `chain`, points (Chinese, English) in order on both sides.
    func correspondingPieces(
        chain: [(zh: Int, en: Int)], chineseCount n: Int, englishCount m: Int,
        strength: (_ chinese: Int, _ english: Int) -> Double = { _, _ in 0 }
    ) -> [(zh: Range<Int>, en: Range<Int>)]? {
        guard chain.count >= 6, let first = chain.first, let last = chain.last, last.zh > first.zh else { return nil }
        let slope = Self.slope(of: chain)
        guard slope > 0.25, slope < 4 else { return nil }
        let parameters = options.parameters
        let pad = parameters.correspondencePadding
        let leastChinese = max(8, parameters.correspondenceMinimum * Double(n))
        let leastEnglish = max(8, parameters.correspondenceMinimum * Double(m))
        let edgeChinese = max(8, parameters.correspondenceEdgeMinimum * Double(n))
        let edgeEnglish = max(8, parameters.correspondenceEdgeMinimum * Double(m))
        func sentences(_ count: Double) -> Int { Int(count.rounded(.up)) }

        // The first piece's start: where the chain, extended backwards, meets a side's first sentence.
        var zhStart = 0
        var enStart = 0
        let englishAtStart = Double(first.en) - Double(first.zh) * slope
        let chineseAtStart = Double(first.zh) - Double(first.en) / slope
        if englishAtStart >= edgeEnglish {
            enStart = max(0, min(Int(englishAtStart) - pad, first.en))
        } else if chineseAtStart >= edgeChinese {
            zhStart = max(0, min(Int(chineseAtStart) - pad, first.zh))
        }
        // Around a block of one side's own between chain points p and q: the other side's sentences
        // between go with the part before or after it whose sentences they translate (`split`); the block's
        // side ends a piece where the translations of those before end, and starts the next where the
        // rest's begin, padded. `ownPerOther` is the block's side's sentences per sentence of the other,
        // `ownSentences(x)` how many of its sentences x of the other's stand for.
        func around(
            own: (p: Int, q: Int), other: (p: Int, q: Int), ownPerOther: Double, ownSentences: (Double) -> Int,
            strength: (_ other: Int, _ own: Int) -> Double
        ) -> (own: (end: Int, next: Int), other: Int) {
            let before = Self.split(
                other.p + 1..<other.q, between: own.p + 1..<own.q, slope: ownPerOther,
                reach: parameters.correspondenceSplitReach, strength: strength)
            let end = min(own.q, own.p + 1 + ownSentences(Double(before)) + pad)
            let next = max(end, own.q - ownSentences(Double(other.q - other.p - 1 - before)) - pad)
            return ((end, next), other.p + 1 + before)
        }
        var pieces: [(zh: Range<Int>, en: Range<Int>)] = []
        // Gaps inside: consecutive chain points one side of which runs on far more than the other's share.
        for (p, q) in zip(chain, chain.dropFirst()) {
            let zhGap = q.zh - p.zh - 1
            let enGap = q.en - p.en - 1
            let (zhEnd, zhNext, enEnd, enNext): (Int, Int, Int, Int)
            if Double(enGap) - Double(zhGap) * slope >= leastEnglish {
                // English has a block of its own.
                let (en, zh) = around(
                    own: (p.en, q.en), other: (p.zh, q.zh), ownPerOther: slope,
                    ownSentences: { sentences($0 * slope) }, strength: strength)
                (zhEnd, zhNext, enEnd, enNext) = (zh, zh, en.end, en.next)
            } else if Double(zhGap) - Double(enGap) / slope >= leastChinese {
                let (zh, en) = around(
                    own: (p.zh, q.zh), other: (p.en, q.en), ownPerOther: 1 / slope,
                    ownSentences: { sentences($0 / slope) }, strength: { strength($1, $0) })
                (zhEnd, zhNext, enEnd, enNext) = (zh.end, zh.next, en, en)
            } else {
                continue
            }
            pieces.append((zhStart..<zhEnd, enStart..<enEnd))
            zhStart = zhNext
            enStart = enNext
        }
        // The last piece's end.
        var zhEnd = n
        var enEnd = m
        let englishAtEnd = Double(last.en) + Double(n - 1 - last.zh) * slope
        let chineseAtEnd = Double(last.zh) + Double(m - 1 - last.en) / slope
        if Double(m - 1) - englishAtEnd >= edgeEnglish {
            enEnd = min(m, max(Int(englishAtEnd) + 1 + pad, last.en + 1))
        } else if Double(n - 1) - chineseAtEnd >= edgeChinese {
            zhEnd = min(n, max(Int(chineseAtEnd) + 1 + pad, last.zh + 1))
        }
        pieces.append((zhStart..<zhEnd, enStart..<enEnd))
        guard pieces.count > 1 || pieces[0].zh != 0..<n || pieces[0].en != 0..<m else { return nil }
        for (a, b) in zip(pieces, pieces.dropFirst()) {
            precondition(a.zh.upperBound <= b.zh.lowerBound && a.en.upperBound <= b.en.lowerBound, "pieces in order")
        }
        return pieces
    }

    /// English sentences per Chinese sentence where the texts of `chain` correspond: over the chain's steps
    /// whose slope is within a factor of 2 of the steps' median (each weighed by the sentences it pairs at
    /// the least). A step across a part of one side's own is far steeper or flatter than the rest, so the
    /// parts sought do not bend the slope they are measured against (the chain's overall slope does: a
    /// third of the English missing made the rest look like English of its own).
    static func slope(of chain: [(zh: Int, en: Int)]) -> Double {
        let steps = zip(chain, chain.dropFirst()).map { p, q in
            (zh: q.zh - p.zh, en: q.en - p.en, slope: Double(q.en - p.en) / Double(max(1, q.zh - p.zh)))
        }.sorted { $0.slope < $1.slope }
        let half = steps.reduce(0) { $0 + min($1.zh, $1.en) } / 2
        var below = 0
        var median = steps.last?.slope ?? 1
        for step in steps {
            below += min(step.zh, step.en)
            if below > half {
                median = step.slope
                break
            }
        }
        let kept = steps.filter { $0.slope > median / 2 && $0.slope < median * 2 }
        let zh = kept.reduce(0) { $0 + $1.zh }
        return zh > 0 ? Double(kept.reduce(0) { $0 + $1.en }) / Double(zh) : median
    }

    /// How many of `gap`'s sentences, between a part of the other side's own and the parts around it, go
    /// with the part before: as many as make the best split of their word evidence, half when there is
    /// none. `between` holds the other side's sentences from the part before to the part after, its own
    /// part among them; a sentence of the gap is matched (`strength`) with those within `reach` of where it
    /// would stand, `slope` other sentences to one of the gap's, after the part before or before the part
    /// after.
    static func split(
        _ gap: Range<Int>, between other: Range<Int>, slope: Double, reach: Int,
        strength: (_ sentence: Int, _ other: Int) -> Double
    ) -> Int {
        precondition(slope.isFinite && slope > 0 && reach >= 0, "a split needs a positive slope and reach")
        func best(_ sentence: Int, near position: Double) -> Double {
            let centre = Int(position.rounded())
            let low = max(other.lowerBound, centre - reach)
            let high = min(other.upperBound, centre + reach + 1)
            guard low < high else { return 0 }
            return (low..<high).reduce(0) { max($0, strength(sentence, $1)) }
        }
        // How much more each sentence of the gap looks like a translation of what comes before.
        let leaning = gap.enumerated().map { offset, sentence in
            best(sentence, near: Double(other.lowerBound) + Double(offset) * slope)
                - best(sentence, near: Double(other.upperBound) - Double(gap.count - offset) * slope)
        }
        // The split before sentence `count` of the gap scores what leans before up to it; ties go to the
        // split nearest the middle.
        let half = gap.count / 2
        var best = (count: 0, sum: 0.0)
        var sum = 0.0
        for count in 0...gap.count {
            if count > 0 { sum += leaning[count - 1] }
            if sum > best.sum || (sum == best.sum && abs(count - half) < abs(best.count - half)) {
                best = (count, sum)
            }
        }
        return best.count
    }

    /// The longest chain, in order on both sides, of the points where an anchor occurs in exactly one
    /// sentence on each side.
    static func anchorChain(_ features: AlignmentFeatures) -> [(zh: Int, en: Int)] {
        let chinese = features.chinese
        let english = features.english
        var englishSentence: [UInt64: Int] = [:]
        for sentence in 0..<english.count {
            for index in english.keyRange(sentence..<(sentence + 1)) where english.weights[index] == 1 {
                englishSentence[english.keys[index]] = sentence
            }
        }
        var points: [(zh: Int, en: Int)] = []
        for sentence in 0..<chinese.count {
            for index in chinese.keyRange(sentence..<(sentence + 1)) where chinese.weights[index] == 1 {
                if let other = englishSentence[chinese.keys[index]] { points.append((sentence, other)) }
            }
        }
        // Longest chain strictly increasing on both sides (patience sorting; points of one Chinese
        // sentence are taken in decreasing English order so that at most one of them joins the chain).
        points.sort { $0.zh != $1.zh ? $0.zh < $1.zh : $0.en > $1.en }
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: points.count)
        for (index, point) in points.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if points[tails[middle]].en < point.en { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [(zh: Int, en: Int)] = []
        var index = tails.last ?? -1
        while index >= 0 {
            chain.append(points[index])
            index = previous[index]
        }
        return chain.reversed()
    }

    /// `chinese` and `english` aligned piece by piece, the sentences outside the pieces one-sided.
    ///
    /// A piece is aligned as a document of its own, so it may have parts of its own too, which its own
    /// evidence shows more sharply (an edge that sparse anchors placed sentences off); each piece is
    /// smaller than the texts, so this ends.
    func alignedInPieces(
        _ pieces: [(zh: Range<Int>, en: Range<Int>)], chinese: [Sentence], english: [Sentence], document: String
    ) -> ScoredPairs {
        let pieces = pieces.map { piece in
            (
                piece: piece,
                aligned: scoredAlignment(
                    chinese: Array(chinese[piece.zh]), english: Array(english[piece.en]), document: document)
            )
        }
        // A sentence outside the pieces: as sure to have no counterpart as the chain that left it out, in a
        // document whose pieces correspond as well as their first one does.
        let outside = ConfidenceFeatures(
            margin: 10, documentMargin: pieces.first?.aligned.confidence.first?.documentMargin ?? 10,
            oneSided: true, oneToOne: false, crossing: false)
        var result = ScoredPairs(pairs: [], confidence: [])
        func alone(_ sentences: ArraySlice<Sentence>, chinese isChinese: Bool) {
            for sentence in sentences {
                result.pairs.append(
                    AlignedPair(
                        bead: Bead(chinese: isChinese ? [sentence.id] : [], english: isChinese ? [] : [sentence.id]),
                        chinese: isChinese ? sentence.text : "", english: isChinese ? "" : sentence.text,
                        confidence: 0, document: document,
                        chineseParagraph: isChinese ? sentence.paragraph : nil,
                        englishParagraph: isChinese ? nil : sentence.paragraph))
                result.confidence.append(outside)
            }
        }
        var zh = 0
        var en = 0
        for (piece, aligned) in pieces {
            alone(chinese[zh..<piece.zh.lowerBound], chinese: true)
            alone(english[en..<piece.en.lowerBound], chinese: false)
            result.pairs += aligned.pairs
            result.confidence += aligned.confidence
            zh = piece.zh.upperBound
            en = piece.en.upperBound
        }
        alone(chinese[zh...], chinese: true)
        alone(english[en...], chinese: false)
        // Neighbours are taken in the whole: the beads at a piece's edges stand beside the sentences left
        // out between pieces.
        result.confidence = ConfidenceFeatures.linked(result.confidence)
        for index in result.pairs.indices {
            result.pairs[index].confidence = options.parameters.confidence.probability(result.confidence[index])
        }
        return result
    }
}
