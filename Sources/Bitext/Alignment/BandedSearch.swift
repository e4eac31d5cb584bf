/// The cheapest monotonic sequence of beads through a band of cells, under any `BeadScorer`.
///
/// Dynamic programming over the band's cells, from (0, 0) to its last cell, trying the beads of `shapes`
/// in order (on a tie the first tried wins). A one-sided bead that follows one of the same shape costs
/// the scorer's `runDiscount` less. Time and memory are linear in the band's cells: one cost and one
/// byte per cell.
package struct BandedSearch: Sendable {
    package var band: SearchBand
    /// The bead shapes, as `BeadShape.table(maxSide:)` gives them; at most 255.
    package var shapes: [BeadShape]

    package init(band: SearchBand, shapes: [BeadShape]) {
        self.band = band
        self.shapes = shapes
    }

    /// A bead of the path, in the band's rows and columns, with its cost: the path's cost at its end
    /// less that at its start (the end cell's position cost included).
    package struct Step<Cost: BinaryFloatingPoint> {
        package var rows: Range<Int>
        package var columns: Range<Int>
        package var cost: Cost
    }

    /// A back-pointer that names no shape: the origin, and cells no path reaches.
    private static let none = UInt8.max

    /// The cheapest path's beads in order, and whether it reaches the origin: when the band's last cell
    /// is out of reach, only the steps back from it to the first unreachable cell.
    package func path<Scorer: BeadScorer>(_ scorer: Scorer) -> (steps: [Step<Scorer.Cost>], complete: Bool) {
        precondition(shapes.count < Int(Self.none), "too many bead shapes")
        precondition(shapes.allSatisfy { $0.chinese >= 0 && $0.english >= 0 && $0.chinese + $0.english > 0 })
        let n = band.rows
        let cost = UnsafeMutableBufferPointer<Scorer.Cost>.allocate(capacity: band.cells)
        cost.initialize(repeating: .infinity)
        defer { cost.deallocate() }
        let back = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: band.cells)
        back.initialize(repeating: Self.none)
        defer { back.deallocate() }
        // The band and the shapes in raw buffers: the loop below reads them without bounds checks (a
        // predecessor is read only when its column lies in its row's bounds, so within the buffers).
        let lows = UnsafeMutableBufferPointer.copy(of: band.low)
        let highs = UnsafeMutableBufferPointer.copy(of: band.high)
        let starts = UnsafeMutableBufferPointer.copy(of: band.start)
        let sizes = UnsafeMutableBufferPointer.copy(of: shapes.map { ($0.chinese, $0.english) })
        defer {
            lows.deallocate()
            highs.deallocate()
            starts.deallocate()
            sizes.deallocate()
        }
        let runDiscount = scorer.runDiscount
        cost[0] = 0
        for i in 0...n {
            let lo = lows[i]
            let row = starts[i]
            for j in lo...highs[i] where i > 0 || j > 0 {
                var best = Scorer.Cost.infinity
                var choice = Self.none
                for shape in 0..<sizes.count {
                    let (a, b) = sizes[shape]
                    // Wrapping arithmetic: indices within the band, shapes of a few sentences.
                    let pi = i &- a
                    let pj = j &- b
                    guard pi >= 0, pj >= lows[pi], pj <= highs[pi] else { continue }
                    let cell = starts[pi] &+ pj &- lows[pi]
                    let previous = cost[cell]
                    guard scorer.mayExtend(previous, below: best) else { continue }
                    var total: Scorer.Cost
                    if a == 0 || b == 0 {
                        total = scorer.extendOneSided(
                            previous, shape: shape, fromRow: pi, fromColumn: pj, row: i, column: j, best: best)
                        // A run of one-sided beads (an untranslated block) costs less per sentence than its first.
                        if back[cell] == UInt8(truncatingIfNeeded: shape) { total -= runDiscount }
                    } else {
                        total = scorer.extend(
                            previous, shape: shape, fromRow: pi, fromColumn: pj, row: i, column: j, best: best)
                    }
                    if total < best {
                        best = total
                        choice = UInt8(truncatingIfNeeded: shape)
                    }
                }
                cost[row &+ j &- lo] = best + scorer.positionCost(row: i, column: j)
                back[row &+ j &- lo] = choice
            }
        }
        // Trace back from the last cell.
        var steps: [Step<Scorer.Cost>] = []
        var i = n
        var j = band.columns
        while i > 0 || j > 0 {
            let cell = band.start[i] + j - band.low[i]
            let shape = Int(back[cell])
            guard shape < shapes.count else { break }
            let (a, b) = (shapes[shape].chinese, shapes[shape].english)
            let previous = cost[band.start[i - a] + (j - b) - band.low[i - a]]
            steps.append(Step(rows: (i - a)..<i, columns: (j - b)..<j, cost: cost[cell] - previous))
            i -= a
            j -= b
        }
        return (steps.reversed(), i == 0 && j == 0)
    }
}
