extension AnchorExtractor {
    static func wordHash(_ word: String) -> UInt64 { Gazetteer.hash(word: word.unicodeScalars) }

    static func wordTable(_ table: [String: Int]) -> [UInt64: Int] {
        Dictionary(table.map { (wordHash($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Month names and their abbreviations (Feb., Sept.), lowercased hashes.
    static let englishMonths = wordTable([
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ])

    static let mayHash = wordHash("may")
    static let yearHash = wordHash("year")

    static let englishWeekdays = wordTable([
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ])

    /// Number words from two (one is too often a pronoun) and ordinals, with their -ly adverbs (fourthly).
    static let englishNumbers: [UInt64: Double] = {
        let cardinals = [
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ]
        let ordinals = [
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        ]
        var table: [UInt64: Double] = [:]
        for (offset, word) in cardinals.enumerated() { table[wordHash(word)] = Double(offset + 2) }
        for (offset, word) in ordinals.enumerated() {
            table[wordHash(word)] = Double(offset + 2)
            table[wordHash(word + "ly")] = Double(offset + 2)
        }
        for (offset, word) in ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            table[wordHash(word)] = Double(offset * 10 + 30)
        }
        table[wordHash("hundred")] = 100
        return table
    }()

    static let englishRelative = wordTable(["last": -1, "this": 0, "next": 1])

    static let englishScales: [UInt64: Double] = [
        wordHash("thousand"): 1e3, wordHash("million"): 1e6, wordHash("billion"): 1e9, wordHash("trillion"): 1e12,
    ]

    /// Capitalised English words that read as pinyin but are rarely names (He, She, An).
    static let nameStopwords: Set<UInt64> = Set(
        ["a", "an", "he", "she", "men", "die", "long", "man", "ban", "pan", "fan", "hang", "bang", "ran", "tang"].map(
            wordHash))

    static let chineseRelative: [Unicode.Scalar: Int] = ["去": -1, "今": 0, "明": 1]

    static let chineseWeekdays: [Unicode.Scalar: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7,
    ]

    /// Chinese numeral characters and their values.
    static let numeralValues: [UInt32: Double] = [
        0x3007: 0, 0x96F6: 0, 0x4E00: 1, 0x4E8C: 2, 0x5169: 2, 0x4E24: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5,
        0x516D: 6, 0x4E03: 7, 0x516B: 8, 0x4E5D: 9, 0x5341: 10, 0x767E: 100, 0x5343: 1000, 0x842C: 1e4,
        0x4E07: 1e4, 0x5104: 1e8, 0x4EBF: 1e8,
    ]

    /// Measure words after which a lone numeral counts something (三國, 五年, 兩次).
    static let measureWords: Set<Unicode.Scalar> = [
        "個", "个", "名", "次", "項", "项", "位", "國", "国", "人", "歲", "岁", "天", "年", "週", "周", "倍", "家", "種",
        "种", "條", "条", "點", "点", "屆", "届", "方", "架", "艘", "份", "輪", "轮", "場", "场",
    ]
}
