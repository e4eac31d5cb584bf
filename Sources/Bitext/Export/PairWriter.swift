/// A writer of aligned pairs to one text (TMX, TSV, JSONL, beads), laid out by `ExportOptions`.
///
/// `ExportFormat.write(_:options:)` picks the writer of a format; a new format is a new conforming
/// type and a case there (DEVELOPERS.md, "Adding an output format").
public protocol PairWriter: Sendable {
    /// Direction, language tags and optional columns.
    var options: ExportOptions { get set }
    init()
    /// The text for `pairs`, and what was written, left out or cleaned.
    func write(_ pairs: [AlignedPair]) -> (text: String, statistics: ExportStatistics)
}

extension PairWriter {
    /// A writer with `options`.
    public init(options: ExportOptions) {
        self.init()
        self.options = options
    }
}
