/// Where an article to align comes from: files, or texts held in memory.
public enum AlignmentInput: Sendable, Hashable {
    /// A Chinese file and its English translation.
    case files(chinese: String, english: String)
    /// One file holding both languages (a mixed article); `-` is standard input.
    case file(String)
    /// A Chinese text and its English translation.
    case texts(chinese: String, english: String)
    /// One text holding both languages.
    case text(String)

    /// The paths the input names, in the order `Pipeline.align(_:id:origin:files:)` takes them read
    /// ahead; empty for texts and standard input.
    package var paths: [String] {
        switch self {
        case .files(let chinese, let english) where chinese != "-" && english != "-": [chinese, english]
        case .file(let path) where path != "-": [path]
        default: []
        }
    }
}
