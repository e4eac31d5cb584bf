/// A bead as a pair of index ranges into the sentences of an alignment, with its cost.
package struct BeadSpan: Sendable, Hashable {
    package var zh: Range<Int>
    package var en: Range<Int>
    package var cost: Float

    package init(zh: Range<Int>, en: Range<Int>, cost: Float) {
        self.zh = zh
        self.en = en
        self.cost = cost
    }
}

/// The cheapest monotonic sequence of beads through a band around the diagonal.
///
/// Dynamic programming over cells (i, j) — i Chinese and j English sentences consumed — restricted to a
/// band of half-width `band` around the line from (0, 0) to (n, m), widened for steep slopes so that it
/// stays connected; `BandedSearch` runs it with `BeadCostScorer`. When the best path touches the band's edge
/// the band is re-centred on it or doubled and the search run again, up to `maxCells` cells. Time and
/// memory are linear in n + m for a fixed band, never an n × m matrix for long inputs.
package struct MonotonicSearch: Sendable {
    /// Bead shapes, in the order tried.
    package var shapes: [BeadShape]
    /// Initial half-width of the band, in sentences.
    package var band: Int = 32
    /// Most cells one search may use (about 5 bytes each).
    package var maxCells: Int = 80_000_000

    /// The shapes of `BeadShape.table(maxSide: maxBeadSide)`.
    package init(maxBeadSide: Int) {
        shapes = BeadShape.table(maxSide: maxBeadSide)
    }

    /// The cheapest path over Chinese sentences `zh` and English sentences `en` of `features`, as beads
    /// in order (indices into `features`, not sentence ids).
    ///
    /// The band follows the path where cumulative lengths agree (the diagonal by length), or `guide`, a
    /// path found before (say with a rougher cost model), when given; `band` overrides the initial
    /// half-width (a path found with a slightly different model needs little room).
    package func path(
        _ features: AlignmentFeatures, cost: BeadCost, zh: Range<Int>, en: Range<Int>, guide: [BeadSpan]? = nil,
        band: Int? = nil
    ) -> [BeadSpan] {
        let n = zh.count
        let m = en.count
        var (low, high) =
            guide.map { Self.corridor(of: $0, zh: zh, en: en) } ?? Self.corridor(features, zh: zh, en: en)
        var width = max(band ?? self.band, 4)
        var recentred = 0
        while true {
            let band = Self.band(low: low, high: high, m: m, width: width)
            let wide = band.cells > maxCells / 2 || width >= max(n, m)
            let (beads, touches) = run(features, cost: cost, zh: zh, en: en, band: band)
            if !touches || wide { return beads }
            // The path ran along the band's edge: centre the band on it and search again (the true path
            // drifts slowly, like a random walk, so a few moves find it); widen when that is not enough.
            if recentred < 4 {
                recentred += 1
                (low, high) = Self.corridor(of: beads, zh: zh, en: en)
            } else {
                width *= 2
            }
        }
    }

    /// Every sentence in a one-sided bead: the answer when no path could be found.
    static func unaligned(zh: Range<Int>, en: Range<Int>, cost: BeadCost, features: AlignmentFeatures) -> [BeadSpan] {
        zh.map { BeadSpan(zh: $0..<($0 + 1), en: en.lowerBound..<en.lowerBound, cost: cost.deletionCost) }
            + en.map { BeadSpan(zh: zh.upperBound..<zh.upperBound, en: $0..<($0 + 1), cost: cost.deletionCost) }
    }

    /// For each row, the columns where cumulative English length matches cumulative Chinese length
    /// (scaled to the same total), as the band's centre line.
    static func corridor(_ features: AlignmentFeatures, zh: Range<Int>, en: Range<Int>) -> (low: [Int], high: [Int]) {
        let n = zh.count
        let m = en.count
        let chinese = features.chinese
        let english = features.english
        let zhTotal = chinese.length(zh)
        let enTotal = english.length(en)
        var centre = [Int](repeating: 0, count: n + 1)
        if zhTotal > 0 && enTotal > 0 {
            var j = 0
            for i in 0...n {
                let target = chinese.length(zh.lowerBound..<(zh.lowerBound + i)) / zhTotal * enTotal
                while j < m && english.length(en.lowerBound..<(en.lowerBound + j + 1)) <= target { j += 1 }
                centre[i] = j
            }
        } else {
            for i in 0...n { centre[i] = n > 0 ? i * m / n : 0 }
        }
        centre[n] = m
        let low = (0...n).map { centre[max($0 - 1, 0)] }
        let high = (0...n).map { centre[min($0 + 1, n)] }
        return (low, high)
    }

    /// For each row, the columns a path passes through.
    static func corridor(of path: [BeadSpan], zh: Range<Int>, en: Range<Int>) -> (low: [Int], high: [Int]) {
        let n = zh.count
        var low = [Int](repeating: Int.max, count: n + 1)
        var high = [Int](repeating: 0, count: n + 1)
        for bead in path {
            let rows = (bead.zh.lowerBound - zh.lowerBound)...(bead.zh.upperBound - zh.lowerBound)
            for row in rows where (0...n).contains(row) {
                low[row] = min(low[row], bead.en.lowerBound - en.lowerBound)
                high[row] = max(high[row], bead.en.upperBound - en.lowerBound)
            }
        }
        for row in 0...n where low[row] == Int.max {
            low[row] = row > 0 ? high[row - 1] : 0
            high[row] = max(high[row], low[row])
        }
        return (low, high)
    }

    /// The band `width` columns either side of the corridor `low[i]...high[i]` (monotonic in i), rows kept
    /// overlapping so that every cell stays reachable.
    static func band(low: [Int], high: [Int], m: Int, width: Int) -> SearchBand {
        let n = low.count - 1
        var lo = low.map { min(max(0, $0 - width), m) }
        var hi = zip(high, lo).map { max(min(m, $0 + width), $1) }
        lo[0] = 0
        hi[n] = m
        for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = max(hi[i], lo[i + 1]) }
        return SearchBand(low: lo, high: hi)
    }

    /// The cheapest path through `band`, and whether it touches the band's edge (or could not reach its end).
    private func run(
        _ features: AlignmentFeatures, cost model: BeadCost, zh: Range<Int>, en: Range<Int>, band: SearchBand
    ) -> (beads: [BeadSpan], touchesEdge: Bool) {
        let m = en.count
        let (steps, complete) = BeadCostScorer.with(features, model: model, zh: zh, en: en, shapes: shapes) {
            BandedSearch(band: band, shapes: shapes).path($0)
        }
        guard complete else {
            // (n, m) was out of reach of the band: say so, so that the caller widens it or falls back.
            return (Self.unaligned(zh: zh, en: en, cost: model, features: features), true)
        }
        var touches = false
        let beads = steps.map { step in
            let (i, j) = (step.rows.upperBound, step.columns.upperBound)
            if (j == band.low[i] && j > 0) || (j == band.high[i] && j < m) { touches = true }
            let zhRange = (zh.lowerBound + step.rows.lowerBound)..<(zh.lowerBound + i)
            let enRange = (en.lowerBound + step.columns.lowerBound)..<(en.lowerBound + j)
            return BeadSpan(zh: zhRange, en: enRange, cost: model.cost(features, zh: zhRange, en: enRange))
        }
        return (beads, touches)
    }
}
