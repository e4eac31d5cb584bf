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
