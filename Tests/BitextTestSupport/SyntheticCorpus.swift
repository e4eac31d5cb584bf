import Bitext

/// A long synthetic Chinese–English document with its true alignment, for benchmarks and scale tests.
///
/// Sentences are random strings of common Han characters and English words whose lengths follow a
/// translation-like ratio with noise; some carry shared numbers, dates and gazetteer-style names; about
/// 8% of the Chinese sentences become two English ones (1-2), 4% two Chinese become one English (2-1),
/// and 2% on each side have no counterpart. Deterministic for a seed.
package struct SyntheticCorpus: Sendable {
    package var chinese: [Sentence] = []
    package var english: [Sentence] = []
    /// The true beads, in order.
    package var gold: [Bead] = []

    private static let han = Array(
        "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處隊南給色光門即保治北造百規熱領七海口東導器壓志世金增爭濟階油思術極交受聯什認六共權收證改清己美再採轉更單風切打白教速花帶安場身車例真務具萬每目至達走積示議聲報鬥完類八離華名確才科張信馬節話米整空元況今集溫傳土許步群廣石記需段研界拉林律叫且究觀越織裝影算低持音眾書布复容兒須際商非驗連斷深難近礦千週委素技備半辦青省列習響約支般史感勞便團往酸歷市克何除消構府稱太準精值號率族維劃選標寫存候毛親快效斯院查江型眼王按格養易置派層片始卻專狀育廠京識適屬圓包火住調滿縣局照參紅細引聽該鐵價嚴"
            .unicodeScalars)
    private static let words = [
        "the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "by", "is", "was", "said", "will",
        "development", "cooperation", "countries", "international", "economic", "government", "relations", "people",
        "president", "meeting", "both", "sides", "support", "security", "trade", "new", "global", "peace",
        "strategic", "partnership", "policy", "growth", "region", "world", "national", "important", "public",
        "agreement", "foreign", "minister", "committee", "report", "further", "promote", "common", "future",
    ]
    private static let names: [(String, String)] = [
        ("俄羅斯", "Russia"), ("巴西", "Brazil"), ("北京", "Beijing"), ("聯合國", "United Nations"),
        ("烏克蘭", "Ukraine"), ("日本", "Japan"), ("美國", "United States"), ("印度", "India"),
    ]
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// A document of about `pairs` sentences per side.
    package init(pairs: Int, seed: UInt64 = 2025) {
        var random = SplitMix64(seed: seed)
        var zhId = 0
        var enId = 0
        func addChinese(_ text: String) -> Int {
            chinese.append(Sentence(id: zhId, text: text, paragraph: zhId, line: zhId + 1, range: 0..<text.utf8.count))
            zhId += 1
            return zhId - 1
        }
        func addEnglish(_ text: String) -> Int {
            english.append(Sentence(id: enId, text: text, paragraph: enId, line: enId + 1, range: 0..<text.utf8.count))
            enId += 1
            return enId - 1
        }
        chinese.reserveCapacity(pairs)
        english.reserveCapacity(pairs)
        while zhId < pairs && enId < pairs {
            let roll = random.next() % 100
            let (zh, en) = Self.pair(&random)
            switch roll {
            case 0..<2:
                gold.append(Bead(chinese: [addChinese(zh)], english: []))
            case 2..<4:
                gold.append(Bead(chinese: [], english: [addEnglish(en)]))
            case 4..<12:
                let (_, second) = Self.pair(&random)
                let zhIndex = addChinese(zh + "，" + Self.pair(&random).0)
                gold.append(Bead(chinese: [zhIndex], english: [addEnglish(en), addEnglish(second)]))
            case 12..<16:
                let (otherZh, _) = Self.pair(&random)
                let first = addChinese(zh)
                let second = addChinese(otherZh)
                gold.append(Bead(chinese: [first, second], english: [addEnglish(en + " " + Self.pair(&random).1)]))
            default:
                gold.append(Bead(chinese: [addChinese(zh)], english: [addEnglish(en)]))
            }
        }
    }

    /// A random sentence pair: Han characters and about 3.5 times as many English characters, with an
    /// anchor now and then.
    private static func pair(_ random: inout SplitMix64) -> (String, String) {
        let length = 12 + Int(random.next() % 48)
        var zh = String.UnicodeScalarView()
        for _ in 0..<length { zh.append(han[Int(random.next() % UInt64(han.count))]) }
        let target = Double(length) * (3.0 + Double(random.next() % 100) / 100)
        var en = ""
        while Double(en.utf8.count) < target {
            if !en.isEmpty { en += " " }
            en += words[Int(random.next() % UInt64(words.count))]
        }
        var chinese = String(zh)
        switch random.next() % 10 {
        case 0:
            let number = 10 + random.next() % 5000
            chinese += "\(number)"
            en += " \(number)"
        case 1:
            let month = Int(random.next() % 12)
            let day = 1 + random.next() % 28
            chinese = "\(month + 1)月\(day)日" + chinese
            en = "On \(months[month]) \(day), " + en
        case 2:
            let (zhName, enName) = names[Int(random.next() % UInt64(names.count))]
            chinese = zhName + chinese
            en = enName + " " + en
        default:
            break
        }
        return (chinese + "。", en.prefix(1).uppercased() + en.dropFirst() + ".")
    }
}
