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

    @Test func shippedGazetteerLoads() {
        #expect(Gazetteer.shipped.errors.isEmpty)
        #expect(Gazetteer.shipped.entries.count >= 1)
    }
}
