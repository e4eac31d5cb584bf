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
    private var pinyin: SyllableTable
    /// Characters romanised by this extractor and not yet shared with the process.
    private var learned: [UInt32] = []
    private var numerals: [String: Double] = [:]
    private let transliterator = Transliterator.hanToLatin
    /// Wade-Giles and Cantonese spellings, matched beside pinyin.
    private let romanisations = Romanisations.shipped
    /// Buffers reused from one sentence to the next.
    private var scalarBuffer: [Unicode.Scalar] = []
    private var tokenBuffer: [EnglishWords.Token] = []

    package init(gazetteer: Gazetteer = .shipped) {
        self.gazetteer = gazetteer
        pinyin = Self.sharedPinyin.withLock { $0 }
    }

    /// Pinyin found by any extractor of the process: ICU's Han-Latin is slow, and news reuses characters.
    private static let sharedPinyin = Mutex<SyllableTable>(SyllableTable())

    /// The scalars of `text` in the reused buffer, fullwidth ASCII as ASCII when `halfwidth`; give the
    /// buffer back with `scalarBuffer = buffer` when done.
    private func scalars(of text: String, halfwidth: Bool) -> [Unicode.Scalar] {
        var buffer = scalarBuffer
        scalarBuffer = []
        buffer.removeAll(keepingCapacity: true)
        let decoded: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            // Room for a scalar a byte, filled in place, then cut to the scalars decoded.
            buffer.append(contentsOf: repeatElement(" ", count: bytes.count))
            let count = buffer.withUnsafeMutableBufferPointer { scalars in
                scalars.withMemoryRebound(to: UInt32.self) { Self.decode(bytes, into: $0, halfwidth: halfwidth) }
            }
            buffer.removeLast(buffer.count - count)
        }
        if decoded == nil {
            for scalar in text.unicodeScalars { buffer.append(halfwidth ? Self.halfwidth(scalar) : scalar) }
        }
        return buffer
    }

    /// Writes the scalar values of valid UTF-8 `bytes` (a Swift string's, so every value is a scalar's)
    /// to `values`, which has room for one a byte; returns how many.
    @inline(__always)
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, into values: UnsafeMutableBufferPointer<UInt32>, halfwidth: Bool
    ) -> Int {
        var written = 0
        var index = 0
        let count = bytes.count
        while index < count {
            var (value, width) = bytes.scalar(at: index)
            index += width
            // Fullwidth ASCII (０-９, Ａ-Ｚ, ％) as ASCII.
            if halfwidth, value &- 0xFF01 < 0x5E { value -= 0xFEE0 }
            values[written] = value
            written += 1
        }
        return written
    }

    // MARK: English

    /// The anchors of an English sentence; romanised names and Latin tokens are left as candidates.
    package func english(_ text: String) -> English {
        let buffer = scalars(of: text, halfwidth: false)
        var tokens = tokenBuffer
        tokenBuffer = []
        tokens.removeAll(keepingCapacity: true)
        let result = buffer.withUnsafeBufferPointer { scalars in
            EnglishWords.tokens(of: scalars, into: &tokens)
            return tokens.withUnsafeBufferPointer { english(scalars, tokens: $0) }
        }
        scalarBuffer = buffer
        tokenBuffer = tokens
        return result
    }

    private func english(_ scalars: Scalars, tokens: UnsafeBufferPointer<EnglishWords.Token>) -> English {
        var result = English()
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .number {
                index += englishNumber(tokens, at: index, into: &result.keys)
                continue
            }
            let word = Self.englishWords[token.hash]
            if let month = Self.month(token, word, tokens, at: index) {
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
            if let value = word?.number {
                result.keys.append(.number(value))
                index += 1
                continue
            }
            if let weekday = word?.weekday {
                result.keys.append(.weekday(weekday))
                index += 1
                continue
            }
            if let offset = word?.relative, index + 1 < tokens.count, tokens[index + 1].hash == Self.yearHash {
                result.keys.append(.relativeYear(offset))
                index += 2
                continue
            }
            if token.isCapitalized || token.isUppercase, let (entity, length) = englishEntity(tokens, at: index) {
                result.keys.append(.entity(entity))
                index += length
                continue
            }
            if token.isCapitalized, word?.isStopword != true {
                Self.appendNames(scalars, tokens, at: index, to: &result.names)
            }
            index += 1
        }
        result.latin = Self.latinTokens(scalars, candidatesOnly: true)
        return result
    }

    /// Appends the name candidates of the capitalised word `tokens[index]`: the word itself (two letters
    /// or more), and the word joined to the words after it by a hyphen or an apostrophe (Kuo-hwa →
    /// kuohwa, Ch'iu → chiu, Chee-hwa), as Wade-Giles and Hong Kong names are written. Each comes with its
    /// beginnings marked (`Romanisations.prefixMark`), which the other romanisations' runs match against.
    private static func appendNames(
        _ scalars: Scalars, _ tokens: UnsafeBufferPointer<EnglishWords.Token>, at index: Int, to names: inout [UInt64]
    ) {
        let token = tokens[index]
        var end = index
        var joined = token.hash
        while end + 1 < tokens.count, tokens[end + 1].kind == .word,
            tokens[end + 1].range.lowerBound == tokens[end].range.upperBound + 1,
            isNameJoiner(scalars[tokens[end].range.upperBound].value)
        {
            end += 1
            for offset in tokens[end].range {
                joined = Gazetteer.step(joined, Gazetteer.lowercased(scalars[offset].value))
            }
        }
        if token.range.count >= 2 { names.append(token.hash) }
        if end > index { names.append(joined) }
        guard token.range.count >= 2 || end > index else { return }
        // The beginnings of the longest name (those of the word alone, and the word, are among them).
        var prefix = FNV1a.offsetBasis
        var letters = 0
        for position in index...end {
            for offset in tokens[position].range {
                if letters > 0 { names.append(prefix ^ Romanisations.prefixMark) }
                prefix = Gazetteer.step(prefix, Gazetteer.lowercased(scalars[offset].value))
                letters += 1
            }
        }
    }

    /// A hyphen or an apostrophe (straight or curly) between the parts of a romanised name.
    @inline(__always)
    private static func isNameJoiner(_ value: UInt32) -> Bool { value == 0x2D || value == 0x27 || value == 0x2019 }

    /// Reads a number and the unit after it; returns how many tokens it took.
    private func englishNumber(
        _ tokens: UnsafeBufferPointer<EnglishWords.Token>, at index: Int, into keys: inout [AnchorKey]
    ) -> Int {
        let value = tokens[index].value
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else {
            keys.append(.number(value))
            return 1
        }
        let next = tokens[index + 1]
        let word = Self.englishWords[next.hash]
        if let scale = word?.scale {
            keys.append(.number(value * scale))
            return 2
        }
        if let month = Self.month(next, word, tokens, at: index + 1), let day = Self.day(value) {
            keys.append(.day(day, of: month))
            keys.append(.month(month))
            return 2
        }
        keys.append(.number(value))
        return 1
    }

    /// The longest gazetteer name starting at token `index`, as (entity key, tokens taken).
    private func englishEntity(_ tokens: UnsafeBufferPointer<EnglishWords.Token>, at index: Int) -> (UInt64, Int)? {
        var hash: UInt64 = FNV1a.offsetBasis
        var best: (UInt64, Int)?
        var length = 0
        while length < gazetteer.longestEnglish, index + length < tokens.count {
            let token = tokens[index + length]
            guard token.kind == .word else { break }
            hash = Gazetteer.step(hash, token.hash)
            length += 1
            guard let node = gazetteer.englishPrefixes[hash] else { break }
            if let entity = node.entity { best = (entity, length) }
            if !node.extends { break }
        }
        return best
    }

    /// The month a word names: capitalised, or May next to a number.
    private static func month(
        _ token: EnglishWords.Token, _ word: EnglishWord?, _ tokens: UnsafeBufferPointer<EnglishWords.Token>,
        at index: Int
    ) -> Int? {
        guard token.kind == .word, token.isCapitalized, let month = word?.month else { return nil }
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
        var table = HashTable<Void>(capacity: names.count)
        for name in names { table.insert(name) }
        return chinese(text, names: table)
    }

    /// The anchors of a Chinese sentence, `names` (the candidate English names of the document) in a table.
    package func chinese(_ text: String, names: HashTable<Void>) -> [AnchorKey] {
        let buffer = scalars(of: text, halfwidth: true)
        let keys = buffer.withUnsafeBufferPointer { chinese($0, names: names) }
        scalarBuffer = buffer
        return keys
    }

    private func chinese(_ scalars: Scalars, names: HashTable<Void>) -> [AnchorKey] {
        var keys: [AnchorKey] = []
        var syllables = SyllableWindow()
        var runs = RomanisedRuns()
        var index = 0
        let count = scalars.count
        while index < count {
            let value = scalars[index].value
            if EnglishWords.isDigit(value) {
                syllables.reset()
                runs.reset()
                index = arabicNumber(scalars, at: index, into: &keys)
                continue
            }
            if (value | 0x20) &- 97 < 26 {
                syllables.reset()
                runs.reset()
                var end = index
                if let hash = Self.latinToken(scalars, at: index, end: &end) {
                    keys.append(AnchorKey(.latin, hash: hash))
                }
                index = end
                continue
            }
            guard Self.isHan(value) else {
                syllables.reset()
                runs.reset()
                index += 1
                continue
            }
            if let (key, length) = chineseEntity(scalars, at: index) {
                syllables.reset()
                runs.reset()
                if let key { keys.append(.entity(key)) }
                index += length
                continue
            }
            if let end = chineseDate(scalars, at: index, into: &keys) {
                syllables.reset()
                runs.reset()
                index = end
                continue
            }
            if Self.numeralValue(of: value) != nil, let end = chineseNumeral(scalars, at: index, into: &keys) {
                syllables.reset()
                runs.reset()
                index = end
                continue
            }
            if !names.isEmpty {
                let syllable = syllable(of: value)
                if SyllableTable.isEmpty(syllable) {
                    syllables.reset()
                    runs.reset()
                } else {
                    var pinyinHash = FNV1a.offsetBasis
                    pinyin.forEachLetter(syllable, of: value) { letter in
                        syllables.step(letter)
                        pinyinHash = Gazetteer.step(pinyinHash, letter)
                    }
                    syllables.push()
                    for position in 0..<syllables.count {
                        let hash = syllables.hash(position)
                        if names.contains(hash) { keys.append(AnchorKey(.name, hash: hash)) }
                    }
                    runs.step(
                        value, pinyinHash: pinyinHash, romanisations: romanisations, names: names, into: &keys)
                }
            }
            index += 1
        }
        return keys
    }

    /// The longest gazetteer name or word starting at `index`, as (entity key, scalars taken); a word
    /// (`Gazetteer.Node.isWord`) has no key: it holds a name that it does not mean.
    @inline(__always)
    private func chineseEntity(_ scalars: Scalars, at index: Int) -> (UInt64?, Int)? {
        let first = scalars[index].value
        guard gazetteer.startsChineseName(first) else { return nil }
        // Most places where a name's first character stands start no name (a bit filter on the first two).
        if index + 1 < scalars.count, !gazetteer.mayStartChineseName(first, scalars[index + 1].value),
            gazetteer.oneScalarNames.isEmpty || !gazetteer.oneScalarNames.contains(first)
        {
            return nil
        }
        var hash: UInt64 = FNV1a.offsetBasis
        var best: (UInt64?, Int)?
        var length = 0
        while length < gazetteer.longestChinese, index + length < scalars.count {
            hash = Gazetteer.step(hash, scalars[index + length].value)
            length += 1
            // No name goes on from a sequence that starts none.
            guard let node = gazetteer.chinesePrefixes[hash] else { break }
            if let key = node.entity { best = (key, length) } else if node.isWord { best = (nil, length) }
            if !node.extends { break }
        }
        return best
    }

    /// Romanises, in a few ICU calls, the Han characters of `texts` not yet cached: one call a character
    /// costs far more than the transliteration itself.
    package func prepareSyllables(for texts: some Sequence<String>) {
        guard let transliterator else { return }
        var pending: [UInt32] = []
        var seen: HashTable<Void>?  // Made only when a character is new: rarely, once the cache is warm.
        let known = pinyin
        for var text in texts {
            // Han is three or four UTF-8 bytes: the rest is skipped by its lead byte, undecoded.
            _ = text.withUTF8 { bytes in
                bytes.forEachWideScalar { value in
                    guard Self.isHan(value), !known.contains(value) else { return true }
                    if seen == nil { seen = HashTable() }
                    if seen?.insert(UInt64(value)) == true { pending.append(value) }
                    return true
                }
            }
        }
        guard !pending.isEmpty else { return }
        defer {
            let found = pinyin
            let values = learned
            learned.removeAll()
            Self.sharedPinyin.withLock { $0.merge(found, values: values) }
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
                pinyin.set(value, letters: line.unicodeScalars.map(\.value).filter { $0 &- 97 < 26 })
                learned.append(value)
            }
        }
    }

    /// Toneless pinyin of a word of Han characters without spaces (習近平 → xijinping), from the
    /// syllable cache (`prepareSyllables` fills it in a few ICU calls); nil if a character is not Han.
    package func romanised(_ word: String) -> String? {
        var letters = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            guard Self.isHan(scalar.value) else { return nil }
            pinyin.forEachLetter(syllable(of: scalar.value), of: scalar.value) { value in
                if let letter = Unicode.Scalar(value) { letters.append(letter) }
            }
        }
        return String(letters)
    }

    /// Toneless pinyin of a Han character, lowercase ASCII letters, packed; cached.
    @inline(__always)
    private func syllable(of value: UInt32) -> SyllableTable.Packed {
        if let cached = pinyin.packed(value) { return cached }
        return romanise(value)
    }

    /// Romanises `value` alone through ICU and caches it: for characters `prepareSyllables` has not seen.
    private func romanise(_ value: UInt32) -> SyllableTable.Packed {
        var letters: [UInt32] = []
        if let transliterator, let scalar = Unicode.Scalar(value) {
            letters = transliterator(String(Character(scalar))).unicodeScalars.map(\.value).filter {
                $0 &- 97 < 26
            }
        }
        pinyin.set(value, letters: letters)
        learned.append(value)
        return pinyin.packed(value) ?? 0
    }

    /// Reads Arabic digits and the unit after them (%, 萬, 億, 年, 月, 日); returns the offset after.
    private func arabicNumber(_ scalars: Scalars, at index: Int, into keys: inout [AnchorKey]) -> Int {
        let (value, end) = EnglishWords.number(in: scalars, at: index)
        guard end < scalars.count else {
            keys.append(.number(value))
            return end
        }
        switch scalars[end] {
        case "年" where Self.followsMinguo(scalars, at: index):
            keys.append(.number(value + Self.minguoOffset))
            return end + 1
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
    @inline(__always)
    private func chineseDate(_ scalars: Scalars, at index: Int, into keys: inout [AnchorKey]) -> Int? {
        let first = scalars[index]
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        if next == "年", let offset = Self.chineseRelative(first) {
            keys.append(.relativeYear(offset))
            return index + 2
        }
        if first == "星" && next == "期" || first == "禮" && next == "拜" || first == "礼" && next == "拜" {
            if index + 2 < scalars.count, let day = Self.chineseWeekday(scalars[index + 2]) {
                keys.append(.weekday(day))
                return index + 3
            }
        }
        if first == "週" || first == "周", let day = Self.chineseWeekday(next), next != "天" {
            keys.append(.weekday(day))
            return index + 2
        }
        return nil
    }

    /// Reads a run of Chinese numerals and what it counts; returns the offset after, or nil for none.
    private func chineseNumeral(_ scalars: Scalars, at index: Int, into keys: inout [AnchorKey]) -> Int? {
        var end = index
        while end < scalars.count, Self.numeralValue(of: scalars[end].value) != nil { end += 1 }
        var start = index
        // Bare multipliers (百姓, 萬一) are words, not numbers.
        while start < end, Self.numeralValue(of: scalars[start].value) ?? 0 >= 100 { start += 1 }
        // 一十 is no number's spelling: the 一 ends a word (統一十分).
        if end - start >= 2, scalars[start] == "一", scalars[start + 1] == "十" { start += 1 }
        guard start < end else { return end }
        let run = scalars[start..<end]
        let after = end < scalars.count ? scalars[end] : " "
        guard let value = numeralValue(run) else { return end }
        if after == "年", Self.followsMinguo(scalars, at: start) {
            keys.append(.number(value + Self.minguoOffset))
            return end + 1
        }
        if after == "月", Self.isMonth(value) {
            keys.append(.month(Int(value)))
            var dayEnd = end + 1
            while dayEnd < scalars.count, Self.numeralValue(of: scalars[dayEnd].value) != nil { dayEnd += 1 }
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
            if value >= 2, ordinal || Self.isMeasureWord(after), !(value == 10 && after == "分") {
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
    private func numeralValue(_ run: Slice<Scalars>) -> Double? {
        if run.allSatisfy({ (Self.numeralValue(of: $0.value) ?? 100) < 10 }) && run.count > 1 {
            return run.reduce(0) { $0 * 10 + (Self.numeralValue(of: $1.value) ?? 0) }
        }
        let packed = Self.packedNumerals(run)
        if let packed, let cached = Self.numeralCache.withLock({ $0[packed] }) { return cached.isNaN ? nil : cached }
        let text = String(String.UnicodeScalarView(run.map { $0 == "兩" || $0 == "两" ? "二" : $0 }))
        if let cached = numerals[text] { return cached.isNaN ? nil : cached }
        let value = SpelloutParser.chinese?.value(of: text)
        numerals[text] = value ?? .nan
        if let packed {
            Self.numeralCache.withLock { cache in
                if cache.count >= Self.numeralCacheLimit { cache = HashTable() }
                cache[packed] = value ?? .nan
            }
        }
        return value
    }

    /// The values of numeral runs (`packedNumerals`) any extractor of the process has read; NaN for none.
    private static let numeralCache = Mutex(HashTable<Double>())
    /// Runs cached beyond which the cache starts again (random text could grow it without end).
    private static let numeralCacheLimit = 100_000

    /// A run of up to 12 numerals as a key: 5 bits a numeral (its place in `numeralOrder`, from 1) and
    /// the length in the low 4 bits; nil for a longer run.
    private static func packedNumerals(_ run: Slice<Scalars>) -> UInt64? {
        guard run.count <= 12 else { return nil }
        var packed = UInt64(run.count)
        var shift: UInt64 = 4
        for scalar in run {
            guard let code = numeralOrder.firstIndex(of: scalar) else { return nil }
            packed |= UInt64(code + 1) << shift
            shift += 5
        }
        return packed
    }

    /// Years of the Republic of China (民國七十六年, 民國76年) are the Gregorian year less 1911.
    private static let minguoOffset = 1911.0

    /// Whether 民國 (or 民国) comes just before `index`: a year counted from 1912.
    private static func followsMinguo(_ scalars: Scalars, at index: Int) -> Bool {
        index >= 2 && (scalars[index - 1] == "國" || scalars[index - 1] == "国") && scalars[index - 2] == "民"
    }

    private static func isMonth(_ value: Double) -> Bool { value >= 1 && value <= 12 && value == value.rounded() }

    private static func isDayMark(_ scalar: Unicode.Scalar) -> Bool { scalar == "日" || scalar == "號" || scalar == "号" }

    // MARK: Latin

    /// Latin tokens of `scalars` (letters and digits joined by - . / &, at least one letter), hashed lowercase.
    /// With `candidatesOnly`, only tokens with an uppercase letter after the first or a digit (BRICS, G20).
    package static func latinTokens(_ scalars: [Unicode.Scalar], candidatesOnly: Bool) -> [UInt64] {
        scalars.withUnsafeBufferPointer { latinTokens($0, candidatesOnly: candidatesOnly) }
    }

    private static func latinTokens(_ scalars: Scalars, candidatesOnly: Bool) -> [UInt64] {
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
    @inline(__always)
    private static func latinToken(_ scalars: Scalars, at index: Int, end: inout Int) -> UInt64? {
        var hash: UInt64 = FNV1a.offsetBasis
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

    package typealias Scalars = EnglishWords.Scalars

    @inline(__always)
    package static func isHan(_ value: UInt32) -> Bool {
        value &- 0x4E00 < 0x5200 || value &- 0x3400 < 0x1A00 || value &- 0xF900 < 0x200
            || value &- 0x2_0000 < 0x1_0000 || value == 0x3007
    }

    /// Fullwidth ASCII (０-９, Ａ-Ｚ, ％) as ASCII.
    @inline(__always)
    private static func halfwidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        guard value &- 0xFF01 < 0x5E, let ascii = Unicode.Scalar(value - 0xFEE0) else { return scalar }
        return ascii
    }
}

/// The pinyin syllables of the last three Han characters, for matching names of one to three syllables:
/// the hashes of the last one, two and three syllables joined (ping, jinping, xijinping), kept up to date
/// as syllables come (FNV-1a runs on from where it was).
private struct SyllableWindow {
    /// The hashes of the runs of syllables ending with the last one: `hashes.0` the last one alone.
    private var hashes: (UInt64, UInt64, UInt64) = (0, 0, 0)
    /// The runs being extended by the letters of a new syllable (before `push`).
    private var next: (UInt64, UInt64, UInt64) = (Self.basis, Self.basis, Self.basis)
    /// How many syllables the window holds (up to three).
    private(set) var count = 0

    private static let basis: UInt64 = FNV1a.offsetBasis

    @inline(__always)
    mutating func reset() {
        count = 0
        next = (Self.basis, Self.basis, Self.basis)
    }

    /// Adds a letter of the syllable coming.
    @inline(__always)
    mutating func step(_ letter: UInt32) {
        next = (Gazetteer.step(next.0, letter), Gazetteer.step(next.1, letter), Gazetteer.step(next.2, letter))
    }

    /// Ends the syllable coming: it is now the last one.
    @inline(__always)
    mutating func push() {
        hashes = next
        count = min(count + 1, 3)
        next = (Self.basis, hashes.0, hashes.1)
    }

    /// The hash of the last `position + 1` syllables joined.
    @inline(__always)
    func hash(_ position: Int) -> UInt64 {
        switch position {
        case 0: hashes.0
        case 1: hashes.1
        default: hashes.2
        }
    }
}
