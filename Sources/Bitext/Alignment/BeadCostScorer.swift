/// `BeadCost` (length, anchors, joins, split questions, shape and diagonal priors) as the monotonic
/// search's scorer, with lower bounds that skip the work on beads that cannot win.
///
/// Rows and columns count from `zh.lowerBound` and `en.lowerBound` of the features.
struct BeadCostScorer: BeadScorer {
    /// A bead shape with what the scorer needs of it, worked out once a search.
    private struct Move {
        var shape: Float
        /// The whole cost of a one-sided bead: `shape + deletionCost`.
        var oneSidedCost: Float
    }

    private let features: AlignmentFeatures
    private let model: BeadCost
    private let zh: Range<Int>
    private let en: Range<Int>
    private let moves: UnsafeMutableBufferPointer<Move>
    /// The English length of every bead side ending at each column, over the ratio (as `delta` takes
    /// it): `expected[column * stride + sentences]`.
    private let expected: UnsafeMutableBufferPointer<Double>
    private let stride: Int
    /// The lengths and key counts of the search's sentences, from 0 at `zh.lowerBound` and `en.lowerBound`.
    private let zhLengths: UnsafeMutableBufferPointer<Double>
    private let zhKeys: UnsafeMutableBufferPointer<Int32>
    private let enKeys: UnsafeMutableBufferPointer<Int32>
    private let tail: [Float]
    /// A predecessor can win only when its cost is below the best so far plus this: beads may cost less
    /// than nothing (shared anchors, joins), never less than minus this.
    private let bound: Float
    private let joinFloor: Float
    /// Whether the bounds on two-sided beads' anchor costs hold (see `init`).
    private let bounded: Bool

    /// Calls `body` with the scorer of `model` over Chinese sentences `zh` and English sentences `en` of
    /// `features`, trying `shapes`; its buffers live as long as the call.
    static func with<Result>(
        _ features: AlignmentFeatures, model: BeadCost, zh: Range<Int>, en: Range<Int>, shapes: [BeadShape],
        _ body: (BeadCostScorer) -> Result
    ) -> Result {
        let scorer = BeadCostScorer(features, model: model, zh: zh, en: en, shapes: shapes)
        defer { scorer.deallocate() }
        return body(scorer)
    }

    private init(_ features: AlignmentFeatures, model: BeadCost, zh: Range<Int>, en: Range<Int>, shapes: [BeadShape]) {
        precondition(
            zh.upperBound < features.chinese.lengthPrefix.count && zh.upperBound < features.chinese.keyStart.count)
        precondition(
            en.upperBound < features.english.lengthPrefix.count && en.upperBound < features.english.keyStart.count)
        precondition(shapes.allSatisfy { $0.chinese < 5 && $0.english < 5 }, "shapes up to 4 sentences a side")
        self.features = features
        self.model = model
        self.zh = zh
        self.en = en
        let m = en.count
        moves = UnsafeMutableBufferPointer.copy(
            of:
                shapes.map { shape in
                    let cost = model.shapeCosts[shape.chinese * 5 + shape.english]
                    return Move(shape: cost, oneSidedCost: cost + model.deletionCost)
                })
        stride = (shapes.lazy.map(\.english).max() ?? 0) + 1
        expected = UnsafeMutableBufferPointer<Double>.allocate(capacity: (m + 1) * stride)
        expected.initialize(repeating: 0)
        for j in 0...m {
            for b in 1..<stride where b <= j {
                expected[j * stride + b] =
                    features.english.length((en.lowerBound + j - b)..<(en.lowerBound + j)) / model.ratio
            }
        }
        zhLengths = UnsafeMutableBufferPointer.copy(of: features.chinese.lengthPrefix[zh.lowerBound...zh.upperBound])
        zhKeys = UnsafeMutableBufferPointer.copy(of: features.chinese.keyStart[zh.lowerBound...zh.upperBound])
        enKeys = UnsafeMutableBufferPointer.copy(of: features.english.keyStart[en.lowerBound...en.upperBound])
        tail = BeadCost.tailTable
        joinFloor = min(
            features.chinese.leastJoinCost(zh, costs: model.joinCosts),
            features.english.leastJoinCost(en, costs: model.joinCosts))
        bound = model.matchBonus * model.maxMatches - 6 * joinFloor
        // With these signs (and weights in 0...1, as `SideFeatures.index` makes them) a bead's length cost
        // is at least 0 and its anchor cost at least minus the bonus of as many matches as its smaller side
        // has keys: bounds that skip the work on hopeless moves.
        bounded =
            model.mismatchPenalty >= 0 && model.maxMismatchCost >= 0 && model.matchBonus >= 0 && model.maxMatches >= 0
            && model.questionSplit >= 0
            && features.chinese.weights.allSatisfy { $0 >= 0 && $0 <= 1 }
            && features.english.weights.allSatisfy { $0 >= 0 && $0 <= 1 }
    }

    private func deallocate() {
        moves.deallocate()
        expected.deallocate()
        zhLengths.deallocate()
        zhKeys.deallocate()
        enKeys.deallocate()
    }

    var runDiscount: Float { model.gapDiscount }

    @inline(__always)
    func positionCost(row: Int, column: Int) -> Float {
        model.diagonalCost(i: row, j: column, n: zh.count, m: en.count)
    }

    @inline(__always)
    func mayExtend(_ previous: Float, below best: Float) -> Bool { previous - bound < best }

    @inline(__always)
    func extendOneSided(
        _ previous: Float, shape: Int, fromRow: Int, fromColumn: Int, row: Int, column: Int, best: Float
    ) -> Float {
        previous + moves[shape].oneSidedCost
    }

    @inline(__always)
    func extend(
        _ previous: Float, shape: Int, fromRow pi: Int, fromColumn pj: Int, row i: Int, column j: Int, best: Float
    )
        -> Float
    {
        // Wrapping arithmetic: indices within the search, key counts of a few sentences.
        let (a, b) = (i &- pi, j &- pj)
        let move = moves[shape]
        let zhCount = zhKeys[i] &- zhKeys[pi]
        let enCount = enKeys[j] &- enKeys[pj]
        // Weights are at most 1: the bonus is at most that of min(zhCount, enCount) matches.
        // A join bonus lowers the bound too (joins are never dearer than the least join cost).
        let bonus =
            min(Float(min(zhCount, enCount)), model.maxMatches) * model.matchBonus
            - joinFloor * Float(a &+ b &- 2)
        if bounded, previous + (move.shape - bonus) >= best { return .infinity }
        let d = model.delta(chinese: zhLengths[i] - zhLengths[pi], expected: expected[j &* stride &+ b])
        var partial = move.shape + BeadCost.tailCost(d.magnitude, table: tail)
        partial += model.questionCost(
            features, zh: (zh.lowerBound + pi)..<(zh.lowerBound + i), en: (en.lowerBound + pj)..<(en.lowerBound + j))
        if a > 1 || b > 1 {
            partial += model.joinCost(
                features, zh: (zh.lowerBound + pi)..<(zh.lowerBound + i), en: (en.lowerBound + pj)..<(en.lowerBound + j)
            )
        }
        guard zhCount > 0 || enCount > 0 else { return previous + partial }
        if bounded, previous + (partial - bonus) >= best { return .infinity }
        return previous
            + (partial
                + model.anchorCost(
                    features, zh: (zh.lowerBound + pi)..<(zh.lowerBound + i),
                    en: (en.lowerBound + pj)..<(en.lowerBound + j)))
    }
}
