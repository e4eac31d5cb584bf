import Testing

@testable import Bitext

@Suite struct BatchFormatTests {
    private let pairs = [
        AlignedPair(
            bead: Bead(chinese: [0], english: [0, 1]), chinese: "「甲」<乙>&\u{1}丙", english: "A \"b\"\tc\r\nd\\",
            confidence: 0.75),
        AlignedPair(bead: Bead(chinese: [], english: [2]), chinese: "", english: "Left over.", confidence: 0),
    ]

    /// Re-recorded when the batch took `TMXWriter`'s units: CR is now `&#13;` (as `align --tmx` writes it,
    /// so XML line-end normalisation gives the text back), where it was written raw before.
    @Test func tmxEscapesAndLeavesOutOneSidedPairs() {
        let text = String(decoding: BatchFormat.tmx.encode(pairs, document: "a&b"), as: UTF8.self)
        #expect(
            text == """
                    <tu tuid="a&amp;b-1">
                      <prop type="x-document">a&amp;b</prop>
                      <prop type="x-bead">[0]:[0, 1]</prop>
                      <prop type="x-confidence">0.75</prop>
                      <tuv xml:lang="zh-Hant"><seg>「甲」&lt;乙&gt;&amp;丙</seg></tuv>
                      <tuv xml:lang="en"><seg>A "b"\tc&#13;\nd\\</seg></tuv>
                    </tu>

                """)
    }

    /// A batch's TMX units are `align --tmx`'s (`TMXWriter.write`) byte for byte, but for their `tuid`s;
    /// `--zh-tag` reaches the units and the header.
    @Test func tmxUnitsAreTheTMXWriters() throws {
        let document = pairs.map { pair in
            var pair = pair
            pair.document = "d"
            return pair
        }
        func body(_ text: String) -> String {
            text.replacing(/tuid="[^"]*"/, with: "tuid=\"\"")
        }
        var export = ExportOptions()
        export.chineseTag = "zh-TW"
        export.keepOneSided = true
        let whole = TMXWriter(options: export).write(document).text
        let start = try #require(whole.range(of: "  <body>\n")).upperBound
        let end = try #require(whole.range(of: "  </body>")).lowerBound
        let batch = String(decoding: BatchFormat.tmx.encode(pairs, document: "d", export: export), as: UTF8.self)
        #expect(body(batch) == body(String(whole[start..<end])))
        #expect(batch.contains(#"<tu tuid="d-2">"#))
        #expect(batch.contains(#"<tuv xml:lang="zh-TW">"#))
        #expect(BatchFormat.tmx.header(export).contains(#"srclang="zh-TW""#))
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
