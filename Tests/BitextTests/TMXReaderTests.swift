import Foundation
import Testing

@testable import Bitext

@Suite struct TMXReaderTests {
    /// Files hand-made to look like other tools' output, and the pairs they hold (checked by hand).
    @Test(arguments: [
        (
            "omegat.tmx",
            [
                (
                    "雙方同意繼續通過各種方式保持溝通協調。",
                    "The two sides agreed to continue to maintain communication and coordination through various means."
                ),
                ("見附件四。", "See annex IV."),
            ]
        ),
        (
            "okapi.tmx",
            [
                ("北京2月24日電", "BEIJING, Feb. 24 (Xinhua) -- Chinese President Xi Jinping said on Monday & more."),
                ("連結從這裡開始。", "Start of a link here."),
                ("", "Only English here."),
            ]
        ),
        (
            "translate-toolkit.tmx",
            [
                ("烏克蘭危機", "The Ukraine crisis"),
                ("中文 & <標籤> \"引號\"", "Fish & chips <not a tag>]]> done"),
            ]
        ),
        (
            "trados-utf16le.tmx",
            [
                ("習近平同俄羅斯總統普京通電話", "Xi says bilateral ties show China, Russia good neighbors, true friends"),
                ("中俄是搬不走的好鄰居。", "China and Russia are good neighbours that cannot be moved away."),
            ]
        ),
        (
            "all-languages-utf16be.tmx",
            [
                ("習近平同俄羅斯總統普京通電話", "Xi says bilateral ties show China, Russia good neighbors, true friends"),
                ("中俄是搬不走的好鄰居。", "China and Russia are good neighbours that cannot be moved away."),
            ]
        ),
    ])
    func readsOtherTools(file: String, expected: [(String, String)]) throws {
        let data = try Data(contentsOf: ExportFixtures.url("fixtures/export/other-tools/\(file)"))
        let result = try TMXReader(file: file).read(data)
        #expect(result.pairs.map(\.chinese) == expected.map(\.0))
        #expect(result.pairs.map(\.english) == expected.map(\.1))
        #expect(result.skippedUnits == 0)
    }

    @Test func numbersSidesWithoutBitextProperties() throws {
        let data = try Data(contentsOf: ExportFixtures.url("fixtures/export/other-tools/okapi.tmx"))
        let beads = try TMXReader().read(data).pairs.map(\.bead)
        #expect(
            beads == [
                Bead(chinese: [0], english: [0]), Bead(chinese: [1], english: [1]), Bead(chinese: [], english: [2]),
            ])
    }

    @Test func readsBitextPropertiesBack() throws {
        let (text, _) = TMXWriter(options: ExportFixtures.options).write(ExportFixtures.pairs)
        let pairs = ExportFixtures.withoutTMX(try TMXReader().read(Data(text.utf8)).pairs)
        #expect(pairs == ExportFixtures.pairs.filter { !$0.isOneSided })
    }

    @Test(arguments: [
        ("zh-TW", Language.chinese), ("zh-Hant", .chinese), ("ZH-TW", .chinese), ("zh_TW", .chinese),
        ("zh-HK", .chinese), ("zh-CN", .chinese), ("zh", .chinese), ("zh-Hant-TW", .chinese),
        ("en", .english), ("en-US", .english), ("EN-GB", .english), ("en_us", .english),
    ])
    func recognisesTags(tag: String, language: Language) {
        #expect(TMXReader.language(ofTag: tag) == language)
    }

    @Test(arguments: ["fr-FR", "", "*all*", "x-zh", "eng-x"])
    func ignoresOtherTags(tag: String) {
        #expect(TMXReader.language(ofTag: tag) == (tag == "eng-x" ? .english : nil))
    }

    @Test func skipsUnitsWithoutEitherLanguage() throws {
        let xml = """
            <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" \
            adminlang="en" srclang="fr" datatype="plaintext"/><body>
            <tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu>
            <tu><tuv xml:lang="zh-TW"><seg>你好</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
            </body></tmx>
            """
        let result = try TMXReader().read(Data(xml.utf8))
        #expect(result.skippedUnits == 1)
        #expect(result.pairs.map(\.english) == ["Hello"])
    }

    @Test func takesUnitPropertiesOnly() throws {
        let xml = """
            <tmx version="1.4"><header/><body><tu><prop type="x-confidence">0.25</prop>
            <tuv xml:lang="fr"><prop type="x-confidence">0.75</prop><seg>Bonjour</seg></tuv>
            <tuv xml:lang="zh-TW"><prop type="x-document">wrong</prop><seg>你好</seg></tuv>
            <tuv xml:lang="en"><seg>Hello</seg></tuv></tu></body></tmx>
            """
        let pair = try #require(try TMXReader().read(Data(xml.utf8)).pairs.first)
        #expect(pair.confidence == 0.25)
        #expect(pair.document == "")
    }

    @Test(arguments: [
        ("<tmx><body><tu></body></tmx>", "in.tmx:1: not well-formed XML: mismatched end tag (column 23)"),
        ("<html><body/></html>", "in.tmx:1: not a TMX file: the root element is <html>"),
        ("", "in.tmx: empty file"),
        ("\u{FEFF}hello", "in.tmx:1: not well-formed XML: no root element (column 1)"),
        ("<tmx>\n<body>&nbsp;</body></tmx>", "in.tmx:2: not well-formed XML: undeclared entity (column 13)"),
        ("<tmx><body>", "in.tmx:1: not well-formed XML: unexpected end of file (column 12)"),
    ])
    func rejectsMalformed(xml: String, message: String) {
        #expect {
            try TMXReader(file: "in.tmx").read(Data(xml.utf8))
        } throws: { error in
            (error as? ExportError)?.description == message
        }
    }
}
