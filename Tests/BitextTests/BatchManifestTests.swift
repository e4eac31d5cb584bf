import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

@Suite struct BatchManifestTests {
    @Test func readsBothKindsOfLineAndResolvesRelativePaths() throws {
        let text = """
            # a comment, then a blank line

            a\tzh/a.txt\ten/a.txt
            b\t/abs/b.txt\r
              c \t mixed/c.txt
            """
        let entries = Manifest.entries(text: text, name: "/data/corpus.tsv")
        #expect(
            try entries.map { try $0.get() } == [
                BatchDocument(
                    id: "a", source: .files(chinese: "/data/zh/a.txt", english: "/data/en/a.txt"),
                    origin: "/data/corpus.tsv:3"),
                BatchDocument(id: "b", source: .file("/abs/b.txt"), origin: "/data/corpus.tsv:4"),
                BatchDocument(id: "c", source: .file("/data/mixed/c.txt"), origin: "/data/corpus.tsv:5"),
            ])
    }

    @Test(arguments: [
        ("a b c", "m.tsv:1: no tab: expected id<TAB>zh-path<TAB>en-path or id<TAB>mixed-path"),
        ("a\tb\tc\t0.5\te", "m.tsv:1: 5 fields: expected id<TAB>zh-path<TAB>en-path or id<TAB>mixed-path"),
        ("\tzh.txt\ten.txt", "m.tsv:1: empty id"),
        ("a\t\ten.txt", "m.tsv:1: empty path for 'a'"),
        ("a\tx.txt\n#\na\ty.txt", "m.tsv:3: duplicate id 'a' (first on line 1)"),
    ])
    func reportsBadLinesWithTheirLineNumber(text: String, message: String) {
        let problems = Manifest.entries(text: text, name: "m.tsv").compactMap { entry -> String? in
            guard case .failure(let error) = entry else { return nil }
            return error.description
        }
        #expect(problems == [message])
    }

    /// Read from a file a line at a time: the entries, in order, bad lines in their place, and the count.
    @Test func readsAFileLineByLine() throws {
        let folder = try TemporaryFolder("manifest")
        defer { folder.remove() }
        let path = folder.path("m.tsv")
        try Data("a\ta.txt\r\nbroken\n\n# note\nb\tb.txt".utf8).write(to: URL(fileURLWithPath: path))
        let manifest = try Manifest(path: path)
        #expect(manifest.count == 3)
        let entries = Array(manifest)
        #expect(try entries[0].get().id == "a")
        #expect(
            throws: BatchError(
                file: path, line: 2, message: "no tab: expected id<TAB>zh-path<TAB>en-path or id<TAB>mixed-path")
        ) {
            try entries[1].get()
        }
        #expect(
            try entries[2].get()
                == BatchDocument(id: "b", source: .file(folder.path + "/b.txt"), origin: "\(path):5"))
    }

    @Test func aMissingManifestNamesTheFile() {
        #expect(throws: BatchError(file: "/nonexistent/m.tsv", message: "no such file or directory")) {
            try Manifest(path: "/nonexistent/m.tsv")
        }
    }
}
