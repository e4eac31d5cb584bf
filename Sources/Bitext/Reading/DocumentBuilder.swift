/// Sorts the lines of one or two inputs into passages, setting boilerplate aside.
struct DocumentBuilder {
    /// A line (or what is left of it) on its way to becoming a paragraph.
    private struct Line {
        var text: Substring
        var number: Int
        var offset: Int
        /// Whether the input line was blank (not merely emptied by setting boilerplate aside).
        var blank: Bool
        var language: Language?
    }

    let options: ReadOptions
    private(set) var metadata: [String: String] = [:]
    private(set) var setAside: [SetAside] = []
    private var chinese: [Line] = []
    private var english: [Line] = []

    init(options: ReadOptions) {
        self.options = options
    }

    /// Adds the lines of `input`: to the passage of their script, or all to `language` when given.
    ///
    /// A mixed file given as `language` (a fifth of its lines or more, two at least, in the other language)
    /// gives only its lines in `language`; the others are set aside as `.otherLanguage`.
    mutating func add(_ input: InputText, as language: Language? = nil) throws(ReadError) {
        var lines: [Line] = []
        var profile = ScriptProfile()
        // One string for the input, and each line a part of it: the input is valid UTF-8, so every line
        // (cut at a line feed) decodes the same alone.
        let whole = input.text
        let utf8 = whole.utf8
        for (number, range) in input.lines {
            let raw = whole[
                utf8.index(
                    utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
                        utf8.startIndex, offsetBy: range.upperBound)]
            func offset(_ part: Substring) -> Int {
                range.lowerBound + raw.utf8.distance(from: raw.startIndex, to: part.startIndex)
            }
            var text = raw.trimmingSpaces
            let blank = text.isEmpty
            text = setBoilerplateAside(text, line: number, offset: offset)
            var line = Line(text: text, number: number, offset: offset(text), blank: blank, language: language)
            if !text.isEmpty {
                let lineProfile = ScriptProfile(text)
                profile = profile + lineProfile
                if language == nil {
                    line.language = lineProfile.language
                } else if !lineProfile.hasLettersOrDigits && !options.presegmented {
                    line.language = nil  // Symbols only (a separator such as ———): set aside.
                }
                if line.language == nil && !options.presegmented {
                    setAside.append(SetAside(kind: .unknown, text: String(text), line: number, offset: line.offset))
                    continue
                }
            } else if !options.presegmented {
                continue
            }
            lines.append(line)
        }
        if let language, let other = Self.otherLanguageLines(lines, of: language) {
            profile = ScriptProfile()
            var kept: [Line] = []
            for (index, line) in lines.enumerated() {
                if other.contains(index) {
                    setAside.append(
                        SetAside(kind: .otherLanguage, text: String(line.text), line: line.number, offset: line.offset))
                } else {
                    if !line.text.isEmpty { profile = profile + ScriptProfile(line.text) }
                    kept.append(line)
                }
            }
            lines = kept
        }
        if let language { try Self.check(profile, of: input.file, as: language) }
        if options.presegmented {
            while lines.last?.blank == true { lines.removeLast() }
            if language == nil { Self.attachUndetermined(&lines) }
        }
        for line in lines {
            switch line.language {
            case .chinese: chinese.append(line)
            case .english: english.append(line)
            case nil: break
            }
        }
    }

    /// The document read so far.
    func document(id: String) -> Document {
        func paragraphs(_ lines: [Line]) -> [Paragraph] {
            lines.enumerated().map { Paragraph(id: $0, text: String($1.text), line: $1.number, offset: $1.offset) }
        }
        let chinesePassage =
            chinese.isEmpty
            ? nil
            : Passage(
                language: .chinese, script: ChineseScript(detecting: chinese.lazy.map(\.text)),
                paragraphs: paragraphs(chinese))
        let englishPassage = english.isEmpty ? nil : Passage(language: .english, paragraphs: paragraphs(english))
        return Document(
            id: id, metadata: metadata, chinese: chinesePassage, english: englishPassage, setAside: setAside)
    }

    /// Sets aside the boilerplate in `text` (a date line, a page header or number, publication metadata, a
    /// byline, end marks) and
    /// returns the rest.
    private mutating func setBoilerplateAside(
        _ text: Substring, line number: Int, offset: (Substring) -> Int
    ) -> Substring {
        var text = text
        func record(_ kind: SetAside.Kind, _ part: Substring) {
            setAside.append(SetAside(kind: kind, text: String(part), line: number, offset: offset(part)))
        }
        if number == 1, let (date, rest) = Boilerplate.dateLine(text) {
            record(.metadata, text[..<rest.startIndex].trimmingSpaces)
            addMetadata("date", String(date))
            text = rest
        }
        if Boilerplate.pageHeader(text) {
            record(.pageHeader, text)
            return text[text.endIndex...]
        }
        if let found = Boilerplate.chineseMetadata(text) {
            record(.metadata, found.text, )
            for field in found.fields {
                addMetadata(field.key, field.value)
                if field.key == "published", Boilerplate.isDate(field.value.prefix(10)) {
                    addMetadata("date", String(field.value.prefix(10)))
                }
            }
            text = found.rest.trimmingSpaces
        } else if Boilerplate.englishByline(text) {
            record(.metadata, text, )
            addMetadata("byline", String(text))
            text = text[text.endIndex...]
        }
        if let (rest, mark) = Boilerplate.endMark(text) {
            record(.endMark, mark, )
            text = rest
        }
        return text
    }

    private mutating func addMetadata(_ key: String, _ value: String) {
        if metadata[key] == nil { metadata[key] = value }
    }

    /// Gives each undetermined line of a presegmented input (blank, or too short to tell) the language of
    /// its neighbours, so that line numbers stay sentence ids. Between passages of different languages, a
    /// blank line is dropped and another line joins the passage before it.
    private static func attachUndetermined(_ lines: inout [Line]) {
        var next: Language?
        var following = [Language?](repeating: nil, count: lines.count)
        for index in lines.indices.reversed() {
            following[index] = next
            if let language = lines[index].language { next = language }
        }
        var previous: Language?
        var kept: [Line] = []
        for (index, var line) in lines.enumerated() {
            if let language = line.language {
                previous = language
            } else {
                switch (previous, following[index]) {
                case (let before?, let after?) where before != after:
                    if line.blank { continue }
                    line.language = before
                default: line.language = previous ?? following[index]
                }
            }
            kept.append(line)
        }
        lines = kept
    }

    /// The indices of the lines in the other language when the lines of a file given as `language` are
    /// those of a mixed file (a fifth of them or more, two at least, in the other language); nil otherwise.
    private static func otherLanguageLines(_ lines: [Line], of language: Language) -> Set<Int>? {
        var other = Set<Int>()
        var own = 0
        for (index, line) in lines.enumerated() where !line.text.isEmpty {
            switch ScriptProfile(line.text).language {
            case language?: own += 1
            case language.other?: other.insert(index)
            default: break
            }
        }
        guard own > 0, other.count >= 2, other.count * 5 >= own + other.count else { return nil }
        return other
    }

    /// Checks that a file given as `language` is in it.
    private static func check(_ profile: ScriptProfile, of file: String, as language: Language) throws(ReadError) {
        switch language {
        case .chinese:
            if profile.latinWords > 0 && !profile.hanDominates {
                throw ReadError(file: file, reason: .swapped(.chinese))
            }
            if profile.han == 0 { throw ReadError(file: file, reason: .noText(.chinese)) }
        case .english:
            if profile.hanDominates { throw ReadError(file: file, reason: .swapped(.english)) }
            if profile.latinLetters == 0 { throw ReadError(file: file, reason: .noText(.english)) }
        }
    }
}
