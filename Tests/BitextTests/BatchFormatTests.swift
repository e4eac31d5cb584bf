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

    @Test func jsonlKeepsEveryPairWithSortedKeys() {
        let text = String(decoding: BatchFormat.jsonl.encode(pairs, document: "d"), as: UTF8.self)
        #expect(
            text == #"""
                {"bead":"1-2","confidence":0.75,"crossing":false,"document":"d","en":"A \"b\"\tc\r\nd\\","en_ids":[0,1],"flags":[],"zh":"「甲」<乙>&\u0001丙","zh_ids":[0]}
                {"bead":"0-1","confidence":0,"crossing":false,"document":"d","en":"Left over.","en_ids":[2],"flags":[],"zh":"","zh_ids":[]}

                """#)
    }

    @Test func tsvTurnsBreaksIntoSpaces() {
        let text = String(decoding: BatchFormat.tsv.encode(pairs, document: "d"), as: UTF8.self)
        #expect(text == "「甲」<乙>&\u{1}丙\tA \"b\" c d\\\n")
    }

    @Test(arguments: [("out.tmx", BatchFormat.tmx), ("a/b.TSV", .tsv), ("x.jsonl", .jsonl), ("beads.d/x", nil)])
    func formatFromTheOutputName(path: String, format: BatchFormat?) {
        #expect(BatchFormat(path: path) == format)
    }
}
