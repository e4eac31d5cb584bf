import Foundation

/// Synthetic batch corpora for tests and benchmarks, cut from the UN documents and the bilingual seed.
///
/// Each document is a run of consecutive gold beads of a UN document (8 to 40 of them, so both sides
/// are true translations of each other), or, one time in 50, the mixed seed article. Deterministic:
/// the same size always gives the same documents.
package struct BatchCorpus: Sendable {
    /// A generated document: `zh` and `en` texts, or one mixed `text`, and about how many pairs it holds.
    package struct Document: Sendable, Hashable {
        package var id: String
        package var chinese: String?
        package var english: String?
        package var text: String?
        /// Gold beads (the UN documents) or paragraphs (the seed): about the pairs it aligns into.
        package var pairs: Int
    }

    private struct Source: Sendable {
        var chinese: [Substring]
        var english: [Substring]
        var beads: [Bead]
    }

    private let sources: [Source]
    private let seed: String

    /// Loads the UN documents (`fixtures/un-zh-en`) and the seed article under repository `root`.
    package init(root: String) throws(BatchError) {
        func text(_ path: String) throws(BatchError) -> String {
            String(decoding: try Manifest.contents(of: (root as NSString).appendingPathComponent(path)), as: UTF8.self)
        }
        var sources: [Source] = []
        for name in ["UN19930101_020", "UN19990209_010"] {
            let chinese = try text("fixtures/un-zh-en/\(name).zh")
            let english = try text("fixtures/un-zh-en/\(name).en")
            let gold = try text("fixtures/un-zh-en/\(name).gold")
            sources.append(
                Source(
                    chinese: chinese.split(separator: "\n", omittingEmptySubsequences: false),
                    english: english.split(separator: "\n", omittingEmptySubsequences: false),
                    beads: gold.split(separator: "\n").compactMap { Bead(notation: $0) }))
        }
        self.sources = sources
        seed = try text("seeds/004_b1f2f82659ca7572.txt")
    }

    /// Documents holding about `pairs` sentence pairs in all.
    package func documents(pairs: Int) -> [Document] {
        var documents: [Document] = []
        var total = 0
        var cursor = (source: 0, bead: 0)
        while total < pairs {
            let number = documents.count
            let id = "doc\(number)"
            if number % 50 == 49 {
                documents.append(Document(id: id, text: seed, pairs: 16))
                total += 16
                continue
            }
            let source = sources[cursor.source]
            let size = min(8 + (number * 7) % 33, source.beads.count - cursor.bead, max(1, pairs - total))
            let beads = source.beads[cursor.bead..<(cursor.bead + size)]
            let chinese = beads.flatMap(\.chinese).map { source.chinese[$0] }.joined(separator: "\n")
            let english = beads.flatMap(\.english).map { source.english[$0] }.joined(separator: "\n")
            cursor.bead += size
            if cursor.bead >= source.beads.count { cursor = ((cursor.source + 1) % sources.count, 0) }
            // A run of one-sided beads (a document's tail) makes no document.
            guard !chinese.isEmpty, !english.isEmpty else { continue }
            documents.append(Document(id: id, chinese: chinese + "\n", english: english + "\n", pairs: size))
            total += size
        }
        return documents
    }

    /// Writes `documents` under `folder` as files (`zh/N/ID.zh`, `en/N/ID.en`, `mixed/N/ID.txt`) with a
    /// manifest `manifest.tsv` of relative paths; returns the manifest's path.
    @discardableResult
    package static func writeFiles(_ documents: [Document], to folder: String) throws -> String {
        let manager = FileManager.default
        var manifest = "# bitext batch corpus: \(documents.count) documents\n"
        for (index, document) in documents.enumerated() {
            let bucket = String(index / 1000)
            var paths: [String] = []
            for (side, text, ext) in [
                ("zh", document.chinese, "zh"), ("en", document.english, "en"), ("mixed", document.text, "txt"),
            ] {
                guard let text else { continue }
                let relative = "\(side)/\(bucket)/\(document.id).\(ext)"
                let path = (folder as NSString).appendingPathComponent(relative)
                try manager.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                paths.append(relative)
            }
            manifest += ([document.id] + paths).joined(separator: "\t") + "\n"
        }
        let path = (folder as NSString).appendingPathComponent("manifest.tsv")
        try Data(manifest.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// `documents` as the JSON lines `bitext batch --jsonl` reads.
    package static func jsonLines(_ documents: [Document]) -> String {
        var out = ""
        for document in documents {
            out += "{\"id\":\(BatchFormat.json(document.id))"
            if let text = document.text {
                out += ",\"text\":\(BatchFormat.json(text))"
            } else {
                out +=
                    ",\"zh\":\(BatchFormat.json(document.chinese ?? "")),\"en\":\(BatchFormat.json(document.english ?? ""))"
            }
            out += "}\n"
        }
        return out
    }
}
