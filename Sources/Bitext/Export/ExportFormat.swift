/// A file format Bitext writes aligned pairs in.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// TMX 1.4b translation memory.
    case tmx
    /// Tab-separated values: one pair a line.
    case tsv
    /// JSON Lines: one pair an object, with everything the aligner knows.
    case jsonl
    /// Bead notation (Vecalign): `[0, 1]:[2]`, one bead a line.
    case beads
    /// Line-aligned plain text files `PREFIX.zh` and `PREFIX.en` (Moses, sacrebleu, fairseq).
    case moses

    /// The format a file name's extension names (`.tmx`, `.tsv`, `.tab`, `.jsonl`, `.ndjson`, `.json`, `.beads`,
    /// `.gold`), or nil; a final `.gz` is passed over (`pairs.tsv.gz` is TSV, gzipped).
    public init?(path: String) {
        let path = Gzip.withoutExtension(path)
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "tmx": self = .tmx
        case "tsv", "tab": self = .tsv
        case "jsonl", "ndjson", "json": self = .jsonl
        case "beads", "gold", "bead": self = .beads
        default: return nil
        }
    }

    /// The format `data` looks like: XML (UTF-8 or UTF-16) is TMX, a `{` line is JSONL, a bead line is
    /// beads, anything else TSV.
    public init(content data: some Collection<UInt8>) {
        var bytes = data.prefix(4096)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        bytes = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.first == UInt8(ascii: "<") {
            self = .tmx
        } else if bytes.first == UInt8(ascii: "{") {
            self = .jsonl
        } else {
            let line = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
            self = !line.contains("\t") && Bead(notation: line) != nil ? .beads : .tsv
        }
    }

    /// Whether `bitext convert` can read the format.
    public var isReadable: Bool { self == .tmx || self == .tsv || self == .jsonl }
}
