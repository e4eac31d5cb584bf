import Bitext
import Foundation

extension ReviewSession {
    /// Moves to the next pair (after the cursor, wrapping round) whose Chinese or English text holds
    /// `query`, ignoring case and width variants; `backwards` searches the other way. Returns false,
    /// leaving the cursor, when no pair matches.
    @discardableResult
    package mutating func search(_ query: String, backwards: Bool = false) -> Bool {
        self.query = query
        guard !query.isEmpty, !entries.isEmpty else { return false }
        let found = indexAfterCursor(backwards: backwards) { Self.matches($0.pair, query) }
        if let found { select(found) }
        return found != nil
    }

    /// Moves to the next (or previous) pair still to check (needing review, not marked); false when
    /// there is none.
    @discardableResult
    package mutating func nextNeedingReview(backwards: Bool = false) -> Bool {
        guard !entries.isEmpty else { return false }
        let step = backwards ? -1 : 1
        var index = cursor + step
        while index >= 0, index < entries.count {
            if Self.isToCheck(entries[index]) {
                select(index)
                return true
            }
            index += step
        }
        return false
    }

    /// Whether `pair` holds `query` on either side.
    package static func matches(_ pair: AlignedPair, _ query: String) -> Bool {
        matchRange(of: query, in: pair.chinese) != nil || matchRange(of: query, in: pair.english) != nil
    }

    /// Where `query` first occurs in `text`, ignoring case and width variants.
    package static func matchRange(of query: String, in text: String) -> Range<String.Index>? {
        guard !query.isEmpty else { return nil }
        return text.range(of: query, options: [.caseInsensitive, .widthInsensitive])
    }

    private func indexAfterCursor(backwards: Bool, where predicate: (Entry) -> Bool) -> Int? {
        let count = entries.count
        for offset in 1...count {
            let index = ((backwards ? cursor - offset : cursor + offset) % count + count) % count
            if predicate(entries[index]) { return index }
        }
        return nil
    }
}
