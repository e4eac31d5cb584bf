import Foundation

extension ExportFormat {
    /// The files the format writes for `pairs`: one with suffix `""`, or `.zh` and `.en` for Moses.
    public func write(_ pairs: [AlignedPair], options: ExportOptions) -> (
        files: [(suffix: String, text: String)], statistics: ExportStatistics
    ) {
        let writer: any PairWriter.Type
        switch self {
        case .tmx: writer = TMXWriter.self
        case .tsv: writer = TSVFormat.self
        case .jsonl: writer = JSONLFormat.self
        case .beads: writer = BeadWriter.self
        case .moses:
            let (chinese, english, statistics) = MosesWriter(options: options).write(pairs)
            return ([(".zh", chinese), (".en", english)], statistics)
        }
        let (text, statistics) = writer.init(options: options).write(pairs)
        return ([("", text)], statistics)
    }

    /// The pairs in `data`, read as this format, and what reading left out or changed, one line each for
    /// standard error (`TMXReader.Result.warnings`).
    public func read(_ data: Data, file: String = "-", options: ExportOptions = ExportOptions()) throws(ExportError)
        -> (pairs: [AlignedPair], warnings: [String])
    {
        switch self {
        case .tmx:
            let result = try TMXReader(file: file).read(data)
            return (result.pairs, result.warnings)
        case .tsv:
            return (try TSVFormat(options: options).read(data, file: file), [])
        case .jsonl:
            return (try JSONLFormat().read(data, file: file), [])
        case .beads, .moses:
            throw ExportError(file: file, message: "cannot read \(rawValue) files: read tmx, tsv or jsonl")
        }
    }
}
