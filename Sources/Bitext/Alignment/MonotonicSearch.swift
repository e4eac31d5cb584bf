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
/// stays connected. When the best path touches the band's edge the band is doubled and the search run
/// again, up to `maxCells` cells. Time and memory are linear in n + m for a fixed band: one Float and
/// one byte per cell, never an n × m matrix for long inputs.
package struct MonotonicSearch: Sendable {
    /// Bead shapes as (Chinese, English) sentence counts.
    package var shapes: [(Int, Int)]
    /// Initial half-width of the band, in sentences.
    package var band: Int = 32
    /// Most cells one search may use (about 5 bytes each).
    package var maxCells: Int = 80_000_000

    /// Shapes 1-1, 1-0, 0-1, 2-2 and 1-k, k-1 for k from 2 to `maxBeadSide` (at most 4).
    package init(maxBeadSide: Int) {
        let side = min(max(maxBeadSide, 1), 4)
        var shapes = [(1, 1), (1, 0), (0, 1)]
        if side >= 2 {
            for k in 2...side { shapes += [(1, k), (k, 1)] }
            shapes.append((2, 2))
        }
        self.shapes = shapes
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
            let grid = BandGrid(low: low, high: high, m: m, width: width)
            let wide = grid.cells > maxCells / 2 || width >= max(n, m)
            let (beads, touches) = run(features, cost: cost, zh: zh, en: en, grid: grid)
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

    /// A copy of `values` in memory the caller deallocates.
    private static func buffer<T>(_ values: ArraySlice<T>) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
        return buffer
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

    /// A bead shape with what the search needs of it, worked out once a run.
    private struct Move {
        var a: Int
        var b: Int
        /// `a * 5 + b`, as `back` records it.
        var code: UInt8
        var shape: Float
        /// The whole cost of a one-sided bead: `shape + deletionCost`.
        var oneSidedCost: Float
    }

    private func run(
        _ features: AlignmentFeatures, cost model: BeadCost, zh: Range<Int>, en: Range<Int>, grid: BandGrid
    ) -> (beads: [BeadSpan], touchesEdge: Bool) {
        let n = zh.count
        let m = en.count
        let cost = UnsafeMutableBufferPointer<Float>.allocate(capacity: grid.cells)
        cost.initialize(repeating: .infinity)
        defer { cost.deallocate() }
        let back = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: grid.cells)
        back.initialize(repeating: 0)
        defer { back.deallocate() }
        // Beads may cost less than nothing (shared anchors); a predecessor can win only above this bound.
        let bound =
            model.matchBonus * model.maxMatches - 6 * min(0, model.joinCosts.0, model.joinCosts.1, model.joinCosts.2)
        // With these signs (and weights in 0...1, as `SideFeatures.index` makes them) a bead's length cost
        // is at least 0 and its anchor cost at least minus the bonus of as many matches as its smaller side
        // has keys: bounds that skip the work on hopeless moves.
        let bounded =
            model.mismatchPenalty >= 0 && model.maxMismatchCost >= 0 && model.matchBonus >= 0 && model.maxMatches >= 0
            && features.chinese.weights.allSatisfy { $0 >= 0 && $0 <= 1 }
            && features.english.weights.allSatisfy { $0 >= 0 && $0 <= 1 }
        let moves = shapes.map { a, b in
            let shape = model.shapeCosts[a * 5 + b]
            return Move(a: a, b: b, code: UInt8(a * 5 + b), shape: shape, oneSidedCost: shape + model.deletionCost)
        }
        // The English length of every bead side ending at each column, over the ratio (as `delta` takes it).
        let stride = (moves.lazy.map(\.b).max() ?? 0) + 1
        let expected = UnsafeMutableBufferPointer<Double>.allocate(capacity: (m + 1) * stride)
        expected.initialize(repeating: 0)
        defer { expected.deallocate() }
        for j in 0...m {
            for b in 1..<stride where b <= j {
                expected[j * stride + b] =
                    features.english.length((en.lowerBound + j - b)..<(en.lowerBound + j)) / model.ratio
            }
        }
        // The rows' bounds, and the lengths and key counts of this search's sentences, in raw buffers (from
        // 0 at `zh.lowerBound` and `en.lowerBound`): the loop below reads them without bounds checks.
        let lows = Self.buffer(grid.lo[...])
        let highs = Self.buffer(grid.hi[...])
        let starts = Self.buffer(grid.start[...])
        let zhLengths = Self.buffer(features.chinese.lengthPrefix[zh.lowerBound...zh.upperBound])
        let zhKeys = Self.buffer(features.chinese.keyStart[zh.lowerBound...zh.upperBound])
        let enKeys = Self.buffer(features.english.keyStart[en.lowerBound...en.upperBound])
        defer {
            for pointer in [lows, highs, starts] { pointer.deallocate() }
            zhLengths.deallocate()
            zhKeys.deallocate()
            enKeys.deallocate()
        }
        let tail = BeadCost.tailTable
        let joinFloor = min(0, model.joinCosts.0, model.joinCosts.1, model.joinCosts.2)
        cost[0] = 0
        for i in 0...n {
            let lo = lows[i]
            let row = starts[i]
            for j in lo...highs[i] where i > 0 || j > 0 {
                var best = Float.infinity
                var bestMove: UInt8 = 0
                for move in moves {
                    let pi = i - move.a
                    let pj = j - move.b
                    guard pi >= 0, pj >= lows[pi], pj <= highs[pi] else { continue }
                    let cell = starts[pi] + pj - lows[pi]
                    let previous = cost[cell]
                    guard previous - bound < best else { continue }
                    var total: Float
                    if move.a == 0 || move.b == 0 {
                        total = previous + move.oneSidedCost
                        // A run of one-sided beads (an untranslated block) costs less per sentence than its first.
                        if back[cell] == move.code { total -= model.gapDiscount }
                    } else {
                        let zhCount = zhKeys[i] - zhKeys[pi]
                        let enCount = enKeys[j] - enKeys[pj]
                        // Weights are at most 1: the bonus is at most that of min(zhCount, enCount) matches.
                        // A join bonus lowers the bound too (joins are never dearer than the least join cost).
                        let bonus =
                            min(Float(min(zhCount, enCount)), model.maxMatches) * model.matchBonus
                            - joinFloor * Float(move.a + move.b - 2)
                        if bounded, previous + (move.shape - bonus) >= best { continue }
                        let d = model.delta(
                            chinese: zhLengths[i] - zhLengths[pi], expected: expected[j * stride + move.b])
                        var partial = move.shape + BeadCost.tailCost(d.magnitude, table: tail)
                        if move.a > 1 || move.b > 1 {
                            partial += model.joinCost(
                                features, zh: (zh.lowerBound + pi)..<(zh.lowerBound + i),
                                en: (en.lowerBound + pj)..<(en.lowerBound + j))
                        }
                        if zhCount > 0 || enCount > 0 {
                            if bounded, previous + (partial - bonus) >= best { continue }
                            total =
                                previous
                                + (partial
                                    + model.anchorCost(
                                        features, zh: (zh.lowerBound + pi)..<(zh.lowerBound + i),
                                        en: (en.lowerBound + pj)..<(en.lowerBound + j)))
                        } else {
                            total = previous + partial
                        }
                    }
                    if total < best {
                        best = total
                        bestMove = move.code
                    }
                }
                cost[row + j - lo] = best + model.diagonalCost(i: i, j: j, n: n, m: m)
                back[row + j - lo] = bestMove
            }
        }
        // Trace back from (n, m).
        var beads: [BeadSpan] = []
        var touches = false
        var i = n
        var j = m
        while i > 0 || j > 0 {
            let move = Int(back[grid.start[i] + j - grid.lo[i]])
            let a = move / 5
            let b = move % 5
            guard a + b > 0 else { break }
            if (j == grid.lo[i] && j > 0) || (j == grid.hi[i] && j < m) {
                touches = true
            }
            let zhRange = (zh.lowerBound + i - a)..<(zh.lowerBound + i)
            let enRange = (en.lowerBound + j - b)..<(en.lowerBound + j)
            beads.append(BeadSpan(zh: zhRange, en: enRange, cost: model.cost(features, zh: zhRange, en: enRange)))
            i -= a
            j -= b
        }
        guard i == 0 && j == 0 else {
            // (n, m) was out of reach of the band: say so, so that the caller widens it or falls back.
            return (Self.unaligned(zh: zh, en: en, cost: model, features: features), true)
        }
        return (beads.reversed(), touches)
    }
}

/// The cells of a band: row i holds columns `lo[i]...hi[i]`, stored from `start[i]`.
private struct BandGrid {
    var lo: [Int]
    var hi: [Int]
    var start: [Int]
    var cells: Int

    /// The band `width` columns either side of the corridor `low[i]...high[i]` (monotonic in i).
    init(low: [Int], high: [Int], m: Int, width: Int) {
        let n = low.count - 1
        lo = low.map { min(max(0, $0 - width), m) }
        hi = zip(high, lo).map { max(min(m, $0 + width), $1) }
        lo[0] = 0
        hi[n] = m
        // Keep rows overlapping so that every cell stays reachable.
        for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = max(hi[i], lo[i + 1]) }
        start = [Int](repeating: 0, count: n + 2)
        for i in 0...n { start[i + 1] = start[i] + hi[i] - lo[i] + 1 }
        cells = start[n + 1]
    }
}
