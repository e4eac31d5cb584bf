/// `PairEvidence` as the reorder-aware search's scorer: rows are Chinese sentences, columns positions in
/// `order`, the English sentence ids in the order the search takes them.
struct EvidenceScorer<Evidence: PairEvidence>: BeadScorer {
    let evidence: Evidence
    let order: [Int]
    /// The start of the run of ids that follow on (`order[k] == order[k - 1] + 1`) each position is in: a
    /// bead does not cross a cut between runs.
    let runStart: [Int]

    init(_ evidence: Evidence, order: [Int]) {
        self.evidence = evidence
        self.order = order
        var runStart = [Int](repeating: 0, count: order.count)
        for k in order.indices.dropFirst() { runStart[k] = order[k] == order[k - 1] + 1 ? runStart[k - 1] : k }
        self.runStart = runStart
    }

    var runDiscount: Double { evidence.runDiscount }

    @inline(__always)
    func positionCost(row: Int, column: Int) -> Double { evidence.positionCost(chinese: row, english: column) }

    @inline(__always)
    func mayExtend(_ previous: Double, below best: Double) -> Bool { previous < .infinity }

    @inline(__always)
    func extendOneSided(
        _ previous: Double, shape: Int, fromRow: Int, fromColumn: Int, row: Int, column: Int, best: Double
    ) -> Double {
        extend(previous, shape: shape, fromRow: fromRow, fromColumn: fromColumn, row: row, column: column, best: best)
    }

    @inline(__always)
    func extend(
        _ previous: Double, shape: Int, fromRow: Int, fromColumn: Int, row: Int, column: Int, best: Double
    ) -> Double {
        if column > fromColumn, runStart[column - 1] > fromColumn { return .infinity }
        let english =
            column > fromColumn
            ? order[fromColumn]..<(order[column - 1] + 1)
            : order.indices.contains(fromColumn) ? order[fromColumn]..<order[fromColumn] : 0..<0
        return previous + evidence.cost(chinese: fromRow..<row, english: english, below: best - previous)
    }
}
