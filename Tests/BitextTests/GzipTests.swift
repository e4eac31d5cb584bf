import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

/// `Gzip`: round trips, several members, damaged data, the same bytes every run, and the system's gzip.
@Suite struct GzipTests {
    static let texts: [[UInt8]] = [
        [],
        Array("Xi met Putin.\n".utf8),
        Array(String(repeating: "習近平同俄羅斯總統普京通電話。Xi spoke with Putin.\n", count: 5_000).utf8),
        // Incompressible: more output than one 64 KiB chunk either way.
        (0..<200_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) },
    ]

    @Test(arguments: texts)
    func roundTrip(_ text: [UInt8]) throws {
        let compressed = Gzip.compress(text)
        #expect(try Gzip.decompress(compressed) == text)
        // The header: magic, deflate, no flags (no file name), modification time 0.
        #expect(Array(compressed.prefix(8)) == [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0])
        #expect(Gzip.compress(text) == compressed)
    }

    @Test(arguments: texts)
    func systemGzipReadsWhatIsWritten(_ text: [UInt8]) throws {
        #expect(try Self.gzip(["-dc"], Gzip.compress(text)) == text)
    }

    @Test(arguments: texts)
    func readsWhatSystemGzipWrites(_ text: [UInt8]) throws {
        #expect(try Gzip.decompress(Self.gzip(["-c", "-n"], text)) == text)
    }

    @Test func readsEveryMember() throws {
        let (first, second) = (Array("第一段。\n".utf8), Array("Second part.\n".utf8))
        let members = try Self.gzip(["-c"], first) + Gzip.compress([]) + Gzip.compress(second)
        #expect(try Gzip.decompress(members) == first + second)
    }

    static let damaged: [(bytes: [UInt8], failure: Gzip.Failure)] = {
        let whole = Gzip.compress(texts[2])
        var flipped = whole
        flipped[whole.count / 2] ^= 0xFF
        var badCRC = whole
        badCRC[whole.count - 6] ^= 0x01
        return [
            ([], .truncated),
            (Array(whole.prefix(whole.count / 2)), .truncated),
            (Array(whole.dropLast()), .truncated),
            (Array("plain text, not gzip\n".utf8), .corrupt("incorrect header check")),
            (badCRC, .corrupt("incorrect data check")),
            (whole + Array("trailing".utf8), .corrupt("incorrect header check")),
            (flipped, .corrupt("invalid distance too far back")),
        ]
    }()

    @Test(arguments: damaged.indices)
    func damagedDataIsAFailure(_ index: Int) {
        let (bytes, expected) = Self.damaged[index]
        #expect {
            _ = try Gzip.decompress(bytes)
        } throws: { error in
            guard let failure = error as? Gzip.Failure else { return false }
            // A flipped byte in the middle fails in whichever way zlib finds first.
            if case .corrupt = expected, case .corrupt = failure, index == Self.damaged.count - 1 { return true }
            return failure == expected
        }
    }

    @Test func formatComesFromTheExtensionBeforeGz() {
        #expect(ExportFormat(path: "pairs.tsv.gz") == .tsv)
        #expect(ExportFormat(path: "memory.TMX.GZ") == .tmx)
        #expect(ExportFormat(path: "pairs.jsonl.gz") == .jsonl)
        #expect(ExportFormat(path: "pairs.gz") == nil)
        #expect(Reader.documentID("un/UN19930101_020.zh.gz", "un/UN19930101_020.en.gz") == "UN19930101_020")
        #expect(Reader.documentID("article.txt.gz") == "article")
    }

    /// What the system's `gzip ARGUMENTS` writes for `input`.
    static func gzip(_ arguments: [String], _ input: [UInt8]) throws -> [UInt8] {
        Array(try SystemGzip.run(arguments, Data(input)))
    }
}
