import Foundation

extension Bead {
    /// The bead in Vecalign's notation: `[0, 1]:[2]`, `[]:[3]`.
    public var notation: String {
        "[\(chinese.map(String.init).joined(separator: ", "))]:[\(english.map(String.init).joined(separator: ", "))]"
    }

    /// Parses Vecalign's notation (`[0, 1]:[2]`); nil when `text` is not a bead.
    public init?(notation text: some StringProtocol) {
        let sides = text.split(separator: ":", omittingEmptySubsequences: false)
        guard sides.count == 2, let chinese = Self.ids(sides[0]), let english = Self.ids(sides[1]) else { return nil }
        self.init(chinese: chinese, english: english)
    }

    private static func ids(_ side: some StringProtocol) -> [Int]? {
        let trimmed = side.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return nil }
        let inner = trimmed.dropFirst().dropLast()
        if inner.allSatisfy(\.isWhitespace) { return [] }
        var ids: [Int] = []
        for item in inner.split(separator: ",", omittingEmptySubsequences: false) {
            guard let id = Int(item.trimmingCharacters(in: .whitespaces)), id >= 0 else { return nil }
            ids.append(id)
        }
        return ids
    }
}
