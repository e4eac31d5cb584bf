import Testing

@testable import Bitext

@Suite struct BatchFormatTests {
    private let pairs = [
        AlignedPair(
            bead: Bead(chinese: [0], english: [0, 1]), chinese: "「甲」<乙>&\u{1}丙", english: "A \"b\"\tc\r\nd\\",
            confidence: 0.75),
        AlignedPair(bead: Bead(chinese: [], english: [2]), chinese: "", english: "Left over.", confidence: 0),
    ]

    @Test func tmxEscapesAndLeavesOutOneSidedPairs() {
        let text = String(decoding: BatchFormat.tmx.encode(pairs, document: "a&b"), as: UTF8.self)
        #expect(
            text == """
                    <tu tuid="a&amp;b-1">
                      <prop type="x-document">a&amp;b</prop>
                      <prop type="x-bead">[0]:[0, 1]</prop>
                      <prop type="x-confidence">0.75</prop>
                      <tuv xml:lang="zh-Hant"><seg>「甲」&lt;乙&gt;&amp;丙</seg></tuv>
                      <tuv xml:lang="en"><seg>A "b"\tc\r\nd\\</seg></tuv>
                    </tu>

                """)
    }

    /// JSONL, TSV and beads are the export writers' bytes, so a batch file reads back with `bitext convert`.
    @Test func otherFormatsAreTheExportWriters() {
        #expect(BatchFormat.jsonl.encode(pairs, document: "d") == Array(JSONLFormat().write(pairs).text.utf8))
        #expect(BatchFormat.tsv.encode(pairs, document: "d") == Array(TSVFormat().write(pairs).text.utf8))
        #expect(BatchFormat.beads.encode(pairs, document: "d") == Array(BeadWriter().write(pairs).text.utf8))
    }

    @Test func errorRecordsAreJSON() {
        let record = BatchFormat.errorRecord(document: nil, message: "stdin:2: \"x\"\tnot valid")
        #expect(
            String(decoding: record, as: UTF8.self) == #"{"document":null,"error":"stdin:2: \"x\"\tnot valid"}"# + "\n")
    }

    @Test(arguments: [("out.tmx", BatchFormat.tmx), ("a/b.TSV", .tsv), ("x.jsonl", .jsonl), ("beads.d/x", nil)])
    func formatFromTheOutputName(path: String, format: BatchFormat?) {
        #expect(BatchFormat(path: path) == format)
    }
}
