/// Reads articles into `Document`s: finds the Chinese and English passages by script, keeps paragraphs
/// (input lines) with their positions, and sets boilerplate aside.
///
/// A line is Chinese when Han characters dominate its letters, English when Latin letters do. All the
/// Chinese lines of an input form one passage, all the English lines another, in input order. Set aside,
/// and listed in `Document.setAside`: a first line's ` date YYYY-MM-DD` (the rest of the line is kept),
/// publication metadata (`發佈時間:… | 來源:… | 責任編輯:…`, also when glued to the first sentence),
/// bylines such as `(Xinhua) 09:22, March 01, 2025`, end marks (`■`, `（完）`), and lines in neither
/// language. Metadata fields also go into `Document.metadata`.
public struct Reader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    /// Reads a mixed-language or one-language article from `path`, or from standard input for `-`.
    public func read(path: String) throws(ReadError) -> Document {
        try read(InputText(path: path), id: Self.documentID(path))
    }

    /// Reads an article held in memory; `path` names it in errors.
    public func read(bytes: [UInt8], id: String, path: String) throws(ReadError) -> Document {
        try read(InputText(bytes: bytes, file: path), id: id)
    }

    /// Reads a Chinese and an English file: every line of each goes to its language's passage.
    public func read(chinesePath: String, englishPath: String) throws(ReadError) -> Document {
        let chinese = try InputText(path: chinesePath)
        let english = try InputText(path: englishPath)
        return try read(chinese: chinese, english: english, id: Self.documentID(chinesePath, englishPath))
    }

    /// Reads a mixed-language or one-language article read ahead (`read(path:)` for its path).
    package func read(_ file: LoadedFile) throws(ReadError) -> Document {
        try read(InputText(loaded: file), id: Self.documentID(file.path))
    }

    /// Reads a Chinese and an English file read ahead (`read(chinesePath:englishPath:)` for their paths).
    package func read(chinese: LoadedFile, english: LoadedFile) throws(ReadError) -> Document {
        let chineseText = try InputText(loaded: chinese)
        let englishText = try InputText(loaded: english)
        return try read(chinese: chineseText, english: englishText, id: Self.documentID(chinese.path, english.path))
    }

    /// Reads a Chinese and an English text held in memory; errors name them `ID.zh` and `ID.en`.
    public func read(chineseText: String, englishText: String, id: String) throws(ReadError) -> Document {
        let chinese = try InputText(text: chineseText, file: "\(id).zh")
        let english = try InputText(text: englishText, file: "\(id).en")
        return try read(chinese: chinese, english: english, id: id)
    }

    private func read(_ input: InputText, id: String) throws(ReadError) -> Document {
        var builder = DocumentBuilder(options: options)
        try builder.add(input)
        let document = builder.document(id: id)
        guard document.chinese != nil || document.english != nil else {
            throw ReadError(file: input.file, reason: blank(input) ? .blank : .noPassage)
        }
        if options.requireBothLanguages { try document.requireBothLanguages(file: input.file) }
        return document
    }

    private func read(chinese: InputText, english: InputText, id: String) throws(ReadError) -> Document {
        var builder = DocumentBuilder(options: options)
        for (input, language) in [(chinese, Language.chinese), (english, .english)] {
            if blank(input) { throw ReadError(file: input.file, reason: .blank) }
            try builder.add(input, as: language)
        }
        let document = builder.document(id: id)
        if options.requireBothLanguages {
            for (input, language) in [(chinese, Language.chinese), (english, .english)] {
                try document.requireBothLanguages(file: input.file, only: language)
            }
        }
        return document
    }

    private func blank(_ input: InputText) -> Bool {
        input.bytes[input.start...].allSatisfy { $0 == 0x20 || $0 &- 0x09 < 5 }
    }

    /// A document's id: its file name without directory, extension and `.gz` (`stdin` for `-`); for two files,
    /// what their names share (`article` for `article.zh.txt` and `article.en.txt`).
    static func documentID(_ paths: String...) -> String {
        let names = paths.map { path -> String in
            guard path != "-" else { return "stdin" }
            // `article.txt.gz` is the document `article`, as `article.txt` is.
            let name = Gzip.withoutExtension(path).split(separator: "/").last ?? Substring(path)
            guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return String(name) }
            return String(name[..<dot])
        }
        guard let first = names.first else { return "" }
        if names.allSatisfy({ $0 == first }) { return first }
        var shared = Substring(first)
        for name in names.dropFirst() {
            var end = shared.startIndex
            var other = name.startIndex
            while end < shared.endIndex, other < name.endIndex, shared[end] == name[other] {
                shared.formIndex(after: &end)
                name.formIndex(after: &other)
            }
            shared = shared[..<end]
        }
        while let last = shared.last, "._- ".contains(last) { shared.removeLast() }
        return shared.isEmpty ? names.joined(separator: "+") : String(shared)
    }
}
