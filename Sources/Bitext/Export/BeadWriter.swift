import Foundation

/// Beads in Vecalign's notation, one a line (`[0, 1]:[2]`), as gold files and `score.py` take them.
///
/// With `score`, a third field gives the confidence as Vecalign writes its cost: `[0, 1]:[2]:0.873`.
public struct BeadWriter: PairWriter {
    public var options = ExportOptions()

    public init() {}

    public func write(_ pairs: [AlignedPair]) -> (text: String, statistics: ExportStatistics) {
        var statistics = ExportStatistics()
        statistics.written = pairs.count
        var out = ""
        for pair in pairs {
            out += pair.bead.notation
            if options.score { out += ":" + TSVFormat.confidence(pair.confidence) }
            out += "\n"
        }
        return (out, statistics)
    }
}
