import Bitext
import Foundation

/// Synthetic batch corpora for tests and benchmarks, cut from the UN documents and the bilingual seed.
///
/// Each document is a run of consecutive gold beads of a UN document (8 to 40 of them by default, so
/// both sides are true translations of each other), or, one time in 50, the mixed seed article. Deterministic:
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
        /// The gold alignment of a UN document, sentence ids 0-based in the document (one a line); empty
        /// for the seed.
        package var gold: [Bead] = []
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

    /// Documents holding about `pairs` sentence pairs in all, `beads` gold beads each (but the seed's).
    package func documents(pairs: Int, beads: ClosedRange<Int> = 8...40) -> [Document] {
        var documents: [Document] = []
        generate(pairs: pairs, beads: beads) { documents.append($0) }
        return documents
    }

    /// Makes documents holding about `pairs` sentence pairs in all, one at a time.
    package func generate<E: Error>(
        pairs: Int, beads: ClosedRange<Int> = 8...40, _ body: (Document) throws(E) -> Void
    ) throws(E) {
        var count = 0
        var total = 0
        var cursor = (source: 0, bead: 0)
        while total < pairs {
            let id = "doc\(count)"
            if count % 50 == 49 {
                try body(Document(id: id, text: seed, pairs: 16))
                count += 1
                total += 16
                continue
            }
            let source = sources[cursor.source]
            let size = min(
                beads.lowerBound + (count * 7) % beads.count, source.beads.count - cursor.bead, max(1, pairs - total))
            let beads = source.beads[cursor.bead..<(cursor.bead + size)]
            let chinese = beads.flatMap(\.chinese).map { source.chinese[$0] }.joined(separator: "\n")
            let english = beads.flatMap(\.english).map { source.english[$0] }.joined(separator: "\n")
            cursor.bead += size
            if cursor.bead >= source.beads.count { cursor = ((cursor.source + 1) % sources.count, 0) }
            // A run of one-sided beads (a document's tail) or of extraction noise (`H M,0,0,`) makes no document.
            guard !english.isEmpty, Self.isMostlyHan(chinese) else { continue }
            try body(
                Document(
                    id: id, chinese: chinese + "\n", english: english + "\n", pairs: size,
                    gold: Self.renumbered(beads)))
            count += 1
            total += size
        }
    }

    /// Writes documents of about `pairs` pairs in all under `folder`; see `writeFiles(_:to:)`.
    @discardableResult
    package func writeFiles(pairs: Int, to folder: String) throws -> String {
        let writer = try Writer(folder: folder)
        try generate(pairs: pairs) { try writer.add($0) }
        return try writer.finish()
    }

    /// Writes `documents` under `folder` as files (`zh/N/ID.zh`, `en/N/ID.en`, `mixed/N/ID.txt`, a thousand
    /// documents a subfolder N) with a manifest `manifest.tsv` of relative paths; returns the manifest's path.
    @discardableResult
    package static func writeFiles(_ documents: [Document], to folder: String) throws -> String {
        let writer = try Writer(folder: folder)
        for document in documents { try writer.add(document) }
        return try writer.finish()
    }

    private final class Writer {
        let folder: String
        var manifest: String
        var count = 0
        var subfolders: Set<String> = []

        init(folder: String) throws {
            self.folder = folder
            manifest = "# bitext batch corpus\n"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }

        func add(_ document: Document) throws {
            var paths: [String] = []
            for (side, text, ext) in [
                ("zh", document.chinese, "zh"), ("en", document.english, "en"), ("mixed", document.text, "txt"),
            ] {
                guard let text else { continue }
                let subfolder = "\(side)/\(count / 1000)"
                if subfolders.insert(subfolder).inserted {
                    try FileManager.default.createDirectory(
                        atPath: folder + "/" + subfolder, withIntermediateDirectories: true)
                }
                let relative = "\(subfolder)/\(document.id).\(ext)"
                try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + relative))
                paths.append(relative)
            }
            manifest += ([document.id] + paths).joined(separator: "\t") + "\n"
            count += 1
        }

        func finish() throws -> String {
            let path = folder + "/manifest.tsv"
            try Data(manifest.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    /// `beads` with their sentence ids counted from 0 in order on each side: the document's own line numbers.
    private static func renumbered(_ beads: some Collection<Bead>) -> [Bead] {
        var next = (chinese: 0, english: 0)
        return beads.map { bead in
            defer { next = (next.chinese + bead.chinese.count, next.english + bead.english.count) }
            return Bead(
                chinese: Array(next.chinese..<(next.chinese + bead.chinese.count)),
                english: Array(next.english..<(next.english + bead.english.count)))
        }
    }

    private static func isMostlyHan(_ text: String) -> Bool {
        var han = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            if (0x4E00...0x9FFF).contains(scalar.value) {
                han += 1
            } else if scalar.isASCII, scalar.properties.isAlphabetic {
                latin += 1
            }
        }
        return han > latin
    }

    /// `documents` as the JSON lines `bitext batch --jsonl` reads.
    package static func jsonLines(_ documents: [Document]) -> String {
        var out = ""
        for document in documents {
            out += "{\"id\":\(JSONLFormat.string(document.id))"
            if let text = document.text {
                out += ",\"text\":\(JSONLFormat.string(text))"
            } else {
                out +=
                    ",\"zh\":\(JSONLFormat.string(document.chinese ?? "")),\"en\":\(JSONLFormat.string(document.english ?? ""))"
            }
            out += "}\n"
        }
        return out
    }
}
