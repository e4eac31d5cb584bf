/// The cells a banded search may visit: row i (i Chinese sentences consumed) holds columns
/// `low[i]...high[i]` (English sentences consumed), stored from `start[i]`.
package struct SearchBand: Sendable {
    package let low: [Int]
    package let high: [Int]
    /// Where each row's cells begin in the search's buffers; `start[rows + 1]` is the number of cells.
    package let start: [Int]

    /// The band of rows `0...low.count - 1` with these column bounds. It must start at cell (0, 0), and
    /// each row's bounds lie in `0...high.last`, low before high.
    package init(low: [Int], high: [Int]) {
        precondition(!low.isEmpty && low.count == high.count, "a band needs bounds for every row")
        precondition(low[0] == 0, "a band starts at cell (0, 0)")
        let columns = high[high.count - 1]
        precondition(
            zip(low, high).allSatisfy { $0 >= 0 && $0 <= $1 && $1 <= columns }, "a row's bounds are out of order")
        self.low = low
        self.high = high
        var start = [Int](repeating: 0, count: low.count + 1)
        for i in low.indices { start[i + 1] = start[i] + high[i] - low[i] + 1 }
        self.start = start
    }

    /// Chinese sentences the band covers: its last row.
    package var rows: Int { low.count - 1 }
    /// English sentences the band covers: the last column of its last row.
    package var columns: Int { high[high.count - 1] }
    /// The number of cells.
    package var cells: Int { start[start.count - 1] }
}
