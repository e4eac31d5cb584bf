import Synchronization

/// Finds the anchors of Chinese and English sentences: numbers, dates, entities, names and Latin tokens.
///
/// Keeps caches (pinyin of Han characters, values of Chinese numerals), so give each task its own.
package final class AnchorExtractor {
    /// The anchors of an English sentence, and the words that may still match a Chinese name.
    package struct English: Sendable {
        package var keys: [AnchorKey] = []
        /// Capitalised words outside the gazetteer (lowercased hashes): candidates for romanised names.
        package var names: [UInt64] = []
        /// Latin tokens with an uppercase letter or a digit (BRICS, G20), lowercased hashes.
        package var latin: [UInt64] = []
    }

    package let gazetteer: Gazetteer
    private var pinyin: [UInt32: [UInt32]] = [:]
    private var numerals: [String: Double] = [:]
    private let transliterator = Transliterator.hanToLatin

    package init(gazetteer: Gazetteer = .shipped) {
        self.gazetteer = gazetteer
        pinyin = Self.sharedPinyin.withLock { $0 }
    }

    /// Pinyin found by any extractor of the process: ICU's Han-Latin is slow, and news reuses characters.
    private static let sharedPinyin = Mutex<[UInt32: [UInt32]]>([:])

    // MARK: English

    /// The anchors of an English sentence; romanised names and Latin tokens are left as candidates.
    package func english(_ text: String) -> English {
        var result = English()
        let scalars = Array(text.unicodeScalars)
        let tokens = EnglishWords.tokens(scalars)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .number {
                index += englishNumber(tokens, at: index, into: &result.keys)
                continue
            }
            if let month = Self.month(token, tokens, at: index, scalars) {
                if index + 1 < tokens.count, tokens[index + 1].kind == .number,
                    let day = Self.day(tokens[index + 1].value)
                {
                    result.keys.append(.day(day, of: month))
                    index += 1
                }
                result.keys.append(.month(month))
                index += 1
                continue
            }
            if let value = Self.englishNumbers[token.hash] {
                result.keys.append(.number(value))
                index += 1
                continue
            }
            if let weekday = Self.englishWeekdays[token.hash] {
                result.keys.append(.weekday(weekday))
                index += 1
                continue
            }
            if let offset = Self.englishRelative[token.hash], index + 1 < tokens.count,
                tokens[index + 1].hash == Self.yearHash
            {
                result.keys.append(.relativeYear(offset))
                index += 2
                continue
            }
            if token.isCapitalized || token.isUppercase, let (entity, length) = englishEntity(tokens, at: index) {
                result.keys.append(.entity(entity))
                index += length
                continue
            }
            if token.isCapitalized, token.range.count >= 2, !Self.nameStopwords.contains(token.hash) {
                result.names.append(token.hash)
            }
            index += 1
        }
        result.latin = Self.latinTokens(scalars, candidatesOnly: true)
        return result
    }

    /// Reads a number and the unit after it; returns how many tokens it took.
    private func englishNumber(_ tokens: [EnglishWords.Token], at index: Int, into keys: inout [AnchorKey]) -> Int {
        let value = tokens[index].value
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else {
            keys.append(.number(value))
            return 1
        }
        let next = tokens[index + 1]
        if let scale = Self.englishScales[next.hash] {
            keys.append(.number(value * scale))
            return 2
        }
        if let month = Self.month(next, tokens, at: index + 1, []), let day = Self.day(value) {
            keys.append(.day(day, of: month))
            keys.append(.month(month))
            return 2
        }
        keys.append(.number(value))
        return 1
    }

    /// The longest gazetteer name starting at token `index`, as (entity key, tokens taken).
    private func englishEntity(_ tokens: [EnglishWords.Token], at index: Int) -> (UInt64, Int)? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var best: (UInt64, Int)?
        var length = 0
        while length < gazetteer.longestEnglish, index + length < tokens.count {
            let token = tokens[index + length]
            guard token.kind == .word else { break }
            hash = Gazetteer.step(hash, token.hash)
            length += 1
            if let entity = gazetteer.englishNames[hash] { best = (entity, length) }
        }
        return best
    }

    /// The month a word names: capitalised, or May next to a number.
    private static func month(
        _ token: EnglishWords.Token, _ tokens: [EnglishWords.Token], at index: Int, _ scalars: [Unicode.Scalar]
    ) -> Int? {
        guard token.kind == .word, token.isCapitalized, let month = englishMonths[token.hash] else { return nil }
        if token.hash == mayHash {
            let before = index > 0 && tokens[index - 1].kind == .number
            let after = index + 1 < tokens.count && tokens[index + 1].kind == .number
            guard before || after else { return nil }
        }
        return month
    }

    private static func day(_ value: Double) -> Int? {
        value >= 1 && value <= 31 && value == value.rounded() ? Int(value) : nil
    }

    // MARK: Chinese

    /// The anchors of a Chinese sentence. Han runs outside the gazetteer are romanised and matched
    /// against `names`, the candidate English names of the document.
    package func chinese(_ text: String, names: Set<UInt64>) -> [AnchorKey] {
        let scalars = text.unicodeScalars.map(Self.halfwidth)
        var keys: [AnchorKey] = []
        var syllables = SyllableWindow()
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            let value = scalar.value
            if EnglishWords.isDigit(scalar) {
                syllables.reset()
                index = arabicNumber(scalars, at: index, into: &keys)
                continue
            }
            if (value | 0x20) &- 97 < 26 {
                syllables.reset()
                var end = index
                if let hash = Self.latinToken(scalars, at: index, end: &end) {
                    keys.append(AnchorKey(.latin, hash: hash))
                }
                index = end
                continue
            }
            guard Self.isHan(value) else {
                syllables.reset()
                index += 1
                continue
            }
            if let (key, length) = chineseEntity(scalars, at: index) {
                syllables.reset()
                keys.append(.entity(key))
                index += length
                continue
            }
            if let end = chineseDate(scalars, at: index, into: &keys) {
                syllables.reset()
                index = end
                continue
            }
            if Self.numeralValues[value] != nil, let end = chineseNumeral(scalars, at: index, into: &keys) {
                syllables.reset()
                index = end
                continue
            }
            if !names.isEmpty {
                syllables.push(syllable(of: value))
                for hash in syllables.suffixHashes() where names.contains(hash) {
                    keys.append(AnchorKey(.name, hash: hash))
                }
            }
            index += 1
        }
        return keys
    }

    /// The longest gazetteer name starting at `index`, as (entity key, scalars taken).
    private func chineseEntity(_ scalars: [Unicode.Scalar], at index: Int) -> (UInt64, Int)? {
        guard gazetteer.chineseInitials.contains(scalars[index].value) else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var best: (UInt64, Int)?
        var length = 0
        while length < gazetteer.longestChinese, index + length < scalars.count {
            hash = Gazetteer.step(hash, scalars[index + length].value)
            length += 1
            if let key = gazetteer.chineseNames[hash] { best = (key, length) }
        }
        return best
    }

    /// Romanises, in a few ICU calls, the Han characters of `texts` not yet cached: one call a character
    /// costs far more than the transliteration itself.
    package func prepareSyllables(for texts: [String]) {
        guard let transliterator else { return }
        var pending: [UInt32] = []
        var seen: Set<UInt32> = []
        for text in texts {
            for scalar in text.unicodeScalars where Self.isHan(scalar.value) && pinyin[scalar.value] == nil {
                if seen.insert(scalar.value).inserted { pending.append(scalar.value) }
            }
        }
        guard !pending.isEmpty else { return }
        defer {
            let found = pinyin
            Self.sharedPinyin.withLock { $0.merge(found) { first, _ in first } }
        }
        var start = 0
        while start < pending.count {
            let chunk = pending[start..<min(start + 512, pending.count)]
            start += chunk.count
            var joined = String.UnicodeScalarView()
            for value in chunk {
                if let scalar = Unicode.Scalar(value) { joined.append(scalar) }
                joined.append("\n")
            }
            let lines = transliterator(String(joined)).split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count >= chunk.count else { continue }
            for (value, line) in zip(chunk, lines) {
                pinyin[value] = line.unicodeScalars.map(\.value).filter { $0 &- 97 < 26 }
            }
        }
    }

    /// Toneless pinyin of a word of Han characters without spaces (習近平 → xijinping), from the
    /// syllable cache (`prepareSyllables` fills it in a few ICU calls); nil if a character is not Han.
    package func romanised(_ word: String) -> String? {
        var letters = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            guard Self.isHan(scalar.value) else { return nil }
            for value in syllable(of: scalar.value) {
                if let letter = Unicode.Scalar(value) { letters.append(letter) }
            }
        }
        return String(letters)
    }

    /// Toneless pinyin of a Han character, lowercase ASCII letters; cached.
    private func syllable(of value: UInt32) -> [UInt32] {
        if let cached = pinyin[value] { return cached }
        var letters: [UInt32] = []
        if let transliterator, let scalar = Unicode.Scalar(value) {
            letters = transliterator(String(Character(scalar))).unicodeScalars.map(\.value).filter {
                $0 &- 97 < 26
            }
        }
        pinyin[value] = letters
        return letters
    }

    /// Reads Arabic digits and the unit after them (%, 萬, 億, 年, 月, 日); returns the offset after.
    private func arabicNumber(_ scalars: [Unicode.Scalar], at index: Int, into keys: inout [AnchorKey]) -> Int {
        let (value, end) = EnglishWords.number(in: scalars, at: index)
        guard end < scalars.count else {
            keys.append(.number(value))
            return end
        }
        switch scalars[end] {
        case "萬", "万":
            keys.append(.number(value * 1e4))
            return end + 1
        case "億", "亿":
            keys.append(.number(value * 1e8))
            return end + 1
        case "月" where Self.isMonth(value):
            let month = Int(value)
            keys.append(.month(month))
            if end + 1 < scalars.count, EnglishWords.isDigit(scalars[end + 1]) {
                let (day, dayEnd) = EnglishWords.number(in: scalars, at: end + 1)
                if dayEnd < scalars.count, Self.isDayMark(scalars[dayEnd]), let day = Self.day(day) {
                    keys.append(.day(day, of: month))
                    return dayEnd + 1
                }
            }
            return end + 1
        case "日", "號", "号":
            if let day = Self.day(value) {
                keys.append(.day(day))
                return end + 1
            }
        default:
            break
        }
        keys.append(.number(value))
        return end
    }

    /// Reads 星期一, 週五, 去年, 今年, 明年, 一月, 九月二十四日; returns the offset after, or nil.
    private func chineseDate(_ scalars: [Unicode.Scalar], at index: Int, into keys: inout [AnchorKey]) -> Int? {
        let first = scalars[index]
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        if next == "年", let offset = Self.chineseRelative[first] {
            keys.append(.relativeYear(offset))
            return index + 2
        }
        if first == "星" && next == "期" || first == "禮" && next == "拜" || first == "礼" && next == "拜" {
            if index + 2 < scalars.count, let day = Self.chineseWeekdays[scalars[index + 2]] {
                keys.append(.weekday(day))
                return index + 3
            }
        }
        if first == "週" || first == "周", let day = Self.chineseWeekdays[next], next != "天" {
            keys.append(.weekday(day))
            return index + 2
        }
        return nil
    }

    /// Reads a run of Chinese numerals and what it counts; returns the offset after, or nil for none.
    private func chineseNumeral(_ scalars: [Unicode.Scalar], at index: Int, into keys: inout [AnchorKey]) -> Int? {
        var end = index
        while end < scalars.count, Self.numeralValues[scalars[end].value] != nil { end += 1 }
        var start = index
        // Bare multipliers (百姓, 萬一) are words, not numbers.
        while start < end, Self.numeralValues[scalars[start].value] ?? 0 >= 100 { start += 1 }
        // 一十 is no number's spelling: the 一 ends a word (統一十分).
        if end - start >= 2, scalars[start] == "一", scalars[start + 1] == "十" { start += 1 }
        guard start < end else { return end }
        let run = scalars[start..<end]
        let after = end < scalars.count ? scalars[end] : " "
        guard let value = numeralValue(run) else { return end }
        if after == "月", Self.isMonth(value) {
            keys.append(.month(Int(value)))
            var dayEnd = end + 1
            while dayEnd < scalars.count, Self.numeralValues[scalars[dayEnd].value] != nil { dayEnd += 1 }
            if dayEnd > end + 1, dayEnd < scalars.count, Self.isDayMark(scalars[dayEnd]),
                let day = numeralValue(scalars[(end + 1)..<dayEnd]).flatMap(Self.day)
            {
                keys.append(.day(day, of: Int(value)))
                return dayEnd + 1
            }
            return end + 1
        }
        if run.count == 1 {
            // A lone numeral is a number only as an ordinal (第四) or before a measure word; 十分 is "very".
            let ordinal = index > 0 && scalars[index - 1] == "第"
            if value >= 2, ordinal || Self.measureWords.contains(after), !(value == 10 && after == "分") {
                keys.append(.number(value))
            }
            return end
        }
        if Self.isDayMark(after), let day = Self.day(value) {
            keys.append(.day(day))
            return end + 1
        }
        if value >= 2 { keys.append(.number(value)) }
        return end
    }

    /// The value of Chinese numerals: positional digits (二〇二五) or ICU's spell-out rules (一千三百萬).
    private func numeralValue(_ run: ArraySlice<Unicode.Scalar>) -> Double? {
        if run.allSatisfy({ (Self.numeralValues[$0.value] ?? 100) < 10 }) && run.count > 1 {
            return run.reduce(0) { $0 * 10 + (Self.numeralValues[$1.value] ?? 0) }
        }
        let text = String(String.UnicodeScalarView(run.map { $0 == "兩" || $0 == "两" ? "二" : $0 }))
        if let cached = numerals[text] { return cached.isNaN ? nil : cached }
        let value = SpelloutParser.chinese?.value(of: text)
        numerals[text] = value ?? .nan
        return value
    }

    private static func isMonth(_ value: Double) -> Bool { value >= 1 && value <= 12 && value == value.rounded() }

    private static func isDayMark(_ scalar: Unicode.Scalar) -> Bool { scalar == "日" || scalar == "號" || scalar == "号" }

    // MARK: Latin

    /// Latin tokens of `scalars` (letters and digits joined by - . / &, at least one letter), hashed lowercase.
    /// With `candidatesOnly`, only tokens with an uppercase letter after the first or a digit (BRICS, G20).
    package static func latinTokens(_ scalars: [Unicode.Scalar], candidatesOnly: Bool) -> [UInt64] {
        var hashes: [UInt64] = []
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            guard value < 128, (value | 0x20) &- 97 < 26 || value &- 48 < 10 else {
                index += 1
                continue
            }
            let start = index
            var end = index
            if let hash = latinToken(scalars, at: index, end: &end) {
                if !candidatesOnly
                    || scalars[(start + 1)..<end].contains(where: { $0.value &- 65 < 26 || $0.value &- 48 < 10 })
                {
                    hashes.append(hash)
                }
            }
            index = max(end, index + 1)
        }
        return hashes
    }

    /// The Latin token at `index` (see `latinTokens`), with `end` set past it; nil for a lone letter or number.
    private static func latinToken(_ scalars: [Unicode.Scalar], at index: Int, end: inout Int) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var letters = 0
        var length = 0
        var position = index
        while position < scalars.count {
            let value = scalars[position].value
            if value < 128, (value | 0x20) &- 97 < 26 || value &- 48 < 10 {
                if value &- 48 >= 10 { letters += 1 }
                hash = Gazetteer.step(hash, Gazetteer.lowercased(value))
                length += 1
                position += 1
            } else if value == 45 || value == 46 || value == 47 || value == 38, position + 1 < scalars.count,
                scalars[position + 1].value < 128,
                (scalars[position + 1].value | 0x20) &- 97 < 26 || scalars[position + 1].value &- 48 < 10
            {
                hash = Gazetteer.step(hash, value)
                position += 1
            } else {
                break
            }
        }
        end = position
        return letters > 0 && length >= 2 ? hash : nil
    }

    // MARK: Characters

    @inline(__always)
    package static func isHan(_ value: UInt32) -> Bool {
        value &- 0x4E00 < 0x5200 || value &- 0x3400 < 0x1A00 || value &- 0xF900 < 0x200
            || value &- 0x2_0000 < 0x1_0000 || value == 0x3007
    }

    /// Fullwidth ASCII (０-９, Ａ-Ｚ, ％) as ASCII.
    private static func halfwidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        guard value &- 0xFF01 < 0x5E, let ascii = Unicode.Scalar(value - 0xFEE0) else { return scalar }
        return ascii
    }
}

/// The pinyin syllables of the last three Han characters, for matching names of one to three syllables.
private struct SyllableWindow {
    private var syllables: [[UInt32]] = []

    mutating func reset() { syllables.removeAll(keepingCapacity: true) }

    mutating func push(_ syllable: [UInt32]) {
        if syllable.isEmpty {
            reset()
            return
        }
        if syllables.count == 3 { syllables.removeFirst() }
        syllables.append(syllable)
    }

    /// Hashes of the last one, two and three syllables joined (ping, jinping, xijinping).
    func suffixHashes() -> [UInt64] {
        var hashes: [UInt64] = []
        for start in stride(from: syllables.count - 1, through: 0, by: -1) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for syllable in syllables[start...] {
                for value in syllable { hash = Gazetteer.step(hash, value) }
            }
            hashes.append(hash)
        }
        return hashes
    }
}
