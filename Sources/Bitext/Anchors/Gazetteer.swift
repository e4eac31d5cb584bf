import Foundation

/// A bilingual list of named entities: Chinese names (Traditional and Simplified) and their English forms.
///
/// Loaded from `Resources/gazetteer.tsv`, one entry a line:
/// `Traditional<TAB>Simplified<TAB>English[|English variant…]<TAB>kind`, `#` starting a comment.
/// Every name of an entry maps to the same entry index, so matching is a lookup of ids.
package struct Gazetteer: Sendable {
    /// One named entity.
    package struct Entry: Sendable, Hashable {
        package var traditional: String
        package var simplified: String
        package var english: [String]
        package var kind: String
    }

    /// A name or the start of one, in `chinesePrefixes` and `englishPrefixes`.
    package struct Node: Sendable {
        /// The entity's key when the sequence is a whole name.
        package var entity: UInt64?
        /// Whether some longer name starts with the sequence.
        package var extends = false
        /// Whether the sequence is a whole `word` entry: a word that holds a name but does not mean it
        /// (發展中國家, "developing country", holds 中國), taken whole by a longest-match scan.
        package var isWord = false
    }

    /// A line of the resource that could not be read.
    package typealias LoadError = FileError

    /// The kinds an entry may have.
    package static let kinds: Set<String> = [
        "country", "city", "person", "organization", "province", "place", "other", wordKind,
    ]
    /// The kind of an entry that is a word holding a name, not a name (`Node.isWord`).
    package static let wordKind = "word"

    package private(set) var entries: [Entry] = []
    /// Chinese names (both scripts) as Unicode scalar sequences, hashed, to the entity's key.
    package private(set) var chineseNames: [UInt64: UInt64] = [:]
    /// English names as sequences of lowercased word hashes, hashed, to the entity's key.
    ///
    /// An entity's key is that of its first English name, or of an earlier entry sharing one of its
    /// English names: 俄羅斯 and 俄國 both mean Russia.
    package private(set) var englishNames: [UInt64: UInt64] = [:]
    /// The longest Chinese name, in scalars, and the longest English name, in words.
    package private(set) var longestChinese = 0
    package private(set) var longestEnglish = 0
    /// Whether a scalar starts some Chinese name (a cheap filter before hashing).
    package private(set) var chineseInitials: Set<UInt32> = []
    /// `chineseInitials` below U+10000 as bits (bit `v & 63` of word `v >> 6`); initials above are all
    /// in `chineseInitials` only, and `startsChineseName` looks them up there.
    private var initialBits = [UInt64](repeating: 0, count: 1024)
    /// The first two scalars of every Chinese name of two or more, hashed to a bit (`bigramBit`): a filter
    /// that tells most places where no name starts.
    private var bigramBits = [UInt64](repeating: 0, count: 1 << (Self.bigramBitCount - 6))
    /// Chinese names of one scalar.
    package private(set) var oneScalarNames: Set<UInt32> = []
    /// Every Chinese name and proper prefix of one, by the hash of its scalars: what a longest-match
    /// scan looks up (`chineseNames` in a table with a cheap hash, plus where to stop).
    package private(set) var chinesePrefixes = HashTable<Node>()
    /// Every English name and proper prefix of one, by the hash of its word hashes (see `englishNames`).
    package private(set) var englishPrefixes = HashTable<Node>()

    /// Problems met while loading: lines skipped, or the resource missing.
    package private(set) var errors: [LoadError] = []

    package init() {}

    /// Parses gazetteer text; malformed lines are skipped and reported in `errors`.
    package init(text: String, file: String = "gazetteer.tsv") {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            guard fields.count == 4 else {
                errors.append(
                    LoadError(
                        file: file, line: lineNumber, message: "expected 4 tab-separated fields, found \(fields.count)")
                )
                continue
            }
            let english = fields[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            guard !fields[0].isEmpty || !fields[1].isEmpty, !english.isEmpty else {
                errors.append(
                    LoadError(file: file, line: lineNumber, message: "an entry needs a Chinese and an English name"))
                continue
            }
            guard Self.kinds.contains(fields[3]) else {
                errors.append(LoadError(file: file, line: lineNumber, message: "unknown kind '\(fields[3])'"))
                continue
            }
            add(Entry(traditional: fields[0], simplified: fields[1], english: english, kind: fields[3]))
        }
    }

    /// Adds an entry; a name already taken by an earlier entry keeps its first meaning.
    package mutating func add(_ entry: Entry) {
        let englishKeys = entry.english.compactMap { name -> (key: UInt64, words: [UInt64])? in
            let words = EnglishWords.hashes(of: name)
            return words.isEmpty ? nil : (Self.hash(words), words)
        }
        guard let first = englishKeys.first else { return }
        let known = englishNames
        let entity = englishKeys.lazy.compactMap { known[$0.key] }.first ?? first.key
        entries.append(entry)
        for name in [entry.traditional, entry.simplified] where !name.isEmpty {
            let scalars = Array(name.unicodeScalars)
            let key = Self.hash(scalars.lazy.map(\.value))
            if entry.kind == Self.wordKind {
                chinesePrefixes[key, default: Node()].isWord = true
            } else if chineseNames[key] == nil {
                chineseNames[key] = entity
                chinesePrefixes[key, default: Node()].entity = entity
            }
            var prefix: UInt64 = FNV1a.offsetBasis
            for scalar in scalars.dropLast() {
                prefix = Self.step(prefix, scalar.value)
                chinesePrefixes[prefix, default: Node()].extends = true
            }
            longestChinese = max(longestChinese, scalars.count)
            if scalars.count == 1, let only = scalars.first { oneScalarNames.insert(only.value) }
            if scalars.count >= 2 {
                let bit = Self.bigramBit(scalars[0].value, scalars[1].value)
                bigramBits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            if let initial = scalars.first {
                chineseInitials.insert(initial.value)
                if initial.value < 0x1_0000 { initialBits[Int(initial.value >> 6)] |= 1 << UInt64(initial.value & 63) }
            }
        }
        for (key, words) in englishKeys where entry.kind != Self.wordKind {
            if englishNames[key] == nil {
                englishNames[key] = entity
                englishPrefixes[key, default: Node()].entity = entity
            }
            var prefix: UInt64 = FNV1a.offsetBasis
            for word in words.dropLast() {
                prefix = Self.step(prefix, word)
                englishPrefixes[prefix, default: Node()].extends = true
            }
            longestEnglish = max(longestEnglish, words.count)
        }
    }

    /// Whether scalar `value` starts some Chinese name: `chineseInitials.contains(value)`, with a bit test.
    @inline(__always)
    package func startsChineseName(_ value: UInt32) -> Bool {
        guard value < 0x1_0000 else { return chineseInitials.contains(value) }
        return initialBits.withUnsafeBufferPointer { $0[Int(value >> 6)] } & (1 << UInt64(value & 63)) != 0
    }

    /// Whether a Chinese name of two scalars or more may start with `first` then `second`: false means
    /// none does, true that one may (a bit filter).
    @inline(__always)
    package func mayStartChineseName(_ first: UInt32, _ second: UInt32) -> Bool {
        let bit = Self.bigramBit(first, second)
        return bigramBits.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }

    private static let bigramBitCount = 16

    @inline(__always)
    private static func bigramBit(_ first: UInt32, _ second: UInt32) -> Int {
        let mixed = (UInt64(first) << 21 | UInt64(second)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - bigramBitCount))
    }

    /// The gazetteer shipped with Bitext; empty, with an error, when the resource is missing or unreadable.
    package static let shipped: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv") else {
            var empty = Gazetteer()
            empty.errors = [LoadError(file: "gazetteer.tsv", message: "resource not found in the Bitext bundle")]
            return empty
        }
        guard let data = try? Data(contentsOf: url) else {
            var empty = Gazetteer()
            empty.errors = [LoadError(file: url.path, message: "cannot read the file")]
            return empty
        }
        guard let text = String(data: data, encoding: .utf8) else {
            var empty = Gazetteer()
            empty.errors = [LoadError(file: url.path, message: "not valid UTF-8")]
            return empty
        }
        return Gazetteer(text: text, file: url.lastPathComponent)
    }()
}

extension Gazetteer {
    /// FNV-1a over 32-bit values: the key of a name, stable across runs.
    @inline(__always)
    package static func hash(_ values: some Sequence<UInt32>) -> UInt64 {
        FNV1a.hash(values.lazy.map(UInt64.init))
    }

    /// FNV-1a over 64-bit word hashes.
    package static func hash(_ words: [UInt64]) -> UInt64 { FNV1a.hash(words) }

    @inline(__always)
    package static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 { FNV1a.step(hash, UInt64(value)) }

    @inline(__always)
    package static func step(_ hash: UInt64, _ value: UInt64) -> UInt64 { FNV1a.step(hash, value) }

    /// The hash of a word, lowercased (ASCII letters only are folded).
    package static func hash(word: some Collection<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = FNV1a.offsetBasis
        for scalar in word { hash = step(hash, lowercased(scalar.value)) }
        return hash
    }

    @inline(__always)
    package static func lowercased(_ value: UInt32) -> UInt32 {
        value >= 65 && value <= 90 ? value + 32 : value
    }
}
