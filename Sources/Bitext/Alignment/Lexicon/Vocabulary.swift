/// Integer ids for the words of one language, in order of first appearance.
package struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]
    /// The words, indexed by id.
    package private(set) var words: [String] = []

    package init() {}

    /// A vocabulary of `words` (distinct), their ids in that order.
    package init(words: [String]) {
        for word in words { _ = id(word) }
    }

    package var count: Int { words.count }

    /// The id of `word`, adding it when new.
    package mutating func id(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(words.count)
        ids[word] = id
        words.append(word)
        return id
    }

    /// The id of `word`, or nil when it has none.
    package func lookup(_ word: String) -> Int32? { ids[word] }
}
