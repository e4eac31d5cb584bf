import Bitext
import BitextTestSupport
import Foundation
import Testing

@testable import BitextViewer

@Suite struct PairFileTests {
    @Test(arguments: [
        ("a/004.jsonl", ExportFormat.jsonl), ("x.TSV", .tsv), ("x.tmx", .tmx), ("seed.txt", nil), ("article", nil),
        ("004.beads", nil), ("x.tsv.gz", .tsv), ("seed.txt.gz", nil),
    ])
    func theFormatComesFromTheName(path: String, format: ExportFormat?) {
        #expect(PairFile(path: path).format == format)
    }

    @Test(arguments: ["out.csv", "out", "out.beads", "out.txt", "dir.jsonl/out"])
    func aSaveTargetOfNoFormatTheViewerWritesIsRefused(path: String) {
        #expect(throws: ViewerError.unknownSaveFormat(path: path)) { try Viewer.checkSaveTarget(path) }
    }

    @Test(arguments: ["out.jsonl", "out.TSV", "a/out.tmx", "out.tsv.gz", "out.ndjson"])
    func aSaveTargetOfAFormatTheViewerWritesIsTaken(path: String) throws {
        try Viewer.checkSaveTarget(path)
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

    @Test func anArticleWithASavedReviewOpensTheReview() throws {
        let directory = try TemporaryFolder("viewer")
        defer { directory.remove() }
        let article = directory.path("art.txt")
        let review = directory.path("art.jsonl")
        try "習近平。\nXi.\n".write(toFile: article, atomically: true, encoding: .utf8)
        #expect(Viewer(path: article).file.path == article)
        let seed = try Data(contentsOf: Golden.directory.appendingPathComponent("004.jsonl"))
        try seed.write(to: URL(fileURLWithPath: review))
        let viewer = Viewer(path: article)
        #expect(viewer.file.path == review)
        #expect(viewer.target.path == review)
        let state = viewer.initialState(try viewer.file.load())
        #expect(state.fileName == "art.jsonl")
        #expect(state.message == "opened the saved review art.jsonl, not a new alignment of art.txt · ? for the keys")
        // --save-as still aligns the article.
        #expect(Viewer(path: article, saveAs: review).file.path == article)
    }

    @Test(arguments: [("a/004.txt", "a/004.jsonl"), ("004.txt.gz", "004.jsonl"), ("article.gz", "article.jsonl")])
    func anArticleIsSavedBesideItAsJSONL(path: String, target: String) {
        #expect(Viewer(path: path).target.path == target)
    }

    @Test func aMissingFileSaysSo() {
        #expect(throws: ViewerError.unreadable(path: "/nonexistent/004.jsonl", reason: "no such file")) {
            try PairFile(path: "/nonexistent/004.jsonl").load()
        }
    }

    @Test func savingReplacesTheFileWhole() throws {
        let directory = try TemporaryFolder("viewer")
        defer { directory.remove() }
        let file = PairFile(path: directory.path("pairs.jsonl"))
        let pairs = try Golden.seed004()
        try file.save(pairs)
        try file.save(Array(pairs.prefix(2)))
        #expect(try file.load() == Array(pairs.prefix(2)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["pairs.jsonl"])
    }
}

extension PairFileTests {
    @Test(arguments: ["pairs.tsv", "pairs.tmx", "pairs.jsonl", "pairs.tsv.gz", "pairs.tmx.gz", "pairs.jsonl.gz"])
    func savedFilesReadBackInTheirFormat(name: String) throws {
        let directory = try TemporaryFolder("viewer")
        defer { directory.remove() }
        let file = PairFile(path: directory.path(name))
        // TMX holds two-sided pairs only.
        let pairs = try Golden.seed004().filter { !$0.isOneSided }
        try file.save(pairs)
        let gzipped = try Data(contentsOf: URL(fileURLWithPath: file.path)).starts(with: [0x1F, 0x8B])
        #expect(gzipped == name.hasSuffix(".gz"))
        let read = try file.load()
        #expect(read.map(\.chinese) == pairs.map(\.chinese))
        #expect(read.map(\.english) == pairs.map(\.english))
    }
}

/// Saving keeps every column the file had: TSV's header, column order and confidence, TMX's language
/// tags and one-sided units.
extension PairFileTests {
    @Test(arguments: [
        "一\tone\t0.900\n二\ttwo\t0.250\n", "en\tzh\tconfidence\none\t一\t0.900\ntwo\t\t0.250\n", "一\tone\n二\ttwo\n",
        "zh\ten\n一\tone\n",
    ])
    func aTSVKeepsItsColumns(text: String) throws {
        let directory = try TemporaryFolder("viewer")
        defer { directory.remove() }
        let url = directory.url.appendingPathComponent("pairs.tsv")
        try Data(text.utf8).write(to: url)
        let file = PairFile(path: url.path)
        let opened = try file.open()
        try file.save(opened.pairs, layout: opened.layout)
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }

    /// Columns and keys Bitext does not write are kept on the pairs left whole (a merged or split
    /// pair is written as the file's layout says: a TSV's other columns empty, JSONL's own keys only).
    @Test(arguments: [
        (
            "pairs.tsv", "en\tzh\tconfidence\tnote\none\t一\t0.7\tcheck\ntwo\t二\t0.25\t\nthree\t三\t1\tok\n",
            "en\tzh\tconfidence\tnote\none two\t一二\t0.250\t\nthree\t三\t1\tok\n"
        ),
        (
            "pairs.jsonl",
            #"{"id":"a1","zh":"一","en":"one","confidence":0.7,"reviewer_note":"check"}"# + "\n"
                + #"{"id":"a2","zh":"二","en":"two","confidence":0.25}"# + "\n\n"
                + #"{"id":"a3","zh":"三","en":"three","confidence":1}"# + "\n",
            #"{"confidence":0.25,"crossing":false,"document":"","en":"one two","en_ids":[0,1],"en_paragraph":null,"#
                + #""flags":[],"type":"2-2","zh":"一二","zh_ids":[0,1],"zh_paragraph":null}"# + "\n"
                + #"{"id":"a3","zh":"三","en":"three","confidence":1}"# + "\n"
        ),
    ])
    func untouchedPairsKeepWhatBitextDoesNotWrite(name: String, text: String, merged: String) throws {
        let directory = try TemporaryFolder("viewer")
        defer { directory.remove() }
        let url = directory.url.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        let file = PairFile(path: url.path)
        let opened = try file.open()
        var session = ReviewSession(pairs: opened.pairs)
        let save = { (session: ReviewSession) throws in
            _ = try file.save(
                session.pairs, layout: opened.layout, origins: session.entries.map(\.origin),
                verbatim: opened.verbatim)
        }
        try save(session)
        #expect(try String(contentsOf: url, encoding: .utf8) == text.replacingOccurrences(of: "\n\n", with: "\n"))
        try session.mergeWithNext()
        try save(session)
        #expect(try String(contentsOf: url, encoding: .utf8) == merged)
        try session.split(using: Segmenter())
        try save(session)
        #expect(try String(contentsOf: url, encoding: .utf8) == text.replacingOccurrences(of: "\n\n", with: "\n"))
    }

    @Test func aTMXKeepsItsTagsAndOneSidedUnits() throws {
        let directory = try TemporaryFolder("viewer")
        defer { directory.remove() }
        var options = ExportOptions()
        options.chineseTag = "zh-TW"
        options.englishTag = "en-GB"
        options.source = .english
        options.keepOneSided = true
        let pairs = try Golden.seed004()
        let url = directory.url.appendingPathComponent("pairs.tmx")
        try Data(TMXWriter(options: options).write(pairs).text.utf8).write(to: url)
        let file = PairFile(path: url.path)
        let opened = try file.open()
        #expect(opened.layout.chineseTag == "zh-TW")
        #expect(opened.layout.englishTag == "en-GB")
        #expect(opened.layout.source == .english)
        #expect(opened.layout.keepOneSided)
        try file.save(opened.pairs, layout: opened.layout)
        #expect(try file.load().count == pairs.count)
        #expect(try String(contentsOf: url, encoding: .utf8).contains(#"srclang="en-GB""#))
    }

    @Test func aBadFileIsMalformedInputAndAMissingOneUnreadable() throws {
        let directory = try TemporaryFolder("viewer")
        defer { directory.remove() }
        let bad = directory.url.appendingPathComponent("bad.tmx")
        try Data("<html/>".utf8).write(to: bad)
        #expect { try PairFile(path: bad.path).load() } throws: {
            guard case .export(let error) = $0 as? ViewerError else { return false }
            return error.kind == .malformedInput
        }
        #expect { try PairFile(path: directory.path("no.txt")).load() } throws: {
            guard case .pipeline(.read(let error)) = $0 as? ViewerError else { return false }
            return error.reason == .noSuchFile
        }
    }
}
