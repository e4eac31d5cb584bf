import Foundation

/// Word translations from a dictionary in CC-CEDICT's text format, evidence on top of the gazetteer.
///
/// Each line is `繁體 简体 [fan2 ti3] /gloss/gloss/`; lines starting with `#` are comments. Glosses
/// become English word stems (as `WordTokenizer` makes them): parentheticals such as "(abbr.)" are
/// dropped, as are glosses that only point elsewhere ("variant of …", "see …", "CL:…").
/// The full dictionary, `cedict_ts.u8`, is published by MDBG (www.mdbg.net, CC BY-SA).
package struct ChineseEnglishDictionary: Sendable, Hashable {
    /// Dictionaries are equal when their entries are: the rest is worked out from them.
    package static func == (a: Self, b: Self) -> Bool { a.entries == b.entries }

    package func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// A headword, Traditional or Simplified, and its English stems.
    package struct Entry: Sendable, Hashable {
        package var word: String
        package var stems: [String]
    }

    /// The entries by their headword's FNV-1a hash (hashing Han text as a `String` normalises it, the
    /// cost of a bulk load; 64 bits keep 178,000 headwords apart, as `pieces` and `glossKeys` assume).
    package private(set) var entries: [UInt64: Entry] = [:]
    /// The longest headword, in Unicode scalars.
    package private(set) var longestWord = 0
    /// Whether the gazetteer's names are in (it, or a merge with it): `Lexicon` adds them only once.
    package internal(set) var includesNames = false
    /// Hashes (FNV-1a of the UTF-8 bytes) of the headwords (flag 1) and of every proper prefix of one
    /// (flag 2: a longer headword may still follow): pieces are looked up without building strings.
    private var pieces = HashTable<Int32>(capacity: 1024)
    /// The first two scalars of headwords of two or more, hashed to one bit each of 65,536: where no
    /// bit is set, no such headword starts, and the unit there is one character.
    private var openings = [UInt64](repeating: 0, count: 1024)
    /// The lexical keys of each headword's stems, by the headword's FNV-1a hash: what lexical
    /// evidence asks for every word, without hashing the word as a `String`.
    private var glossKeys: [UInt64: [UInt64]] = [:]

    package init() {}

    /// Reads the CC-CEDICT file at `path` (`-`: standard input; `.gz` decompressed); errors name it as given.
    package init(contentsOfFile path: String) throws(DictionaryError) {
        let bytes: [UInt8]
        do {
            bytes = try LoadedFile.contents(of: path)
        } catch {
            let isBadData = if case .gzip = error.reason { true } else { false }
            throw DictionaryError(
                file: path, message: "cannot read the dictionary (\(LoadedFile.reason(error)))", isBadData: isBadData)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DictionaryError(file: path, message: "not UTF-8 text", isBadData: true)
        }
        try self.init(text: text, name: path)
    }

    /// Parses CC-CEDICT text; `name` is how errors refer to it.
    package init(text: String, name: String) throws(DictionaryError) {
        let tokenizer = try? WordTokenizer()
        var lineNumber = 0
        // Split on newline Characters: "\r\n" is one Character in Swift.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = Substring(rawLine)
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            guard let entry = Self.parse(line) else {
                throw DictionaryError(
                    file: name, line: lineNumber,
                    message: "expected 'TRADITIONAL SIMPLIFIED [PIN1 YIN1] /gloss/…/', found '\(line.prefix(40))'")
            }
            let stems = entry.glosses.flatMap { gloss in
                Self.cleaned(gloss).map { tokenizer?.words($0, dropStopWords: true) ?? [] } ?? []
            }
            .filter { word in word.utf8.allSatisfy { $0 < 0x80 } }
            add(words: [entry.traditional, entry.simplified], stems: stems)
        }
    }

    /// Adds `stems` to the translations of each of `words`.
    mutating func add(words: [String], stems: [String]) {
        guard !stems.isEmpty else { return }
        for (position, word) in words.enumerated() where !word.isEmpty && !words[..<position].contains(word) {
            add(word: word, stems: stems)
        }
    }

    /// Room for `count` headwords more, before a bulk load.
    mutating func reserve(headwords count: Int) {
        entries.reserveCapacity(entries.count + count)
        glossKeys.reserveCapacity(glossKeys.count + count)
        if pieces.isEmpty { pieces = HashTable<Int32>(capacity: 2 * count) }
    }

    /// Adds `stems` to the translations of `word`: one lookup of the word as a `String` (hashing Han
    /// text normalises it, the cost of a bulk load).
    private mutating func add(word: String, stems: [String]) {
        var scalars = word.unicodeScalars.makeIterator()
        if let first = scalars.next(), let second = scalars.next() {
            let bit = Self.opening(first, second)
            openings[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        let hash = FNV1a.of(word)
        // One lookup of the word, new or known (`stems` is never empty, so an empty list is a new word).
        let (known, isNew) = Self.merge(stems, into: &entries[hash, default: Entry(word: word, stems: [])].stems)
        if isNew {
            var prefix = FNV1a()
            for scalar in word.unicodeScalars.dropLast() {
                prefix.add(scalar)
                pieces[prefix.value, default: 0] |= Self.prefixFlag
            }
            pieces[hash, default: 0] |= Self.headwordFlag
            longestWord = max(longestWord, word.unicodeScalars.count)
        }
        glossKeys[hash] = known.map(LexicalKey.word)
    }

    /// Appends the stems `translations` lacks; returns the result, and whether `translations` was empty.
    private static func merge(_ stems: [String], into translations: inout [String]) -> ([String], Bool) {
        let isNew = translations.isEmpty
        if isNew { translations.reserveCapacity(stems.count) }
        for stem in stems where !translations.contains(stem) { translations.append(stem) }
        return (translations, isNew)
    }

    /// The entries of both, `other`'s glosses after this one's.
    package func merging(_ other: ChineseEnglishDictionary) -> ChineseEnglishDictionary {
        var result = self
        result.merge(other)
        return result
    }

    /// Adds the entries of `other`, its glosses after this one's.
    package mutating func merge(_ other: ChineseEnglishDictionary) {
        for entry in other.entries.values { add(words: [entry.word], stems: entry.stems) }
        includesNames = includesNames || other.includesNames
    }

    /// The English stems `word` translates to; empty when it is not in the dictionary.
    package func translations(of word: String) -> [String] { entries[FNV1a.of(word)]?.stems ?? [] }

    /// The lexical keys of `translations(of:)` for the word whose FNV-1a hash is `hash`.
    func translationKeys(ofHash hash: UInt64) -> [UInt64]? { glossKeys[hash] }

    /// The scalars the unit starting at `start` in `run` takes: the longest headword of two or more
    /// there, else one.
    package func unitLength<Run: RandomAccessCollection<Unicode.Scalar>>(in run: Run, at start: Int) -> Int
    where Run.Index == Int {
        guard start + 1 < run.endIndex else { return 1 }
        let bit = Self.opening(run[start], run[start + 1])
        guard openings[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return 1 }
        var candidate = FNV1a()
        var longest = 1
        var end = start
        while end < run.endIndex, end - start < longestWord {
            candidate.add(run[end])
            end += 1
            let flags = pieces[candidate.value] ?? 0
            if flags & Self.headwordFlag != 0 { longest = end - start }
            guard flags & Self.prefixFlag != 0 else { break }
        }
        return longest
    }

    private static let headwordFlag: Int32 = 1
    private static let prefixFlag: Int32 = 2

    /// The bit of `openings` for a headword starting with `first` and `second`.
    @inline(__always)
    private static func opening(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: ((UInt64(first.value) << 21 | UInt64(second.value)) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    private static func parse(_ line: Substring) -> (traditional: String, simplified: String, glosses: [Substring])? {
        let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard fields.count == 3 else { return nil }
        let rest = fields[2]
        guard rest.hasPrefix("["), let close = rest.firstIndex(of: "]") else { return nil }
        let glossPart = rest[rest.index(after: close)...].drop(while: { $0 == " " })
        guard glossPart.hasPrefix("/"), glossPart.hasSuffix("/"), glossPart.count >= 2 else { return nil }
        let glosses = glossPart.dropFirst().dropLast().split(separator: "/", omittingEmptySubsequences: true)
        guard !glosses.isEmpty else { return nil }
        return (String(fields[0]), String(fields[1]), glosses)
    }

    /// The gloss without parentheticals and pinyin references, or nil when it only points elsewhere.
    private static func cleaned(_ gloss: Substring) -> String? {
        var lowered = gloss.trimmingCharacters(in: .whitespaces).lowercased()
        let pointers = [
            "cl:", "variant of", "old variant of", "see ", "see also", "surname ", "used in", "also written",
            "also pr.", "taiwan pr.", "erhua variant", "japanese variant", "archaic variant",
        ]
        if pointers.contains(where: { lowered.hasPrefix($0) }) { return nil }
        // "abbr. for Ukraine 烏克蘭|乌克兰[…]": the English that follows is the meaning.
        if lowered.hasPrefix("abbr. for ") { lowered = String(lowered.dropFirst("abbr. for ".count)) }
        var text = ""
        var depth = 0
        for character in lowered {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: if depth == 0 { text.append(character) }
            }
        }
        return text
    }
}

/// A dictionary file that cannot be used, with where the problem is.
package typealias DictionaryError = FileError
