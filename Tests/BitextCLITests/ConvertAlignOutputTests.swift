import BitextTestSupport
import Foundation
import Testing

/// `bitext align` writes through the shared output options.
@Suite struct ConvertAlignOutputTests {
    @Test func alignWritesEveryFormatAtOnce() throws {
        let directory = try TemporaryFolder("convert")
        defer { directory.remove() }
        let seed = ConvertCLI.fixture("seeds/004_b1f2f82659ca7572.txt")
        let result = try ConvertCLI.run(
            ["align", seed, "-o", "004.jsonl", "--tmx", "004.tmx", "--moses", "004", "--zh-tag", "zh-TW"],
            directory: directory.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == ["004.en", "004.jsonl", "004.tmx", "004.zh"])
        let jsonl = try String(contentsOf: directory.url.appendingPathComponent("004.jsonl"), encoding: .utf8)
        let pairs = jsonl.split(separator: "\n").count
        let oneSided = jsonl.split(separator: "\n").filter { $0.contains("\"zh\":\"\"") || $0.contains("\"en\":\"\"") }
        let tmx = try String(contentsOf: directory.url.appendingPathComponent("004.tmx"), encoding: .utf8)
        #expect(tmx.components(separatedBy: "<tu ").count - 1 == pairs - oneSided.count)
        #expect(tmx.contains("<tuv xml:lang=\"zh-TW\"><seg>習近平同俄羅斯總統普京通電話</seg></tuv>"))
        let english = try String(contentsOf: directory.url.appendingPathComponent("004.en"), encoding: .utf8)
        #expect(english.split(separator: "\n").count == pairs - oneSided.count)
        if !oneSided.isEmpty {
            #expect(result.error.contains("bitext: 004.tmx: left out \(oneSided.count) one-sided pair"))
        }
    }

    @Test func alignStillWritesTSVToStandardOutput() throws {
        let result = try ConvertCLI.run(["align", "--score", ConvertCLI.fixture("seeds/004_b1f2f82659ca7572.txt")])
        #expect(result.status == 0)
        let rows = result.output.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(rows.allSatisfy { $0.count == 3 && $0[2].count == 5 })
        #expect(result.error == "")
    }
}
