import Bitext

/// A reviewer's work on a list of aligned pairs: the pairs with their review marks, the cursor, an
/// undo stack and whether there is unsaved work.
///
/// Every operation is a pure mutation of the value, so tests drive it without a terminal.
package struct ReviewSession: Sendable, Hashable {
    /// What the reviewer decided about a pair.
    package enum Mark: Sendable, Hashable {
        case pending
        case accepted
        case rejected
    }

    /// A pair and its mark.
    package struct Entry: Sendable, Hashable {
        package var pair: AlignedPair
        package var mark: Mark
        /// The pair's index in the file as opened, while the pair is as it was read (nil for the
        /// pairs of a merge or a split by sentences).
        package var origin: Int?

        package init(pair: AlignedPair, mark: Mark = .pending, origin: Int? = nil) {
            self.pair = pair
            self.mark = mark
            self.origin = origin
        }
    }

    /// Where an opened pair's bead starts: its first id on each side (nil for an empty side).
    struct BeadStart: Sendable, Hashable {
        var chinese: Int?
        var english: Int?
    }

    /// What undoing an edit needs: the entries it replaced and where, so the stack costs memory in
    /// proportion to the edits, not to the file.
    struct Change: Sendable, Hashable {
        /// Where the edit's new entries sit.
        var range: Range<Int>
        /// The entries they replaced.
        var replaced: [Entry]
        var cursor: Int
        var revision: Int
        var description: String
    }

    package private(set) var entries: [Entry]
    /// The index of the selected pair (0 when there are none).
    package private(set) var cursor = 0
    /// The last search, for `n` and `N`.
    package var query = ""
    /// How many edits `undo` can take back.
    package let undoLimit: Int

    var undoStack: [Change] = []
    /// The pairs as opened, so that a split gives back the pairs a merge joined, whole.
    let originals: [AlignedPair]
    /// The indices of `originals` by where their beads start.
    private(set) var originalsByStart: [BeadStart: [Int]] = [:]
    /// The text of each sentence id seen alone on a side, so a split can part a pair by its ids.
    private(set) var knownSentences: [Language: [Int: String]] = [:]
    /// Counts edits; the file holds `savedRevision`.
    private(set) var revision = 0
    private var savedRevision = 0
    private var nextRevision = 1

    package init(pairs: [AlignedPair], undoLimit: Int = 100) {
        entries = pairs.enumerated().map { Entry(pair: $0.element, origin: $0.offset) }
        originals = pairs
        self.undoLimit = max(1, undoLimit)
        count(entries, sign: 1)
        for (index, pair) in pairs.enumerated() where !pair.bead.chinese.isEmpty || !pair.bead.english.isEmpty {
            originalsByStart[BeadStart(chinese: pair.bead.chinese.first, english: pair.bead.english.first), default: []]
                .append(index)
        }
        for pair in pairs {
            if pair.bead.chinese.count == 1 {
                knownSentences[.chinese, default: [:]][pair.bead.chinese[0]] = pair.chinese
            }
            if pair.bead.english.count == 1 {
                knownSentences[.english, default: [:]][pair.bead.english[0]] = pair.english
            }
        }
    }

    package var pairs: [AlignedPair] { entries.map(\.pair) }
    package var count: Int { entries.count }
    package var isEmpty: Bool { entries.isEmpty }
    /// Whether there are edits the file does not have.
    package var isDirty: Bool { revision != savedRevision }
    package var canUndo: Bool { !undoStack.isEmpty }

    /// The entries a save writes: every one but the rejected ones.
    package var entriesToSave: [Entry] { entries.filter { $0.mark != .rejected } }

    /// The pairs a save writes.
    package var pairsToSave: [AlignedPair] { entriesToSave.map(\.pair) }

    /// Pairs accepted, rejected and still to check (needing review and not yet marked), kept up to
    /// date by every edit (the status line shows them after each key, and a corpus file has 100,000
    /// pairs).
    package private(set) var acceptedCount = 0
    package private(set) var rejectedCount = 0
    package private(set) var flaggedCount = 0

    private mutating func count(_ entries: some Sequence<Entry>, sign: Int) {
        for entry in entries {
            if entry.mark == .accepted { acceptedCount += sign }
            if entry.mark == .rejected { rejectedCount += sign }
            if Self.isToCheck(entry) { flaggedCount += sign }
        }
    }

    /// Whether a pair deserves a look: not confidently aligned, flagged, crossing or one-sided.
    package static func needsReview(_ pair: AlignedPair) -> Bool {
        Confidence(pair.confidence) != .high || !pair.flags.isEmpty || pair.crossing || pair.isOneSided
    }

    /// Whether an entry is still to check: it needs review and is neither accepted nor rejected.
    package static func isToCheck(_ entry: Entry) -> Bool {
        entry.mark == .pending && needsReview(entry.pair)
    }

    /// Records that the file now holds the current pairs.
    package mutating func markSaved() {
        savedRevision = revision
    }

    /// Moves the cursor to `index`, clamped to the pairs.
    package mutating func select(_ index: Int) {
        cursor = entries.isEmpty ? 0 : min(max(0, index), entries.count - 1)
    }

    /// Moves the cursor by `offset` pairs.
    package mutating func move(by offset: Int) {
        select(cursor + offset)
    }

    package mutating func moveToTop() { select(0) }
    package mutating func moveToBottom() { select(entries.count - 1) }

    /// Takes back the last edit; returns what it was, or nil when there is nothing to undo.
    @discardableResult
    package mutating func undo() -> String? {
        guard let change = undoStack.popLast() else { return nil }
        count(entries[change.range], sign: -1)
        count(change.replaced, sign: 1)
        entries.replaceSubrange(change.range, with: change.replaced)
        cursor = change.cursor
        revision = change.revision
        return change.description
    }

    /// Replaces the entries in `range` with `newEntries` as one undoable step described by
    /// `description`, then selects `newCursor`.
    mutating func replace(
        _ range: Range<Int>, with newEntries: [Entry], cursor newCursor: Int, description: String
    ) {
        let change = Change(
            range: range.lowerBound..<(range.lowerBound + newEntries.count), replaced: Array(entries[range]),
            cursor: cursor, revision: revision, description: description)
        count(entries[range], sign: -1)
        count(newEntries, sign: 1)
        entries.replaceSubrange(range, with: newEntries)
        select(newCursor)
        undoStack.append(change)
        if undoStack.count > undoLimit { undoStack.removeFirst(undoStack.count - undoLimit) }
        revision = nextRevision
        nextRevision += 1
    }
}
