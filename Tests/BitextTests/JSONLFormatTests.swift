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

    /// The hand-written encoder writes what JSONEncoder with sorted keys would, but for the keys it
    /// writes as `null` (JSONEncoder leaves them out) and the fraction of integral confidences.
    @Test func agreesWithJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let pairs = ExportFixtures.pairs + [ExportFixtures.hostile]
        let lines = JSONLFormat().write(pairs).text.split(separator: "\n").map(String.init)
        for (pair, line) in zip(pairs, lines) {
            let expected = try encoder.encode(JSONLFormat.Record(pair))
            var decoded = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            decoded = decoded.filter { !($0.value is NSNull) }
            #expect(
                NSDictionary(dictionary: decoded)
                    == (try JSONSerialization.jsonObject(with: expected) as? NSDictionary))
        }
    }

    @Test(arguments: [
        (1.0, "1.0"), (0, "0.0"), (0.8125, "0.8125"), (0.1, "0.1"), (Double.nan, "0.0"), (1e-5, "1e-05"),
    ])
    func confidencesAlwaysHaveAFraction(value: Double, text: String) {
        #expect(JSONLFormat.fraction(value) == text)
    }

    /// Real output (seed 004 and a UN document, aligned) against the JSON Schema in docs/: every key on
    /// every line, of one type, so that tools inferring a schema read many files as one table.
    @Test func realOutputFollowsTheDocumentedSchema() throws {
        let root = repositoryRoot
        let schemaData = try Data(contentsOf: root.appendingPathComponent("docs/jsonl.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        let required = Set(try #require(schema["required"] as? [String]))
        #expect(required == Set(properties.keys))
        let seed = try Pipeline().align(.file(root.appendingPathComponent("seeds/004_b1f2f82659ca7572.txt").path))
        let base = root.appendingPathComponent("fixtures/un-zh-en/UN19930101_020").path
        let un = try Pipeline(presegmented: true).align(.files(chinese: base + ".zh", english: base + ".en"))
        let text = JSONLFormat().write(seed.pairs + un.pairs).text
        var confidenceTypes: Set<String> = []
        for line in text.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == required, "\(line)")
            for (key, value) in object {
                let types = (properties[key]?["type"] as? [String]) ?? [(properties[key]?["type"] as? String) ?? ""]
                #expect(types.contains { Self.value(value, is: $0) }, "\(key): \(value) is not \(types)")
                if let allowed = (properties[key]?["items"] as? [String: Any])?["enum"] as? [String] {
                    #expect((value as? [String] ?? []).allSatisfy(allowed.contains), "\(key): \(value)")
                }
            }
            // The confidence is written with a fraction on every line (no column of mixed 1 and 0.93).
            let raw = line.split(separator: ",").first ?? ""
            confidenceTypes.insert(raw.contains(".") ? "fraction" : "integer")
        }
        #expect(confidenceTypes == ["fraction"])
    }

    /// Whether a JSONSerialization value is of JSON Schema type `type`.
    static func value(_ value: Any, is type: String) -> Bool {
        switch type {
        case "null": value is NSNull
        case "boolean": value is Bool
        case "integer": (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": value is NSNumber
        case "string": value is String
        case "array": value is [Any]
        default: false
        }
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
