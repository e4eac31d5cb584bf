/// What a batch writes: one TMX, TSV or JSONL file for all documents, or a folder of bead files.
package enum BatchFormat: String, Sendable, Hashable, CaseIterable {
    case tmx
    case tsv
    case jsonl
    /// A folder with one `ID.beads` file a document.
    case beads

    /// The format an output path names by its extension (`.tmx`, `.tsv`, `.jsonl`); nil otherwise.
    package init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "tmx": self = .tmx
        case "tsv", "tab": self = .tsv
        case "jsonl", "ndjson": self = .jsonl
        case "beads": self = .beads
        default: return nil
        }
    }

    /// Whether the output is a folder of files, one a document, rather than one file.
    package var isFolder: Bool { self == .beads }
}
