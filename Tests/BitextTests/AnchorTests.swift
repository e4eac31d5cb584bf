import Testing

@testable import Bitext

@Suite struct AnchorTests {
    static let gazetteer = Gazetteer(
        text: "習近平\t习近平\tXi Jinping|Xi\tperson\n俄羅斯\t俄罗斯\tRussia|Russian Federation\tcountry\n")
    static var extractor: AnchorExtractor { AnchorExtractor(gazetteer: gazetteer) }

    /// The anchors both sentences share, after the document-level filters of `AlignmentFeatures`.
    static func shared(_ chinese: String, _ english: String) -> Set<AnchorKey> {
        let features = AlignmentFeatures(chinese: [chinese], english: [english], extractor: extractor)
        return Set(features.chinese.anchors[0]).intersection(features.english.anchors[0])
    }

    @Test(arguments: [
        ("2月24日下午", "on Feb. 24", [AnchorKey.day(24, of: 2), .month(2)]),
        ("2月24日", "February 24", [.day(24, of: 2), .month(2)]),
        ("1993年6月24日", "24 June 1993", [.day(24, of: 6), .month(6), .number(1993)]),
        ("去年9月", "In September last year", [.month(9), .relativeYear(-1)]),
        ("星期一", "on Monday", [.weekday(1)]),
        ("週五", "Friday", [.weekday(5)]),
        ("十二月", "December", [.month(12)]),
    ])
    func dates(chinese: String, english: String, expected: [AnchorKey]) {
        #expect(Self.shared(chinese, english) == Set(expected))
    }

    @Test(arguments: [
        ("勝利80週年", "the 80th anniversary", [AnchorKey.number(80)]),
        ("八十", "eighty", [.number(80)]),
        ("一千三百萬人", "13 million people", [.number(13_000_000)]),
        ("1300萬", "13,000,000", [.number(13_000_000)]),
        ("13億", "1.3 billion", [.number(1_300_000_000)]),
        ("7.9%", "7.9 per cent", [.number(7.9)]),
        ("二〇二五年", "in 2025", [.number(2025)]),
        ("$26 682 700", "$26,682,700", [.number(26_682_700)]),
        ("第四,", "Fourthly,", [.number(4)]),
        ("兩國", "the two countries", [.number(2)]),
    ])
    func numbers(chinese: String, english: String, expected: [AnchorKey]) {
        #expect(Self.shared(chinese, english) == Set(expected))
    }

    /// Minguo years (the Republic of China's, from 1912) and dates in Chinese numerals, in sentences of the
    /// development documents (Sinorama 198706005, Hong Kong Hansard 890621) and their translations.
    @Test(arguments: [
        (
            "打從民國六十四年，臺北市就開始規劃淡水河的整治", "A: Taipei City began planning reclamation of the Tamsui River in 1975.",
            [AnchorKey.number(1975)]
        ),
        (
            "經費方面，總工程費約需二百八十億元，但這是民國七十二年的物價指數，現在算還要貴一點。",
            "The total cost is estimated at around NT$28 billion (about US$875 million), but this figure uses 1983 prices, so the cost will actually be higher.",
            [.number(28_000_000_000), .number(1983)]
        ),
        ("民國76年", "in 1987", [.number(1987)]),
        ("民国七十六年度", "fiscal 1987", [.number(1987)]),
        ("一九八九年六月二十一日星期三", "Wednesday, 21 June 1989", [.number(1989), .month(6), .day(21, of: 6), .weekday(3)]),
        ("在一九九一年立法局選舉", "the 1991 Legislative Council elections", [.number(1991)]),
    ])
    func taiwanAndHongKongDates(chinese: String, english: String, expected: [AnchorKey]) {
        let dates = Self.shared(chinese, english).filter { $0.kind == .number || $0.kind == .date }
        #expect(dates == Set(expected))
    }

    /// Names in Wade-Giles (Taiwan) and Hong Kong's Cantonese romanisation, in sentences of the development
    /// documents (Sinorama 198706005 lines 3 and 5, Hansard 890621 lines 24, 41 and 513 with their English).
    @Test(arguments: [
        (
            "因此，本刊訪問了行政院俞國華院長，以及整治計劃的主要策劃、執行者□□行政院衛生署長施純仁、臺北市長許水德，和臺灣省主席邱創煥。",
            "To this end, Sinorama interviewed Premier Yu Kuo-hwa, president of the Executive Yuan, as well as the three top decision makers who are implementing the project: Shih Ch'un-jen, director-general of the Department of Health, Hsu Shui-teh, mayor of Taipei, and Ch'iu Ch'uang-huan, governor of Taipei Province.",
            ["yu", "kuohwa", "shih", "chunjen", "hsu", "chiu", "chuanghuan"]
        ),
        (
            "行政院俞院長也非常注重此事。",
            "Premier Yu Kuo-hwa, president of the Executive Yuan, also attaches great importance to this matter.",
            ["yu"]
        ),
        ("高雄市", "the city of Kaohsiung", ["kaohsiung"]),
        (
            "打從民國六十四年，臺北市就開始規劃淡水河的整治", "A: Taipei City began planning reclamation of the Tamsui River in 1975.",
            ["taipei"]
        ),
        ("司徒華議員", "THE HONOURABLE SZETO WAH", ["szeto", "wah"]),
        ("周美德議員", "THE HONOURABLE RONALD CHOW MEI-TAK", ["chow", "meitak"]),
        (
            "十二、周美德議員問：關於本年三月份舉行的市政局及區域市政局選舉，政府可否告知本局：",
            "MR. CHOW asked: Concerning the Urban Council and Regional Council elections held in March this year, will Government inform this Council:",
            ["chow"]
        ),
        ("李柱銘議員", "Martin LEE", ["lee"]),
        ("董建華", "Mr Tung", ["tung"]),
    ])
    func taiwanAndHongKongNames(chinese: String, english: String, names: [String]) {
        let shared = Self.shared(chinese, english)
        for name in names {
            #expect(shared.contains(AnchorKey(.name, hash: Gazetteer.hash(word: name.unicodeScalars))), "\(name)")
        }
    }

    /// Other romanisations match whole names only: a name's beginning (Kuo of a sentence's Kuomintang) is
    /// not a name, nor is a Cantonese spelling a pinyin one where no English word has it.
    @Test func romanisedRunsMatchWholeNamesOnly() {
        #expect(Self.shared("國華", "the Kuomintang").isEmpty)
        #expect(Self.shared("周", "Zhou").contains(AnchorKey(.name, hash: Gazetteer.hash(word: "zhou".unicodeScalars))))
        #expect(Self.shared("李", "Chow").isEmpty)
    }

    /// A year after 民國 is not the number written: 民國76年 is not 76.
    @Test func minguoYearsAreNotTheirNumbers() {
        #expect(Self.shared("民國76年", "76 people").isEmpty)
    }

    @Test func numeralsInWordsAreNotNumbers() {
        let keys = Self.extractor.chinese("統一十分重要,百姓一致", names: [])
        #expect(keys.isEmpty)
    }

    @Test func gazetteerEntitiesInBothScriptsAndVariants() {
        let russia = Self.shared("俄罗斯总统", "the Russian Federation")
        #expect(russia.count == 1)
        #expect(russia.first?.kind == .entity)
        #expect(Self.shared("俄羅斯", "Russia") == russia)
    }

    @Test func romanisedNamesMatchCapitalisedWords() {
        let shared = Self.shared("王毅會見了布林肯", "Wang Yi met Blinken")
        #expect(shared.count == 2)
        #expect(shared.allSatisfy { $0.kind == .name })
        // Putin is not pinyin for 普京: that is what the gazetteer is for.
        #expect(Self.shared("普京表示", "Putin said").isEmpty)
    }

    @Test func latinTokensVerbatim() {
        let shared = Self.shared("金磚國家(BRICS)和G20應對COVID-19", "BRICS and the G20 on COVID-19")
        #expect(shared.count == 3)
        #expect(shared.allSatisfy { $0.kind == .latin })
    }

    @Test func gazetteerLoadingReportsBadLines() {
        let gazetteer = Gazetteer(text: "# comment\n北京\t北京\tBeijing\tcity\nbroken line\n台北\t台北\tTaipei\tplanet\n")
        #expect(gazetteer.entries.count == 1)
        #expect(
            gazetteer.errors.map(\.description) == [
                "gazetteer.tsv:3: expected 4 tab-separated fields, found 1",
                "gazetteer.tsv:4: unknown kind 'planet'",
            ])
    }

    /// A shipped `word` entry holds a name it does not mean: the scan takes it whole and finds no name.
    @Test(arguments: [
        ("我們必須援助發展中國家。", "China"),  // "developing countries" holds 中國
        ("沿海地區的經濟", "Haiti"),  // "coastland" holds 海地
        ("混合肥料", "Hefei"),  // "compost" holds 合肥
        ("发展中国家的财政资源", "China"),  // the same in Simplified
    ])
    func aWordHoldingANameIsNoName(chinese: String, name: String) throws {
        let extractor = AnchorExtractor(gazetteer: .shipped)
        let english = extractor.english(name).keys.filter { $0.kind == .entity }
        try #require(english.count == 1, "\(name) is in the gazetteer")
        #expect(!extractor.chinese(chinese, names: []).contains(english[0]), "\(chinese)")
    }

    /// The name itself, and the name beside the word, still count.
    @Test func theNameOutsideSuchAWordStillCounts() throws {
        let extractor = AnchorExtractor(gazetteer: .shipped)
        let china = try #require(extractor.english("China").keys.first { $0.kind == .entity })
        #expect(extractor.chinese("中國援助發展中國家", names: []).filter { $0 == china }.count == 1)
        #expect(extractor.chinese("中國發展迅速", names: []).contains(china))
    }

    @Test func shippedGazetteerLoads() {
        #expect(Gazetteer.shipped.errors.isEmpty)
        #expect(Gazetteer.shipped.entries.count >= 1)
    }
}
