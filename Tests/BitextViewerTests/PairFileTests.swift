import Bitext
import Foundation
import Testing

@testable import BitextViewer

@Suite struct PairFileTests {
    @Test(arguments: [
        ("a/004.jsonl", ExportFormat.jsonl), ("x.TSV", .tsv), ("x.tmx", .tmx), ("seed.txt", nil), ("article", nil),
        ("004.beads", nil),
    ])
    func theFormatComesFromTheName(path: String, format: ExportFormat?) {
        #expect(PairFile(path: path).format == format)
    }

    @Test func anArticleIsAlignedOnOpeningAndSavedBesideIt() throws {
        let path = Golden.repository.appendingPathComponent("seeds/004_b1f2f82659ca7572.txt").path
        let viewer = Viewer(path: path)
        #expect(viewer.target.path.hasSuffix("seeds/004_b1f2f82659ca7572.jsonl"))
        #expect(viewer.target.format == .jsonl)
        let pairs = try viewer.file.load()
        #expect(pairs.contains { $0.chinese == "習近平同俄羅斯總統普京通電話" })
        #expect(
            pairs.contains {
                $0.english
                    == "He made the remarks when having a phone conversation with Russian President Vladimir Putin at the latter's request."
            })
        #expect(viewer.initialState(pairs).fileName == "004_b1f2f82659ca7572.txt → 004_b1f2f82659ca7572.jsonl")
    }

    @Test func aMissingFileSaysSo() {
        #expect(throws: ViewerError.unreadable(path: "/nonexistent/004.jsonl", reason: "no such file")) {
            try PairFile(path: "/nonexistent/004.jsonl").load()
        }
    }

    @Test func savingReplacesTheFileWhole() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("viewer-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = PairFile(path: directory.appendingPathComponent("pairs.jsonl").path)
        let pairs = try Golden.seed004()
        try file.save(pairs)
        try file.save(Array(pairs.prefix(2)))
        #expect(try file.load() == Array(pairs.prefix(2)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["pairs.jsonl"])
    }
}

extension PairFileTests {
    @Test(arguments: ["pairs.tsv", "pairs.tmx", "pairs.jsonl"])
    func savedFilesReadBackInTheirFormat(name: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("viewer-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = PairFile(path: directory.appendingPathComponent(name).path)
        // TMX holds two-sided pairs only.
        let pairs = try Golden.seed004().filter { !$0.isOneSided }
        try file.save(pairs)
        let read = try file.load()
        #expect(read.map(\.chinese) == pairs.map(\.chinese))
        #expect(read.map(\.english) == pairs.map(\.english))
    }
}
