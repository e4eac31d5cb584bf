import Foundation
import Testing

@testable import Bitext

@Suite struct JSONLFormatTests {
    @Test func matchesGolden() throws {
        let (text, statistics) = JSONLFormat().write(ExportFixtures.pairs)
        try ExportFixtures.expectGolden(text, "fixtures/export/golden/sample.jsonl")
        #expect(statistics.written == 5)
    }

    @Test func roundTripsEverything() throws {
        let pairs = ExportFixtures.pairs + [ExportFixtures.hostile]
        let text = JSONLFormat().write(pairs).text
        #expect(text.split(separator: "\n").count == pairs.count)
        #expect(try JSONLFormat().read(Data(text.utf8)) == pairs)
    }

    /// The hand-written encoder writes what JSONEncoder with sorted keys would.
    @Test func agreesWithJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let pairs = ExportFixtures.pairs + [ExportFixtures.hostile]
        let lines = JSONLFormat().write(pairs).text.split(separator: "\n").map(String.init)
        for (pair, line) in zip(pairs, lines) {
            let expected = try encoder.encode(JSONLFormat.Record(pair))
            let decoded = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary
            #expect(decoded == (try JSONSerialization.jsonObject(with: expected) as? NSDictionary))
            if !pair.chinese.contains("\u{1}") { #expect(line == String(decoding: expected, as: UTF8.self)) }
        }
    }

    @Test(arguments: [(1.0, "1"), (0, "0"), (0.8125, "0.8125"), (0.1, "0.1"), (Double.nan, "0"), (1e-5, "1e-05")])
    func numbers(value: Double, text: String) {
        #expect(JSONLFormat.number(value) == text)
    }

    @Test func readsMinimalRecords() throws {
        let text = "{\"zh\":\"你好\",\"en\":\"Hello\"}\n\n{\"en\":\"Only English\",\"zh\":\"\"}\n"
        let pairs = try JSONLFormat().read(Data(text.utf8))
        #expect(
            pairs == [
                AlignedPair(bead: Bead(chinese: [0], english: [0]), chinese: "你好", english: "Hello"),
                AlignedPair(bead: Bead(chinese: [], english: [1]), chinese: "", english: "Only English"),
            ])
    }

    @Test(arguments: [
        ("{\"zh\":\"a\"}\n", "in.jsonl:1: missing key \"en\""),
        ("{\"zh\":\"a\",\"en\":\"b\"}\n{\"zh\":1,\"en\":\"b\"}\n", "in.jsonl:2: wrong type for \"zh\""),
        ("{\"zh\":\"a\",\"en\":\"b\",\"flags\":[\"odd\"]}\n", "in.jsonl:1: bad value for \"flags\"[0]"),
        ("zh\ten\n", "in.jsonl:1: not a JSON object"),
    ])
    func rejectsMalformed(text: String, message: String) {
        #expect {
            try JSONLFormat().read(Data(text.utf8), file: "in.jsonl")
        } throws: { error in
            (error as? ExportError)?.description == message
        }
    }
}
