import Foundation
import Testing

@testable import Bitext

@Suite struct ReadingTests {
    static let seed004 = ReadingFixtures.path("seeds/004_b1f2f82659ca7572.txt")

    @Test func seed004HasAChineseAndAnEnglishPassage() throws {
        let document = try Reader().read(path: Self.seed004)
        #expect(document.id == "004_b1f2f82659ca7572")
        let chinese = try #require(document.chinese)
        let english = try #require(document.english)
        #expect(chinese.script == .traditional)
        #expect(chinese.paragraphs.map(\.line) == [2, 3, 4, 5, 6, 7, 8])
        #expect(chinese.paragraphs[0].text == "習近平同俄羅斯總統普京通電話")
        // The metadata glued to the first sentence is cut off it.
        #expect(chinese.paragraphs[1].text.hasPrefix("新華社北京2月24日電 2月24日下午,國家主席習近平"))
        // The unrelated English paragraph comes first, then the article, in input order.
        #expect(english.paragraphs.map(\.line) == [1] + Array(9...23))
        #expect(english.paragraphs[0].text.hasPrefix("We will stay firmly rooted in Chinese culture."))
        #expect(english.paragraphs[1].text == "Xi says bilateral ties show China, Russia good neighbors, true friends")
        #expect(english.paragraphs.map(\.id) == Array(0..<16))
    }

    @Test func seed004MetadataIsSetAsideAndRecorded() throws {
        let document = try Reader().read(path: Self.seed004)
        #expect(
            document.setAside == [
                SetAside(
                    kind: .metadata, text: "發佈時間:2025-02-25 09:37:29 | 來源:新華網 | 作者: | 責任編輯:張芃芃", line: 3,
                    offset: 413),
                SetAside(kind: .endMark, text: "■", line: 23, offset: 5857),
            ])
        #expect(
            document.metadata == [
                "date": "2025-02-25", "published": "2025-02-25 09:37:29", "source": "新華網", "editor": "張芃芃",
            ])
        let english = try #require(document.english)
        #expect(english.paragraphs.last?.text.hasSuffix("lasting peace solution.") == true)
    }

    @Test func seed004SegmentsAsTheGoldAssumes() throws {
        let segmented = try Segmenter().segment(Reader().read(path: Self.seed004))
        #expect(segmented.chinese.count == 16)
        #expect(segmented.english.count == 19)
        #expect(segmented.chinese[1].text.hasPrefix("新華社北京2月24日電"))
        #expect(segmented.chinese.filter { $0.paragraph > 0 }.count == 15)
        #expect(segmented.english[3].text.hasPrefix("Xi says bilateral ties"))
        #expect(segmented.english[4].text.hasPrefix("BEIJING, Feb. 24 (Xinhua) --"))
    }

    @Test(arguments: ["000_c2b90381b155c869", "001_2f64ea4ca3c4ec51", "002_a9ab18c2244b8c8e", "003_f24a69e8ccfddf57"])
    func englishSeedsTakeTheirDateFromTheFirstLine(seed: String) throws {
        let document = try Reader().read(path: ReadingFixtures.path("seeds/\(seed).txt"))
        #expect(document.chinese == nil)
        let english = try #require(document.english)
        let date = try #require(document.metadata["date"])
        #expect(Boilerplate.isDate(date))
        #expect(document.setAside.first == SetAside(kind: .metadata, text: "date \(date)", line: 1, offset: 1))
        #expect(english.paragraphs[0].line == 1)
        #expect(english.paragraphs[0].offset == 17)
        #expect(!english.paragraphs[0].text.hasPrefix("date"))
    }

    @Test func simplifiedChineseIsDetectedAndStaysChinese() throws {
        let document = try Reader().read(path: ReadingFixtures.path("fixtures/segmentation/simplified.txt"))
        let chinese = try #require(document.chinese)
        #expect(chinese.script == .simplified)
        #expect(chinese.paragraphs.count == 7)
        #expect(document.metadata["editor"] == "张芃芃")
        #expect(document.english?.paragraphs.count == 4)
    }

    @Test(arguments: [
        ("習近平同俄羅斯總統普京通電話", ChineseScript.traditional),
        ("习近平同俄罗斯总统普京通电话", .simplified),
        ("中国人民", .simplified),
        ("中國人民", .traditional),
        ("人大", .traditional),
    ])
    func detectsTheChineseScript(text: String, script: ChineseScript) {
        #expect(ChineseScript(detecting: [text]) == script)
    }

    @Test(arguments: ["UN19930101_020", "UN19990209_010"])
    func presegmentedFilesKeepLineNumbersAsIds(name: String) throws {
        var options = ReadOptions()
        options.presegmented = true
        let zhPath = ReadingFixtures.path("fixtures/un-zh-en/\(name).zh")
        let enPath = ReadingFixtures.path("fixtures/un-zh-en/\(name).en")
        let document = try Reader(options: options).read(chinesePath: zhPath, englishPath: enPath)
        #expect(document.id == name)
        let segmented = try Segmenter().segment(document, presegmented: true)
        for (path, sentences) in [(zhPath, segmented.chinese), (enPath, segmented.english)] {
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false
            ).dropLast()
            #expect(sentences.count == lines.count)
            #expect(sentences.map(\.id) == Array(0..<lines.count))
            #expect(sentences.map(\.line) == Array(1...lines.count))
            for (sentence, line) in zip(sentences, lines) {
                #expect(sentence.text == line.trimmingCharacters(in: .whitespaces))
            }
        }
        // The gold's ids are all within the files.
        let gold = try String(contentsOfFile: ReadingFixtures.path("fixtures/un-zh-en/\(name).gold"), encoding: .utf8)
        let beads = gold.split(separator: "\n").compactMap(Bead.init(notation:))
        #expect(beads.flatMap(\.chinese).max() == segmented.chinese.count - 1)
        #expect(beads.flatMap(\.english).max() == segmented.english.count - 1)
    }

    @Test func presegmentedKeepsBlankLinesAsEmptySentences() throws {
        var options = ReadOptions()
        options.presegmented = true
        let document = try Reader(options: options).read(
            chineseText: "第一句。\n\n第三句。第三句還在。\n———\n■\n\n", englishText: "One.\n  \nThree. Still three.\n", id: "x")
        let segmented = try Segmenter().segment(document, presegmented: true)
        #expect(segmented.chinese.map(\.text) == ["第一句。", "", "第三句。第三句還在。", "———", ""])
        #expect(segmented.chinese.map(\.line) == [1, 2, 3, 4, 5])
        #expect(segmented.english.map(\.text) == ["One.", "", "Three. Still three."])
        #expect(segmented.english.map(\.line) == [1, 2, 3])
        #expect(document.setAside == [SetAside(kind: .endMark, text: "■", line: 5, offset: 55)])
    }

    @Test func presegmentedOneLanguageFileKeepsItsNoiseLines() throws {
        var options = ReadOptions()
        options.presegmented = true
        let text = "H M,0,0,\n1.  聯合國合辦工作人員養恤基金。\n\n聯委會每年向大會報告。\n"
        let document = try Reader(options: options).read(bytes: Array(text.utf8), id: "un", path: "un.zh")
        #expect(document.english == nil)
        #expect(document.chinese?.paragraphs.map(\.line) == [1, 2, 3, 4])
    }

    @Test func presegmentedMixedFileNumbersEachPassageOnItsOwn() throws {
        var options = ReadOptions()
        options.presegmented = true
        let text = "第一句。\n第二句。\n\nOne sentence.\nTwo sentences.\n"
        let document = try Reader(options: options).read(bytes: Array(text.utf8), id: "m", path: "m.txt")
        #expect(document.chinese?.paragraphs.map(\.text) == ["第一句。", "第二句。"])
        #expect(document.english?.paragraphs.map(\.text) == ["One sentence.", "Two sentences."])
    }

    @Test func twoFilesGoToTheirLanguages() throws {
        let document = try Reader().read(
            chineseText: "習近平會見紹伊古。\nXi Jinping\n", englishText: " date 2025-03-01 Xi meets Shoigu.\n\n■\n",
            id: "pair")
        #expect(document.chinese?.paragraphs.map(\.text) == ["習近平會見紹伊古。", "Xi Jinping"])
        #expect(document.english?.paragraphs.map(\.text) == ["Xi meets Shoigu."])
        #expect(document.metadata["date"] == "2025-03-01")
        #expect(document.setAside.map(\.kind) == [.metadata, .endMark])
    }

    @Test(arguments: [
        ("發佈時間:2025-02-25 09:37:29 | 來源:新華網", "", ["published": "2025-02-25 09:37:29", "source": "新華網"]),
        ("來源:新華網新華社北京2月24日電 國家主席習近平今天會見了外賓。", "新華社北京2月24日電 國家主席習近平今天會見了外賓。", ["source": "新華網"]),
        ("時間:2025-02-25 | 作者:新華社北京2月24日電 國家主席習近平今天會見了外賓。", "新華社北京2月24日電 國家主席習近平今天會見了外賓。", ["published": "2025-02-25"]),
        ("責任編輯:王小明本報訊 國家主席習近平今天會見了外賓。", "本報訊 國家主席習近平今天會見了外賓。", ["editor": "王小明"]),
        ("责任编辑:王小明国家主席习近平今天会见了外宾。", "国家主席习近平今天会见了外宾。", ["editor": "王小明"]),
        ("作者:李明", "", ["author": "李明"]),
    ])
    func chineseMetadataIsCutOffTheStory(line: String, rest: String, fields: [String: String]) throws {
        let found = try #require(Boilerplate.chineseMetadata(Substring(line)))
        #expect(String(found.rest) == rest)
        #expect(Dictionary(uniqueKeysWithValues: found.fields.map { ($0.key, $0.value) }) == fields)
    }

    @Test(arguments: [
        "作者認為,這是一個很長很長的句子,不是元數據,因為它沒有豎線分隔的欄位而且很長很長很長很長。",
        "習近平指出,中國春節前夕我同總統先生視頻會晤。",
        "來源不明的消息說,兩國關係很好。",
    ])
    func sentencesAreNotMetadata(line: String) {
        #expect(Boilerplate.chineseMetadata(Substring(line)) == nil)
    }

    @Test(arguments: [
        ("Xinhua) 09:22, March 01, 2025", true),
        ("(Xinhua) 09:22, March 01, 2025", true),
        ("Updated 2025-02-25 09:37", true),
        ("He arrived at 09:22 on March 1, 2025.", false),
        (
            "BEIJING, Feb. 28 (Xinhua) -- Chinese President Xi Jinping met with Sergei Shoigu here on Friday at 10:00 in 2025",
            false
        ),
        ("Xi meets Russian Federation Security Council secretary", false),
    ])
    func englishBylines(line: String, isByline: Bool) {
        #expect(Boilerplate.englishByline(Substring(line)) == isByline)
    }

    @Test(arguments: [
        ("lasting peace solution. ■", "lasting peace solution.", "■"),
        ("雙方同意保持溝通協調。（完）", "雙方同意保持溝通協調。", "（完）"),
        ("■", "", "■"),
        ("Done. ■ □", "Done.", "■ □"),
    ])
    func endMarksAreCutOff(line: String, rest: String, mark: String) throws {
        let found = try #require(Boilerplate.endMark(Substring(line)))
        #expect(String(found.rest) == rest)
        #expect(String(found.mark) == mark)
    }

    @Test func linesInNeitherLanguageAreSetAside() throws {
        let text = "習近平會見紹伊古。\nOK\n———\nПутин встретился с Си.\nXi met Shoigu.\n"
        let document = try Reader().read(bytes: Array(text.utf8), id: "x", path: "x.txt")
        #expect(document.setAside.map(\.text) == ["OK", "———", "Путин встретился с Си."])
        #expect(document.setAside.map(\.kind) == [.unknown, .unknown, .unknown])
    }

    @Test(arguments: [
        ("習近平會見WHO總幹事Tedros Adhanom Ghebreyesus。", Language?.some(.chinese)),
        ("The term 一帶一路 means the Belt and Road Initiative.", .english),
        ("是", .chinese),
        ("H M,0,0,", nil),
        ("2025", nil),
        ("Xinhua", .english),
        ("習近平国家主席はプーチン大統領と電話会談した。", nil),
        ("Путин встретился с Си Цзиньпином (習近平).", nil),
    ])
    func linesGoToTheLanguageThatDominates(line: String, language: Language?) {
        #expect(ScriptProfile(line).language == language)
    }

    @Test func crlfLinesAndAByteOrderMarkAreHandled() throws {
        let text = "\u{FEFF}Xi met Putin.\r\n習近平會見普京。\r\n"
        let document = try Reader().read(bytes: Array(text.utf8), id: "x", path: "x.txt")
        #expect(document.english?.paragraphs == [Paragraph(id: 0, text: "Xi met Putin.", line: 1, offset: 3)])
        #expect(document.chinese?.paragraphs == [Paragraph(id: 0, text: "習近平會見普京。", line: 2, offset: 18)])
    }

    @Test(arguments: [
        (["seeds/004_b1f2f82659ca7572.txt"], "004_b1f2f82659ca7572"),
        (["-"], "stdin"),
        (["/data/UN19930101_020.zh", "/data/UN19930101_020.en"], "UN19930101_020"),
        (["article.zh.txt", "article.en.txt"], "article"),
        (["zh/news_2025-02-24.txt", "en/news_2025-02-24.txt"], "news_2025-02-24"),
        (["a.txt", "b.txt"], "a+b"),
        (["README"], "README"),
    ])
    func documentIDs(paths: [String], id: String) {
        let found =
            paths.count == 1 ? Reader.documentID(paths[0]) : Reader.documentID(paths[0], paths[1])
        #expect(found == id)
    }

    @Test(arguments: [" date 2025-02-25 Title", "date 2025-02-25", "date\t2025-02-25  Title"])
    func dateLines(line: String) throws {
        let found = try #require(Boilerplate.dateLine(Substring(line).trimmingSpaces))
        #expect(found.date == "2025-02-25")
    }

    @Test(arguments: ["date 2025-02-2五 Title", "date 2025-02-25Title", "dated 2025-02-25", "date 25-02-2025"])
    func notDateLines(line: String) {
        #expect(Boilerplate.dateLine(Substring(line)) == nil)
    }
}

/// Page headers and page numbers of text taken from print, set aside (lines of the Hansard of
/// 21 June 1989, `../shared/corpora/sinorama-hansard-zh-en/890621.en`, and of the UN documents).
@Suite struct PageHeaderTests {
    @Test(arguments: [
        ("1   HONG KONG LEGISLATIVE COUNCIL -- 21 June 1989", true),
        ("HONG KONG LEGISLATIVE COUNCIL -- 21 June 1989   1", true),
        ("12", true),
        ("- 12 -", true),
        ("— 7 —", true),
        ("OFFICIAL REPORT OF PROCEEDINGS", false),
        ("Wednesday, 21 June 1989", false),
        ("THE HONOURABLE TAM YIU-CHUNG", false),
        ("1   The Council met at half-past Two o'clock.", false),
        ("(a) the Pharmacy and Poisons (Amendment) Regulations 1989; and", false),
        ("1989", true),
        ("12345", false),
        ("- 12", false),
        ("2. THE SECRETARY FOR TRANSPORT", false),
        ("3  ELECTRICITY BILL 1989", false),
        ("UNITED NATIONS -- GENERAL ASSEMBLY\t7", true),
        ("7  Sinorama, June 1987", false),
        ("14 800 in the case of urban area taxis", false),
    ])
    func pageHeaders(line: String, isHeader: Bool) {
        #expect(Boilerplate.pageHeader(Substring(line)) == isHeader)
    }

    /// Presegmented input keeps its line numbers as sentence ids: a header's line is emptied, not removed.
    @Test func presegmentedHeadersKeepLineNumbers() throws {
        let text = """
            1   HONG KONG LEGISLATIVE COUNCIL -- 21 June 1989
            HONG KONG LEGISLATIVE COUNCIL -- 21 June 1989   1
            OFFICIAL REPORT OF PROCEEDINGS
            Wednesday, 21 June 1989

            """
        var options = ReadOptions()
        options.presegmented = true
        let document = try Reader(options: options).read(bytes: Array(text.utf8), id: "h", path: "h.en")
        let english = try #require(document.english)
        #expect(
            english.paragraphs.map(\.text) == ["", "", "OFFICIAL REPORT OF PROCEEDINGS", "Wednesday, 21 June 1989"])
        #expect(document.setAside.map(\.kind) == [.pageHeader, .pageHeader])
        #expect(document.setAside.map(\.line) == [1, 2])
    }
}
