/// Beads in Vecalign's notation, one a line (`[0, 1]:[2]`), as gold files and `score.py` take them.
public struct BeadWriter: Sendable {
    public init() {}

    public func write(_ pairs: [AlignedPair]) -> (text: String, statistics: ExportStatistics) {
        var statistics = ExportStatistics()
        statistics.written = pairs.count
        return (pairs.map { $0.bead.notation + "\n" }.joined(), statistics)
    }
}
