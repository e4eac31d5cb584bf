import Foundation
import Testing

@testable import Bitext

@Suite struct ExportRoundTripTests {
    /// TMX → TSV → TMX → JSONL keeps every pair and its text byte for byte.
    @Test(arguments: ["UN19930101_020", "UN19990209_010", "sample"])
    func tmxTSVTMXJSONL(document: String) throws {
        let source =
            document == "sample" ? ExportFixtures.pairs : try ExportFixtures.unGoldPairs(document)
        let original = source.filter { !$0.isOneSided }
        let options = ExportFixtures.options
        let tmx = Data(TMXWriter(options: options).write(original).text.utf8)
        let fromTMX = ExportFixtures.withoutTMX(try TMXReader().read(tmx).pairs)
        let tsv = Data(TSVFormat(options: options).write(fromTMX).text.utf8)
        let fromTSV = try TSVFormat(options: options).read(tsv)
        let tmxAgain = Data(TMXWriter(options: options).write(fromTSV).text.utf8)
        let fromTMXAgain = try TMXReader().read(tmxAgain).pairs
        let jsonl = Data(JSONLFormat().write(fromTMXAgain).text.utf8)
        let final = try JSONLFormat().read(jsonl)
        #expect(final.count == original.count)
        #expect(final.map { Array($0.chinese.utf8) } == original.map { Array($0.chinese.utf8) })
        #expect(final.map { Array($0.english.utf8) } == original.map { Array($0.english.utf8) })
        #expect(fromTMX == original)
    }

    /// TMX and JSONL keep hostile text (TMX without the characters XML 1.0 forbids).
    @Test func hostileText() throws {
        let pair = ExportFixtures.hostile
        let tmx = TMXWriter(options: ExportFixtures.options).write([pair])
        let read = try #require(try TMXReader().read(Data(tmx.text.utf8)).pairs.first)
        let legal = { (text: String) in
            String(
                String.UnicodeScalarView(
                    text.unicodeScalars.filter { $0.value >= 0x20 || "\t\n\r".unicodeScalars.contains($0) }
                        .filter { $0 != "\u{FFFE}" && $0 != "\u{FFFF}" }))
        }
        #expect(Array(read.chinese.unicodeScalars) == Array(legal(pair.chinese).unicodeScalars))
        #expect(Array(read.english.unicodeScalars) == Array(legal(pair.english).unicodeScalars))
        #expect(read.chinese.contains("\r\n"))
        #expect(try JSONLFormat().read(Data(JSONLFormat().write([pair]).text.utf8)) == [pair])
    }

    /// A segment of one megabyte goes through every format whole.
    @Test func megabyteSegment() throws {
        let unit = "中文<&>]]>\"text\" "
        let big = String(repeating: unit, count: 1_048_576 / unit.utf8.count + 1)
        #expect(big.utf8.count >= 1_048_576)
        let pair = AlignedPair(bead: Bead(chinese: [0], english: [0]), chinese: big, english: "Big " + big)
        let tmx = TMXWriter(options: ExportFixtures.options).write([pair]).text
        #expect(ExportFixtures.withoutTMX(try TMXReader().read(Data(tmx.utf8)).pairs) == [pair])
        #expect(try TSVFormat().read(Data(TSVFormat().write([pair]).text.utf8)).map(\.chinese) == [big])
        #expect(try JSONLFormat().read(Data(JSONLFormat().write([pair]).text.utf8)) == [pair])
        let moses = MosesWriter().write([pair])
        #expect(moses.chinese == big + "\n")
    }

    /// Beyond 10 MB, where libxml2 refuses input handed to it in one piece.
    @Test func tmxOverTenMegabytes() throws {
        let un = try ExportFixtures.unGoldPairs("UN19990209_010").filter { !$0.isOneSided }
        let pairs = Array(repeatElement(un, count: 30).joined())
        let tmx = Data(TMXWriter(options: ExportFixtures.options).write(pairs).text.utf8)
        #expect(tmx.count > 10_500_000)
        let read = ExportFixtures.withoutTMX(try TMXReader().read(tmx).pairs)
        #expect(read.count == pairs.count)
        #expect(read.last == pairs.last)
    }

    @Test func mosesFilesAreLineAligned() {
        let (chinese, english, statistics) = MosesWriter().write(ExportFixtures.pairs + [ExportFixtures.hostile])
        #expect(statistics.written == 4)
        #expect(statistics.oneSidedLeftOut == 2)
        #expect(chinese.split(separator: "\n", omittingEmptySubsequences: false).count == 5)
        #expect(english.split(separator: "\n", omittingEmptySubsequences: false).count == 5)
        #expect(!(chinese + english).unicodeScalars.contains { "\t\r\u{2028}\u{2029}".unicodeScalars.contains($0) })
        var options = ExportOptions()
        options.keepOneSided = true
        let kept = MosesWriter(options: options).write(ExportFixtures.pairs)
        #expect(kept.chinese.hasPrefix("習近平同俄羅斯總統普京通電話\n歷史和現實昭示我們,中俄是搬不走的好鄰居。\n\n"))
    }

    @Test func beadsAreVecalignNotation() {
        #expect(BeadWriter().write(ExportFixtures.pairs).text == "[0]:[3]\n[4]:[4]\n[]:[0]\n[1, 2]:[1]\n[3]:[]\n")
        var options = ExportOptions()
        options.score = true
        #expect(
            BeadWriter(options: options).write(Array(ExportFixtures.pairs.prefix(2))).text
                == "[0]:[3]:0.812\n[4]:[4]:0.750\n")
    }

    @Test(
        arguments: [
            (nil, nil, 5, 0, 0),
            (0.6, nil, 2, 3, 0),
            (nil, "1-1", 2, 0, 3),
            (0.8, "1-1,2-1", 1, 2, 2),
        ] as [(Double?, String?, Int, Int, Int)])
    func filters(minimum: Double?, types: String?, kept: Int, low: Int, other: Int) {
        let filter = PairFilter(minimumConfidence: minimum, beadTypes: types.flatMap(PairFilter.beadTypes))
        let result = filter.apply(ExportFixtures.pairs)
        #expect(result.kept.count == kept)
        #expect(result.belowConfidence == low)
        #expect(result.otherBeadType == other)
    }

    @Test(
        arguments: [("1-1", ["1-1"]), ("1-1, 2-1,0-1", ["1-1", "2-1", "0-1"]), ("01-1", ["1-1"])]
            as [(String, Set<String>)])
    func parsesBeadTypes(list: String, types: Set<String>) {
        #expect(PairFilter.beadTypes(list) == types)
    }

    @Test(arguments: ["", "1", "1-", "a-b", "1-1,x", "-1-1"])
    func rejectsBeadTypes(list: String) {
        #expect(PairFilter.beadTypes(list) == nil)
    }

    @Test(arguments: [
        ("out.tmx", ExportFormat.tmx), ("OUT.TMX", .tmx), ("a/b.tsv", .tsv), ("x.jsonl", .jsonl), ("x.gold", .beads),
    ])
    func formatFromPath(path: String, format: ExportFormat) {
        #expect(ExportFormat(path: path) == format)
    }

    @Test(arguments: ["out", "dir.tmx/out", "x.txt", "-"])
    func unknownPath(path: String) {
        #expect(ExportFormat(path: path) == nil)
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?><tmx/>", ExportFormat.tmx), ("\u{FEFF}\n  <tmx>", .tmx), ("{\"zh\":1}", .jsonl),
        ("[0]:[1]\n", .beads), ("中\ten\n", .tsv), ("", .tsv),
    ])
    func formatFromContent(text: String, format: ExportFormat) {
        #expect(ExportFormat(content: Data(text.utf8)) == format)
    }

    @Test func formatFromUTF16Content() throws {
        let data = try Data(contentsOf: ExportFixtures.url("fixtures/export/other-tools/trados-utf16le.tmx"))
        #expect(ExportFormat(content: data) == .tmx)
    }
}
