/// Recognizers for the text around an article that is not part of it: date lines, publication metadata,
/// bylines and end marks.
///
/// Each works on one trimmed line and returns what it found and what is left of the line.
enum Boilerplate {
    /// A metadata field found in a line: its `Document.metadata` key and value.
    struct Field: Equatable {
        var key: String
        var value: String
    }

    /// ` date 2025-02-25 Title…`, the first line of English seeds: the date, and the rest of the line.
    static func dateLine(_ line: Substring) -> (date: Substring, rest: Substring)? {
        guard line.hasPrefix("date") else { return nil }
        let afterWord = line.dropFirst(4)
        let date = afterWord.drop { $0 == " " || $0 == "\t" }
        guard date.startIndex > afterWord.startIndex, isDate(date.utf8.prefix(10)) else { return nil }
        // The ten bytes are ASCII: the index after them falls between characters.
        let end = date.utf8.index(date.startIndex, offsetBy: 10)
        let rest = date[end...]
        guard rest.isEmpty || rest.first?.isWhitespace == true else { return nil }
        return (date[..<end], rest.drop(while: \.isWhitespace))
    }

    /// Whether `text` is an ISO date, `YYYY-MM-DD`.
    static func isDate(_ text: some StringProtocol) -> Bool {
        isDate(text.utf8)
    }

    private static func isDate(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count == 10 else { return false }
        for (index, byte) in bytes.enumerated() {
            let isDash = index == 4 || index == 7
            guard isDash ? byte == UInt8(ascii: "-") : (0x30...0x39).contains(byte) else { return false }
        }
        return true
    }

    // MARK: Chinese publication metadata

    /// Field names of Chinese news-site metadata and the keys they get in `Document.metadata`.
    static let chineseFields: [(name: String, key: String)] = [
        ("發佈時間", "published"), ("發布時間", "published"), ("发布时间", "published"), ("發稿時間", "published"),
        ("时间", "published"), ("時間", "published"), ("日期", "date"),
        ("來源", "source"), ("来源", "source"), ("出處", "source"), ("出处", "source"),
        ("作者", "author"), ("記者", "reporter"), ("记者", "reporter"),
        ("責任編輯", "editor"), ("责任编辑", "editor"), ("編輯", "editor"), ("编辑", "editor"),
        ("原標題", "original-title"), ("原标题", "original-title"),
    ]

    /// Openings of a news story's first sentence (agencies, 本報訊, 【…】), where metadata glued to it ends.
    static let storyOpenings = [
        "新華社", "新华社", "中新社", "中新網", "中新网", "中央社", "中通社", "中評社", "中评社", "本報訊", "本报讯",
        "本報", "本报", "人民網", "人民网", "央視網", "央视网", "央視新聞", "央视新闻", "新華網", "新华网", "環球網",
        "环球网", "記者", "记者", "【",
    ]

    /// Publication metadata at the start of `line`: `發佈時間:… | 來源:… | 作者: | 責任編輯:張芃芃`.
    ///
    /// Returns the metadata text, its fields, and the rest of the line: the story's first sentence when
    /// the metadata is glued to it, as in `…責任編輯:張芃芃新華社北京2月24日電 …`. A line is metadata when
    /// it starts with a known field name and a colon, and either has two fields or more (`|`-separated)
    /// or is short.
    static func chineseMetadata(_ line: Substring) -> (text: Substring, fields: [Field], rest: Substring)? {
        let utf8 = line.utf8
        guard let lead = utf8.first, lead >= 0xE0, let initial = line.unicodeScalars.first,
            fieldInitials.contains(initial.value),
            let first = chineseFields.first(where: { utf8.starts(with: $0.name.utf8) }),
            let colon = line[utf8.index(utf8.startIndex, offsetBy: first.name.utf8.count)...].first,
            colon == ":" || colon == "："
        else { return nil }
        let parts = line.split(omittingEmptySubsequences: false) { $0 == "|" || $0 == "｜" }
        guard parts.count >= 2 || line.count <= 40 else { return nil }
        var fields: [Field] = []
        var end = line.endIndex
        for (index, part) in parts.enumerated() {
            guard let colon = part.firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
            let name = part[..<colon].trimmingSpaces
            guard !name.isEmpty, name.count <= 6 else { continue }
            let key = chineseFields.first { $0.name == name }?.key ?? String(name)
            var value = part[part.index(after: colon)...].trimmingSpaces
            if index == parts.count - 1, let story = storyStart(in: value, nameLike: isNameKey(key)) {
                end = story
                value = value[..<story].trimmingSpaces
            }
            if !value.isEmpty { fields.append(Field(key: key, value: String(value))) }
        }
        return (line[..<end].trimmingSpaces, fields, line[end...])
    }

    private static let storyOpeningBytes = storyOpenings.map { Array($0.utf8) }

    /// The first characters of `chineseFields`' names: a line starting with none of them holds no field.
    private static let fieldInitials = Array(Set(chineseFields.compactMap { $0.name.unicodeScalars.first?.value }))

    /// The first offset of `needle` in `haystack` at or after `from`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in from..<(haystack.count - needle.count + 1)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    private static func isNameKey(_ key: String) -> Bool { ["author", "editor", "reporter"].contains(key) }

    /// Where a story glued to the last metadata value starts, if one is.
    ///
    /// Only a value that reads like a sentence (long, or with 。！？) holds a story. It starts at the
    /// first story opening (a news agency, 本報, 【); a name field may be empty before it. Without an
    /// opening, a name is taken to be three characters, the usual length of a Chinese name.
    private static func storyStart(in value: Substring, nameLike: Bool) -> Substring.Index? {
        guard value.count >= 15 || value.contains(where: { "。！？!?".contains($0) }) else { return nil }
        // A name or a source is short: look for the opening near the start only.
        let head = Array(value.prefix(16).utf8)
        var best: Int?
        for opening in storyOpeningBytes {
            var from = 0
            while let found = find(opening, in: head, from: from) {
                if found > 0 || nameLike {
                    best = min(best ?? found, found)
                    break
                }
                from = found + 1
            }
        }
        if let best { return value.utf8.index(value.startIndex, offsetBy: best) }
        guard nameLike, value.prefix(3).allSatisfy({ $0.unicodeScalars.first?.properties.isIdeographic == true })
        else { return nil }
        return value.index(value.startIndex, offsetBy: 3)
    }

    // MARK: English bylines

    /// A byline such as `(Xinhua) 09:22, March 01, 2025`: a short line with a clock time and a year, and
    /// no sentence end.
    static func englishByline(_ line: Substring) -> Bool {
        guard line.utf8.count <= 100, hasColon(line), let last = line.last,
            !".!?\"”".contains(last)
        else {
            return false
        }
        guard line.split(whereSeparator: \.isWhitespace).count <= 8 else { return false }
        let bytes = Array(line.utf8)
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && (0x30...0x39).contains(bytes[index]) }
        var hasTime = false
        var hasYear = false
        for index in bytes.indices where isDigit(index) && !isDigit(index - 1) {
            let run = bytes[index...].prefix { (0x30...0x39).contains($0) }.count
            if run <= 2, index + run + 2 < bytes.count, bytes[index + run] == UInt8(ascii: ":"),
                isDigit(index + run + 1), isDigit(index + run + 2), !isDigit(index + run + 3)
            {
                hasTime = true
            }
            if run == 4, bytes[index...].starts(with: "19".utf8) || bytes[index...].starts(with: "20".utf8) {
                hasYear = true
            }
        }
        return hasTime && hasYear
    }

    /// Whether `line` holds a colon: a byte search.
    private static func hasColon(_ line: Substring) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: ":")) }
            ?? line.utf8.contains(UInt8(ascii: ":"))
    }

    // MARK: End marks

    /// Marks that end an article: `■`, `□`, `（完）`.
    static let endMarks = ["■", "□", "▪", "◆", "◇", "▲", "△", "●", "★", "☆", "（完）", "(完)", "【完】", "[完]", "（全文完）"]

    private static let endMarkBytes = endMarks.map { Array($0.utf8) }

    /// The last bytes of `endMarks`.
    private static let endMarkLastBytes = Array(Set(endMarkBytes.compactMap(\.last)))

    /// End marks at the end of `line`: the text before them, and the marks.
    static func endMark(_ line: Substring) -> (rest: Substring, mark: Substring)? {
        // Most lines end with a byte no mark ends with.
        guard let lastByte = line.utf8.last, endMarkLastBytes.contains(lastByte) else { return nil }
        var rest = line
        while let mark = endMarkBytes.first(where: { hasSuffix(rest.utf8, $0) }) {
            rest = rest[..<rest.utf8.index(rest.utf8.endIndex, offsetBy: -mark.count)].trimmingSpaces
        }
        guard rest.endIndex < line.endIndex else { return nil }
        let marks = line[rest.endIndex...].trimmingSpaces
        return (rest, marks)
    }

    private static func hasSuffix(_ text: Substring.UTF8View, _ suffix: [UInt8]) -> Bool {
        var index = text.endIndex
        for byte in suffix.reversed() {
            guard index > text.startIndex else { return false }
            text.formIndex(before: &index)
            guard text[index] == byte else { return false }
        }
        return true
    }
}
