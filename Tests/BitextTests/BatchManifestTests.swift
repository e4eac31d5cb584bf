import Testing

@testable import Bitext

@Suite struct BatchManifestTests {
    @Test func readsBothKindsOfLineAndResolvesRelativePaths() {
        let text = """
            # a comment, then a blank line

            a\tzh/a.txt\ten/a.txt
            b\t/abs/b.txt\r
              c \t mixed/c.txt
            """
        let manifest = Manifest(text: text, name: "corpus.tsv", folder: "/data")
        #expect(manifest.problems.isEmpty)
        #expect(
            manifest.documents == [
                BatchDocument(
                    id: "a", source: .files(chinese: "/data/zh/a.txt", english: "/data/en/a.txt"),
                    origin: "corpus.tsv:3"),
                BatchDocument(id: "b", source: .file("/abs/b.txt"), origin: "corpus.tsv:4"),
                BatchDocument(id: "c", source: .file("/data/mixed/c.txt"), origin: "corpus.tsv:5"),
            ])
    }

    @Test(arguments: [
        ("a b c", "m.tsv:1: no tab: expected id<TAB>zh-path<TAB>en-path or id<TAB>mixed-path"),
        ("a\tb\tc\td", "m.tsv:1: 4 fields: expected id<TAB>zh-path<TAB>en-path or id<TAB>mixed-path"),
        ("\tzh.txt\ten.txt", "m.tsv:1: empty id"),
        ("a\t\ten.txt", "m.tsv:1: empty path for 'a'"),
        ("a\tx.txt\n#\na\ty.txt", "m.tsv:3: duplicate id 'a' (first on line 1)"),
    ])
    func reportsBadLinesWithTheirLineNumber(text: String, message: String) {
        let manifest = Manifest(text: text, name: "m.tsv", folder: "")
        #expect(manifest.problems.map(\.description) == [message])
    }

    @Test func keepsTheGoodLinesAroundABadOne() {
        let manifest = Manifest(text: "a\ta.txt\nbroken\nb\tb.txt\n", name: "m.tsv", folder: "")
        #expect(manifest.documents.map(\.id) == ["a", "b"])
        #expect(manifest.problems.map(\.line) == [2])
    }

    @Test func aMissingManifestNamesTheFile() {
        #expect(throws: BatchError(file: "/nonexistent/m.tsv", message: "no such file or directory")) {
            try Manifest(path: "/nonexistent/m.tsv")
        }
    }
}
