import Testing

@testable import Bitext

/// What a pair's confidence is worked out from, bead by bead.
@Suite struct ConfidenceFeaturesTests {
    /// An untranslated run of the Sinorama interview (development document 198706005, Chinese 200 to 208,
    /// English 167 and 168): seven Chinese sentences between two pairs, left out of the abridged English.
    static let run = (
        chinese: [
            "我們在要求民眾配合時，也要給他們一條路，這樣才有理由要求。",
            "舉例而言，汙水廠打算設在八里，當地的居民都不贊成。",
            "後來我們提出一個計劃：要做市地重劃。",
            "把他們現在的住宅區、農業區、山坡地全部合起來重劃之後，他們可分得一半的土地回去，分回去的都是住宅區或商業區。",
            "原來沒有利用價值的土地都變成有利用價值了。",
            "我們利用土地重劃的方式，把汙水處理廠集中在一個地區，與住家之間用「綠帶」分開，綠帶一方面是道路，一方面種很多樹木。",
            "這樣隔開後，汙水處理廠離住處有段距離，也就安全了。",
            "另方面，土地重劃後，大家的土地利用價值提高了，所以，當地民眾就贊成了。",
            "問：土地的徵收的確不容易，除此之外，您還有沒碰到其他的困難？",
        ],
        english: [
            "And at the same time that we ask for the public's cooperation, we'll also have to leave them a road out.",
            "Q: Besides this, what other difficulties are there?",
        ]
    )

    /// A sentence deep in an untranslated run, which no bead of up to four sentences a side can join to a
    /// pair, has no local alternative: it gets the cap, as a pair without one gets it for its boundary
    /// margin; a sentence at the run's edge is priced against joining the pair beside it.
    @Test func aSentenceDeepInAnUntranslatedRunHasNoAlternative() {
        let (features, model) = BoundaryMarginTests.model(chinese: Self.run.chinese, english: Self.run.english)
        let beads =
            [BeadSpan(zh: 0..<1, en: 0..<1, cost: model.cost(features, zh: 0..<1, en: 0..<1))]
            + (1..<8).map {
                BeadSpan(zh: $0..<($0 + 1), en: 0..<0, cost: model.cost(features, zh: $0..<($0 + 1), en: 0..<0))
            }
            + [BeadSpan(zh: 8..<9, en: 1..<2, cost: model.cost(features, zh: 8..<9, en: 1..<2))]
        let margins = beads.indices.map { Aligner().margin(of: $0, in: beads, model: model, features: features) }
        // Chinese 4: four sentences to either pair, five with it.
        #expect(margins[4] == ConfidenceFeatures.marginCap, "\(margins)")
        #expect(margins[1] < ConfidenceFeatures.marginCap && margins[7] < ConfidenceFeatures.marginCap, "\(margins)")
    }
}
