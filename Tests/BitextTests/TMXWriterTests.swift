import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

@Suite struct TMXWriterTests {
    @Test func matchesGolden() throws {
        let (text, statistics) = TMXWriter(options: ExportFixtures.options).write(ExportFixtures.pairs)
        try ExportFixtures.expectGolden(text, "fixtures/export/golden/sample.tmx")
        #expect(statistics.written == 3)
        #expect(statistics.oneSidedLeftOut == 2)
    }

    @Test func englishSourceWithOkapiTag() throws {
        var options = ExportFixtures.options
        options.source = .english
        options.chineseTag = "zh-TW"
        let (text, _) = TMXWriter(options: options).write(Array(ExportFixtures.pairs.prefix(1)))
        try ExportFixtures.expectGolden(text, "fixtures/export/golden/english-source.tmx")
        #expect(text.contains("srclang=\"en\""))
        let english = try #require(text.range(of: "<tuv xml:lang=\"en\">"))
        let chinese = try #require(text.range(of: "<tuv xml:lang=\"zh-TW\">"))
        #expect(english.lowerBound < chinese.lowerBound)
    }

    @Test func keepsOneSidedAsSingleVariant() {
        var options = ExportFixtures.options
        options.keepOneSided = true
        let (text, statistics) = TMXWriter(options: options).write(ExportFixtures.pairs)
        #expect(statistics.written == 5)
        #expect(statistics.oneSidedLeftOut == 0)
        #expect(!text.contains("<seg></seg>"))
        #expect(text.components(separatedBy: "<tuv ").count - 1 == 8)
    }

    @Test(arguments: [
        (0.0, "19700101T000000Z"),
        (1_795_309_323.0, "20261122T010203Z"),
        (951_782_400.0, "20000229T000000Z"),
    ])
    func timestamp(seconds: Double, expected: String) {
        #expect(TMXWriter.timestamp(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test(arguments: [
        ("a < b & c > d", false, "a &lt; b &amp; c &gt; d", 0),
        ("]]>", false, "]]&gt;", 0),
        ("say \"hi\"", false, "say \"hi\"", 0),
        ("say \"hi\"", true, "say &quot;hi&quot;", 0),
        ("a\u{1}b\u{0}c\u{1F}d", false, "abcd", 3),
        ("\u{FFFE}x\u{FFFF}", false, "x", 2),
        ("tab\tlf\ncr\r", false, "tab\tlf\ncr&#13;", 0),
        ("tab\tlf\ncr\r", true, "tab&#9;lf&#10;cr&#13;", 0),
        ("中文\u{2028}段", false, "中文\u{2028}段", 0),
    ])
    func escapes(text: String, attribute: Bool, expected: String, removed: Int) {
        let result = TMXWriter.escaped(text, inAttribute: attribute)
        #expect(result.text == expected)
        #expect(result.removed == removed)
    }

    @Test func countsIllegalCharacters() {
        let (text, statistics) = TMXWriter(options: ExportFixtures.options).write([ExportFixtures.hostile])
        #expect(statistics.illegalCharactersRemoved == 6)
        #expect(!text.unicodeScalars.contains { $0.value < 0x09 || $0 == "\u{FFFE}" || $0 == "\u{FFFF}" })
    }

    @Test func segmentOfOnlyIllegalCharactersIsOneSided() {
        let pair = AlignedPair(bead: Bead(chinese: [0], english: [0]), chinese: "\u{1}\u{2}", english: "text")
        let (text, statistics) = TMXWriter(options: ExportFixtures.options).write([pair])
        #expect(statistics.written == 0)
        #expect(statistics.oneSidedLeftOut == 1)
        #expect(!text.contains("<tu "))
    }

    @Test func validAgainstDTD() throws {
        guard ExportFixtures.hasXmllint else {
            Issue.record("xmllint is missing: apt-get install libxml2-utils")
            return
        }
        let directory = try TemporaryFolder("export")
        defer { directory.remove() }
        var documents: [(String, [AlignedPair])] = [
            ("sample", ExportFixtures.pairs), ("hostile", [ExportFixtures.hostile]),
        ]
        for name in ["UN19930101_020", "UN19990209_010"] {
            documents.append((name, try ExportFixtures.unGoldPairs(name)))
        }
        documents.append(("004", try ExportFixtures.seedGoldPairs()))
        var options = ExportFixtures.options
        options.keepOneSided = true
        for (name, pairs) in documents {
            let file = directory.url.appendingPathComponent("\(name).tmx")
            try Data(TMXWriter(options: options).write(pairs).text.utf8).write(to: file)
            let result = try #require(
                try ExportFixtures.run(
                    "xmllint",
                    ["--noout", "--nonet", "--dtdvalid", ExportFixtures.url("fixtures/tmx/tmx14.dtd").path, file.path]))
            #expect(result.status == 0, "\(name): \(result.error)")
            #expect(result.error.isEmpty, "\(name): \(result.error)")
        }
    }
}
