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

    /// What an English word means to the anchors: month, number, weekday, relative-year word, scale
    /// or name stop word; one lookup for all the English tables above.
    struct EnglishWord: Sendable {
        var month: Int?
        var number: Double?
        var weekday: Int?
        var relative: Int?
        var scale: Double?
        var isStopword = false
    }

    /// The English tables in one `HashTable`, by lowercased word hash.
    static let englishWords: HashTable<EnglishWord> = {
        var table = HashTable<EnglishWord>(capacity: 128)
        for (hash, month) in englishMonths { table[hash, default: EnglishWord()].month = month }
        for (hash, value) in englishNumbers { table[hash, default: EnglishWord()].number = value }
        for (hash, weekday) in englishWeekdays { table[hash, default: EnglishWord()].weekday = weekday }
        for (hash, offset) in englishRelative { table[hash, default: EnglishWord()].relative = offset }
        for (hash, scale) in englishScales { table[hash, default: EnglishWord()].scale = scale }
        for hash in nameStopwords { table[hash, default: EnglishWord()].isStopword = true }
        return table
    }()

    /// 去年 -1, 今年 0, 明年 1: the year a character before 年 means.
    @inline(__always)
    static func chineseRelative(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "去": -1
        case "今": 0
        case "明": 1
        default: nil
        }
    }

    /// The weekday a character after 星期, 禮拜 or 週 names, Monday 1 to Sunday 7.
    @inline(__always)
    static func chineseWeekday(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "日", "天": 7
        default: nil
        }
    }

    /// The value of a Chinese numeral character, nil for any other character.
    @inline(__always)
    static func numeralValue(of value: UInt32) -> Double? {
        // Every numeral but 〇, 百, 萬 and 零 lies in 一 (U+4E00) to 四 (U+56DB).
        guard value &- 0x4E00 <= 0x8DB || value == 0x3007 || value == 0x767E || value == 0x842C || value == 0x96F6
        else { return nil }
        switch value {
        case 0x3007, 0x96F6: return 0
        case 0x4E00: return 1
        case 0x4E8C, 0x5169, 0x4E24: return 2
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        case 0x5341: return 10
        case 0x767E: return 100
        case 0x5343: return 1000
        case 0x842C, 0x4E07: return 1e4
        case 0x5104, 0x4EBF: return 1e8
        default: return nil
        }
    }

    /// The numeral characters in a fixed order, for packing runs of them.
    static let numeralOrder: [Unicode.Scalar] = [
        "〇", "零", "一", "二", "兩", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "萬", "万", "億", "亿",
    ]

    /// Measure words after which a lone numeral counts something (三國, 五年, 兩次).
    @inline(__always)
    static func isMeasureWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "個", "个", "名", "次", "項", "项", "位", "國", "国", "人", "歲", "岁", "天", "年", "週", "周", "倍", "家", "種",
            "种", "條", "条", "點", "点", "屆", "届", "方", "架", "艘", "份", "輪", "轮", "場", "场":
            true
        default: false
        }
    }
}
