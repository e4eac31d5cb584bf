import Foundation

extension ChineseEnglishDictionary {
    /// The package's built-in lexicon: CC-CEDICT's words (2023-11-07, CC BY-SA 4.0) with the English
    /// content words of their glosses, from `Resources/lexicon.tsv`. Loaded once per process, on first
    /// use; empty if the resource cannot be read.
    ///
    /// `Scripts/lexicon/make_lexicon.py` writes the resource (what it keeps of a gloss is said there);
    /// BENCHMARKS.md has the load time (`bitext-bench lexicon-load`).
    package static let builtIn = loadBuiltIn()

    /// The built-in lexicon with the gazetteer's names: what the aligner starts from by default. Read on
    /// its own and merged in place: a copy of `builtIn` would cost as much as reading it.
    package static let builtInWithNames: ChineseEnglishDictionary = {
        var dictionary = loadBuiltIn()
        dictionary.merge(.gazetteer)
        return dictionary
    }()

    private static func loadBuiltIn() -> ChineseEnglishDictionary {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "tsv"),
            let data = try? Data(contentsOf: url)
        else { return ChineseEnglishDictionary() }
        return ChineseEnglishDictionary(lexiconData: data)
    }

    /// Reads lexicon lines `TRADITIONAL<TAB>SIMPLIFIED<TAB>word word…` (SIMPLIFIED empty when the same;
    /// `#` lines are comments); the words are stemmed as `WordTokenizer` stems English. Lines without
    /// three fields are skipped: the resource is generated, and checked in CI.
    package init(lexiconData data: Data) {
        self.init()
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let lines = bytes.count { $0 == UInt8(ascii: "\n") }
            // Two headwords a line at most, and about half the Simplified forms differ.
            reserve(headwords: lines + lines / 2)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                if bytes[start] != UInt8(ascii: "#") {
                    addLexiconLine(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                start = end + 1
            }
        }
    }

    /// Adds one line of the lexicon resource.
    private mutating func addLexiconLine(_ line: UnsafeBufferPointer<UInt8>) {
        let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard fields.count == 3, !fields[0].isEmpty else { return }
        let stems = fields[2].split(separator: UInt8(ascii: " ")).map { word in
            WordTokenizer.stem(String(decoding: word, as: UTF8.self))
        }
        let traditional = String(decoding: fields[0], as: UTF8.self)
        if fields[1].isEmpty {
            add(words: [traditional], stems: stems)
        } else {
            add(words: [traditional, String(decoding: fields[1], as: UTF8.self)], stems: stems)
        }
    }
}
