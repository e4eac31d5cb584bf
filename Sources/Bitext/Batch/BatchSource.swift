/// Where a document of a batch comes from: files named by a manifest, or texts from a JSON line.
package enum BatchSource: Sendable, Hashable {
    /// A Chinese file and its English translation.
    case files(chinese: String, english: String)
    /// One file holding both languages (a mixed article).
    case file(String)
    /// A Chinese text and its English translation.
    case texts(chinese: String, english: String)
    /// One text holding both languages.
    case text(String)
}
