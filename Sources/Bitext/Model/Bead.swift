/// A unit of alignment: Chinese sentence ids linked to English sentence ids.
///
/// Either side may be empty (a sentence left unaligned). Written in Vecalign's notation as
/// `[0, 1]:[2]`.
public struct Bead: Sendable, Hashable, Codable {
    public var chinese: [Int]
    public var english: [Int]

    public init(chinese: [Int], english: [Int]) {
        self.chinese = chinese
        self.english = english
    }

    /// The bead's shape, such as `1-1`, `2-1` or `0-1` (Chinese count first).
    public var type: String { "\(chinese.count)-\(english.count)" }
}
