import Bitext
import Foundation

/// The gold-aligned development documents under `fixtures/`: two UN documents, a Sinorama magazine
/// article, a day of Hong Kong Hansard (one sentence a line) and seed 004 (a mixed article).
package struct DevelopmentDocuments: Sendable {
    /// One document: how to read it and its gold beads.
    package struct Document: Sendable {
        package var name: String
        package var input: AlignmentInput
        package var presegmented: Bool
        package var gold: [Bead]

        /// The sentences of a presegmented document, one a line, as its files hold them.
        package func lines() throws -> (chinese: [Substring], english: [Substring]) {
            guard presegmented, case .files(let chinese, let english) = input else {
                throw CocoaError(.fileReadUnsupportedScheme)
            }
            func lines(_ path: String) throws -> [Substring] {
                var lines = try String(contentsOfFile: path, encoding: .utf8).split(
                    separator: "\n", omittingEmptySubsequences: false)
                if lines.last == "" { lines.removeLast() }
                return lines
            }
            return (try lines(chinese), try lines(english))
        }
    }

    package var documents: [Document]

    /// The documents' names, in the order tables list them.
    package static let names = ["UN19930101_020", "UN19990209_010", "198706005", "890621", "seed004"]

    /// Loads the documents under repository `root`.
    package init(root: String) throws {
        func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }
        var documents: [Document] = []
        for (folder, name) in [
            ("un-zh-en", "UN19930101_020"), ("un-zh-en", "UN19990209_010"),
            ("sinorama-hansard-zh-en", "198706005"), ("sinorama-hansard-zh-en", "890621"),
        ] {
            let base = path("fixtures/\(folder)/\(name)")
            documents.append(
                Document(
                    name: name, input: .files(chinese: base + ".zh", english: base + ".en"), presegmented: true,
                    gold: try BeadFile.read(base + ".gold")))
        }
        documents.append(
            Document(
                name: "seed004", input: .file(path("seeds/004_b1f2f82659ca7572.txt")), presegmented: false,
                gold: try BeadFile.read(path("fixtures/gold/004_b1f2f82659ca7572.gold"))))
        self.documents = documents
    }

    /// The repository root: the folder above `Tests/` of this source file.
    package static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// `document` aligned with `options`.
    package static func align(_ document: Document, options: Bitext.AlignmentOptions) throws -> AlignedDocument {
        try Pipeline(alignment: options, presegmented: document.presegmented).align(document.input)
    }

    /// Strict and lax F1 of `pairs` against `document`'s gold.
    package static func score(_ pairs: [AlignedPair], against document: Document) -> AlignmentScore {
        AlignmentScore(gold: [document.gold], system: [pairs.map(\.bead)])
    }
}
