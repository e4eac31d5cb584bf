/// One side of an article to pair: the Chinese or the English passage of a file (a file in one language,
/// or one language of a mixed file).
public struct PairingPart: Sendable, Hashable {
    /// The file the passage was read from, as the user named it (a manifest's folder resolved).
    public var path: String
    public var language: Language
    /// The passage's paragraphs.
    public var passage: Passage
    /// Whether the file holds the other language too (a mixed article).
    public var mixed: Bool

    public init(path: String, passage: Passage, mixed: Bool = false) {
        self.path = path
        language = passage.language
        self.passage = passage
        self.mixed = mixed
    }

    /// How listings name the part: the path, with the language for a part of a mixed file (`a.txt (zh)`).
    public var name: String { mixed ? "\(path) (\(language.rawValue))" : path }

    /// The parts of `document` read from `path`: one a language it holds, or only `language` when given.
    public static func parts(of document: Document, path: String, only language: Language? = nil) -> [PairingPart] {
        let passages = [document.chinese, document.english].compactMap { $0 }
        let mixed = passages.count == 2
        return passages.filter { language == nil || $0.language == language }.map {
            PairingPart(path: path, passage: $0, mixed: mixed)
        }
    }
}
