import Foundation
import Testing

/// `bitext --version` (issue 17's conventions): one line, the version and its date.
@Suite struct VersionTests {
    @Test func versionIsOneLine() throws {
        let run = try BitextBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.wholeMatch(of: /\d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)\n/) != nil, "\(run.stdout)")
    }

    /// A TMX names the release that wrote it, the one `--version` prints (it said 0.1.0 at 0.9.0).
    @Test func tmxHeaderCarriesTheVersion() throws {
        let version = try BitextBinary.run(["--version"]).stdout.split(separator: " ").first.map(String.init)
        let run = try BitextBinary.run(["align", "seeds/004_b1f2f82659ca7572.txt", "--format", "tmx"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("creationtoolversion=\"\(version ?? "?")\""), "\(run.stdout.prefix(400))")
    }

    /// Numeric ids are read as their digits (datasets number their rows).
    @Test func aNumericIdStreams() throws {
        let line = #"{"id":42,"zh":"聯合國大會今天開會。","en":"The General Assembly met today."}"# + "\n"
        let run = try BitextBinary.run(["batch", "--jsonl", "--quiet", "--no-learning"], stdin: Data(line.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(#""document":"42""#), "\(run.stdout)")
    }
}
