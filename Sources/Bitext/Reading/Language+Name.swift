extension Language {
    /// The language's name in messages: `chinese`, `english`.
    package var name: String {
        switch self {
        case .chinese: "chinese"
        case .english: "english"
        }
    }

    /// The other side of the bitext.
    package var other: Language { self == .chinese ? .english : .chinese }
}
