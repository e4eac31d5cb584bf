import Foundation
import Testing

@testable import Bitext

/// The hand-written files of fixtures/tmx-read (its README says what each checks): what reading
/// another tool's TMX used to lose.
@Suite struct TMXReadingCasesTests {
    static func read(_ name: String) throws -> TMXReader.Result {
        let data = try Data(contentsOf: ExportFixtures.url("fixtures/tmx-read/\(name)"))
        return try TMXReader(file: name).read(data)
    }

    /// The pairs of each file, checked by hand (translate-toolkit keeps the codes' native text instead).
    @Test(arguments: [
        (
            "inline-codes.tmx",
            [
                ("第一行第二行。", "Line one line two."),
                ("按儲存,然後 離開。", "Press Save, then quit."),
                ("總計: 42項", "Total: 42 items"),
                ("粗體開頭和結尾", "Bold start and end"),
                ("見附件四。", "First sentence. A highlighted word twice."),
            ]
        ),
        (
            "sub.tmx",
            [("見地圖。", "See the map."), ("2024年增長5%。", "Growth was 5% in 2024.")]
        ),
        (
            "internal-entities.tmx",
            [
                ("聯合國合辦工作人員養恤基金聯合委員會的報告。", "Report of the United Nations Joint Staff Pension Board."),
                ("今天吃炸魚薯條", "Fish & chips\u{A0}today"),
                ("第一行第二行。", "Line one line two."),
            ]
        ),
        (
            "zh-variants.tmx",
            [
                ("這是臺灣。", "Taiwan after Simplified."),
                ("這是繁體。", "Hant after Taiwan."),
                ("這是香港。", "Hong Kong after Macau."),
                ("這是澳門。", "Macau after plain zh."),
                ("這是中文。", "Plain zh after Simplified."),
                ("這是簡體中文。", "Simplified only."),
                ("這裡是新加坡。", "Two Simplified: the first."),
            ]
        ),
    ])
    func readsTexts(file: String, expected: [(String, String)]) throws {
        let pairs = try Self.read(file).pairs
        #expect(pairs.map(\.chinese) == expected.map(\.0))
        #expect(pairs.map(\.english) == expected.map(\.1))
        #expect(!pairs.contains { $0.english.contains("  ") || $0.english.hasPrefix(" ") || $0.english.hasSuffix(" ") })
    }

    /// Codes stand for a space between words only.
    @Test(
        arguments: [
            ("a", "b", true), ("1", "2", true), (".", "N", true), ("a", " ", false), (" ", "b", false),
            ("a", ".", false),
            ("a", ")", false), ("(", "b", false), ("中", "文", false), ("a", "中", false), ("。", "A", false),
            ("a", ",", false),
        ] as [(Character, Character, Bool)])
    func codeSeparates(before: Character, after: Character, separates: Bool) {
        #expect(TMXParserHandler.codeSeparates(before, after) == separates)
    }

    @Test(arguments: [("sub.tmx", 3), ("inline-codes.tmx", 0), ("metadata.tmx", 0)])
    func countsSubflowsLeftOut(file: String, count: Int) throws {
        let result = try Self.read(file)
        #expect(result.subflowsLeftOut == count)
        #expect(
            result.warnings.contains("left out the text of \(count) <sub> elements (text inside inline codes)")
                == (count > 0))
    }

    /// Other languages' `<tuv>`s and a language's other variants are counted.
    @Test(arguments: [
        ("fixtures/tmx-read/zh-variants.tmx", 6), ("fixtures/tmx-read/metadata.tmx", 0),
        ("fixtures/export/other-tools/okapi.tmx", 1), ("fixtures/export/other-tools/omegat.tmx", 0),
    ])
    func countsVariantsLeftOut(path: String, count: Int) throws {
        let data = try Data(contentsOf: ExportFixtures.url(path))
        let result = try TMXReader().read(data)
        #expect(result.variantsLeftOut == count)
        #expect(result.warnings.contains { $0.hasPrefix("left out \(count) <tuv> element") } == (count > 0))
    }

    @Test func flagsSimplifiedConverted() throws {
        let result = try Self.read("zh-variants.tmx")
        #expect(
            result.pairs.map { $0.flags.contains(.simplifiedConverted) } == [
                false, false, false, false, false, true, true,
            ])
        #expect(result.simplifiedConverted == 2)
        #expect(result.chineseTag == "zh-TW")
        // The flag goes through TMX and JSONL, whose schema lists it.
        let pair = result.pairs[5]
        let tmx = TMXWriter(options: ExportFixtures.options).write([pair]).text
        #expect(try TMXReader().read(Data(tmx.utf8)).pairs.map(\.flags) == [[.simplifiedConverted]])
        #expect(JSONLFormat().write([pair]).text.contains("\"flags\":[\"simplified-converted\"]"))
        let schema = try String(contentsOf: ExportFixtures.url("docs/jsonl.schema.json"), encoding: .utf8)
        for flag in QualityFlag.allCases { #expect(schema.contains("\"\(flag.rawValue)\"")) }
    }

    @Test(arguments: [
        ("zh-Hant", 0), ("zh-Hant-TW", 0), ("ZH_hant_HK", 0), ("zh-TW", 1), ("zh-HK", 2), ("zh-MO", 3), ("zh", 4),
        ("yue", 4), ("cmn", 4), ("zh-US", 4), ("zh-Hans", 5), ("zh-CN", 5), ("zh-SG", 5), ("zh-Hans-TW", 5),
        ("zh-MY", 5),
    ])
    func ranksChineseTags(tag: String, rank: Int) {
        #expect(TMXReader.chineseRank(ofTag: tag) == rank)
    }

    @Test(arguments: ["en", "fr-FR", "", "*all*"])
    func ranksNoOtherTags(tag: String) {
        #expect(TMXReader.chineseRank(ofTag: tag) == nil)
    }

    /// TMX → TMX keeps what it read: `metadata.expected.tmx` (BITEXT_RECORD=1 re-records), valid
    /// against the DTD, read back the same.
    @Test func keepsUnitMetadata() throws {
        let result = try Self.read("metadata.tmx")
        let metadata = result.pairs.map(\.tmx)
        #expect(metadata.map { $0?.tuid } == ["seg-17", nil, "2"])
        #expect(
            metadata.first??.attributes == [
                "creationdate": "20240102T030405Z", "creationid": "translator1", "changedate": "20240203T040506Z",
                "changeid": "reviewer", "usagecount": "3",
            ])
        #expect(
            metadata.first??.properties == [
                TMXUnitMetadata.Property(type: "x-project", text: "Sinorama & co"),
                TMXUnitMetadata.Property(type: "Txt::Client", text: "GIO"),
            ])
        #expect(metadata.first??.notes == ["Checked against the printed edition.", "Second note."])
        #expect(metadata.map { $0?.hasConfidence } == [false, false, true])
        #expect(result.pairs.map(\.confidence) == [1, 1, 0.25])
        #expect(
            metadata.first??.english
                == TMXUnitMetadata.Variant(
                    attributes: ["creationdate": "20240102T030405Z"],
                    properties: [TMXUnitMetadata.Property(type: "x-origin", text: "MT")]))
        #expect(metadata.first??.chinese == TMXUnitMetadata.Variant(notes: ["A note on the Chinese."]))
        #expect(metadata.dropFirst().allSatisfy { $0?.chinese == nil && $0?.english == nil })

        var options = ExportFixtures.options
        options.chineseTag = "zh-TW"
        options.englishTag = "en-US"
        options.source = .english
        let written = TMXWriter(options: options).write(result.pairs).text
        try ExportFixtures.expectGolden(written, "fixtures/tmx-read/metadata.expected.tmx")
        #expect(written.components(separatedBy: "x-confidence").count == 2)
        #expect(written.contains("<tu tuid=\"3\">"))
        // Read back, the same but for the id the second unit was given.
        var expected = result.pairs
        expected[1].tmx?.tuid = "3"
        #expect(try TMXReader().read(Data(written.utf8)).pairs == expected)
        if let check = try ExportFixtures.run(
            "xmllint",
            ["--noout", "--nonet", "--dtdvalid", ExportFixtures.url("fixtures/tmx/tmx14.dtd").path, "-"],
            input: Data(written.utf8))
        {
            #expect(check.status == 0, "\(check.error)")
        }
    }

    /// A pair split in the viewer keeps its unit's tuid twice: the second gets a new one.
    @Test func duplicateTuidsAreRenumbered() {
        let metadata = TMXUnitMetadata(tuid: "1")
        let pair = AlignedPair(bead: Bead(chinese: [0], english: [0]), chinese: "中", english: "a", tmx: metadata)
        let text = TMXWriter().write([pair, pair, pair]).text
        #expect(
            text.components(separatedBy: "<tu tuid=").map { $0.prefix(4) }.dropFirst() == [
                "\"1\">", "\"2\">", "\"3\">",
            ])
    }

    @Test(arguments: [
        (
            "external-entity.tmx",
            "external-entity.tmx:9: &legal; is an external entity (\"legal-notice.xml\"), which bitext does not read: "
                + "replace the reference by its text"
        )
    ])
    func refusesFiles(file: String, message: String) {
        #expect {
            try Self.read(file)
        } throws: { error in
            (error as? ExportError)?.description == message && (error as? ExportError)?.kind == .malformedInput
        }
    }

    static let header = "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>"
    static let footer = "</seg></tuv><tuv xml:lang=\"zh-TW\"><seg>中</seg></tuv></tu></body></tmx>"

    @Test(arguments: [
        (
            "<!DOCTYPE tmx [<!ENTITY a \"x &b; y\"><!ENTITY b \"&a;\">]>\(header)&a;\(footer)",
            "in.tmx:1: entity &a; refers to itself"
        ),
        (
            "<!DOCTYPE tmx [\n<!ENTITY % defs SYSTEM \"defs.ent\">\n%defs;]>\(header)x\(footer)",
            "in.tmx:2: the document type loads declarations from \"defs.ent\" (entity %defs;), which bitext does not "
                + "read: copy them into the file's <!DOCTYPE> or remove the reference"
        ),
        (
            "<!DOCTYPE tmx [<!ENTITY e PUBLIC \"-//X//EN\" \"http://example.com/e.xml\">]>\n\n\(header)&e;\(footer)",
            "in.tmx:3: &e; is an external entity (\"http://example.com/e.xml\"), which bitext does not read: "
                + "replace the reference by its text"
        ),
        (
            "<!DOCTYPE tmx [<!ENTITY a \"&#x4E2D;&#x4E2D;&#x4E2D;&#x4E2D;&#x4E2D;&#x4E2D;&#x4E2D;&#x4E2D;\">"
                + (1...9).map {
                    "<!ENTITY l\($0) \"\(String(repeating: "&\($0 == 1 ? "a" : "l\($0 - 1)");", count: 10))\">"
                }
                .joined() + "]>\(header)&l9;\(footer)",
            "in.tmx:1: entities expand to more than 16 MB: nested definitions?"
        ),
    ])
    func refusesEntities(xml: String, message: String) {
        #expect {
            try TMXReader(file: "in.tmx").read(Data(xml.utf8))
        } throws: { error in
            (error as? ExportError)?.description == message
        }
    }

    /// Entities are expanded in attributes, not in comments or CDATA; unused external ones do no harm;
    /// UTF-16 files are expanded too.
    @Test(arguments: [false, true])
    func expandsWhereXMLDoes(utf16: Bool) throws {
        let xml = """
            <?xml version="1.0" encoding="\(utf16 ? "UTF-16" : "UTF-8")"?>
            <!DOCTYPE tmx [<!ENTITY t "zh-TW"><!ENTITY w "word"><!ENTITY unused SYSTEM "x.ent">]>
            <tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&w; <![CDATA[&w;]]><!-- &unused; --></seg>\
            </tuv><tuv xml:lang="&t;"><seg>詞</seg></tuv></tu></body></tmx>
            """
        var data = Data(xml.utf8)
        if utf16 {
            data = Data([0xFF, 0xFE])
            for unit in xml.utf16 { data += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        }
        let result = try TMXReader().read(data)
        #expect(result.pairs.map(\.english) == ["word &w;"])
        #expect(result.chineseTag == "zh-TW")
    }
}
