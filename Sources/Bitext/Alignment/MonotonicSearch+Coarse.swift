extension SideFeatures {
    /// The side grouped into blocks of `size` consecutive sentences: lengths summed, anchors pooled. Blocks
    /// end as stops: joining blocks is not joining sentences (`coarsePath` joins them at no cost).
    package func blocks(of size: Int) -> SideFeatures {
        var blocks = SideFeatures()
        var start = 0
        while start < count {
            let end = min(start + size, count)
            blocks.lengths.append(Float(length(start..<end)))
            blocks.lengthPrefix.append(lengthPrefix[end])
            blocks.endings.append(SentenceEnding.stop.rawValue)
            blocks.questionPrefix.append(0)
            let keyRange = keyRange(start..<end)
            blocks.keys.append(contentsOf: keys[keyRange])
            blocks.weights.append(contentsOf: weights[keyRange])
            blocks.keyStart.append(Int32(blocks.keys.count))
            start = end
        }
        return blocks
    }
}

extension MonotonicSearch {
    /// A rough path for long documents: the search run over blocks of `blockSize` sentences a side, its
    /// block beads spread back over their sentences. The sentence-level search then looks only near it,
    /// so that a slow drift off the diagonal (hundreds of sentences in a long document) costs no wider band.
    package func coarsePath(_ features: AlignmentFeatures, cost: BeadCost, blockSize: Int) -> [BeadSpan] {
        let blocks = AlignmentFeatures(
            chinese: features.chinese.blocks(of: blockSize), english: features.english.blocks(of: blockSize))
        var coarse = MonotonicSearch(maxBeadSide: 2)
        coarse.band = band
        var blockCost = cost
        blockCost.joinCosts = (0, 0, 0, 0)
        let path = coarse.path(
            blocks, cost: blockCost, zh: 0..<blocks.chinese.count, en: 0..<blocks.english.count)
        // The last block of a side may be short: a bead that starts at or after it (a one-sided bead at the
        // end, the other side's blocks outnumbering it) starts at the side's end, not past it.
        func sentences(_ blocks: Range<Int>, count: Int) -> Range<Int> {
            min(blocks.lowerBound * blockSize, count)..<min(blocks.upperBound * blockSize, count)
        }
        return path.map { bead in
            BeadSpan(
                zh: sentences(bead.zh, count: features.chinese.count),
                en: sentences(bead.en, count: features.english.count), cost: bead.cost)
        }
    }
}
