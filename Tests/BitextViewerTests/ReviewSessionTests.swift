import Bitext
import Testing

@testable import BitextViewer

@Suite struct ReviewSessionTests {
    static let pairs = [
        Golden.pair("第一句。", "First sentence.", id: 0, confidence: 0.9, flags: [.numberMismatch]),
        Golden.pair("第二句。", "Second sentence.", id: 1, confidence: 0.6, flags: [.numberMismatch, .lengthRatio]),
        Golden.pair("第三句。", "Third one.", id: 2, confidence: 0.95),
        Golden.pair("", "A stray English line.", id: 3, confidence: 0),
        Golden.pair("第五句。", "Fifth.", id: 4, confidence: 0.85),
    ]

    @Test func mergeJoinsIdsTextsAndFlags() throws {
        var session = ReviewSession(pairs: Self.pairs)
        try session.mergeWithNext()
        #expect(session.count == 4)
        let merged = session.entries[0].pair
        #expect(merged.bead == Bead(chinese: [0, 1], english: [0, 1]))
        #expect(merged.chinese == "第一句。第二句。")
        #expect(merged.english == "First sentence. Second sentence.")
        #expect(merged.confidence == 0.6)
        #expect(merged.flags == [.numberMismatch, .lengthRatio])
        #expect(session.isDirty)
    }

    @Test func mergeWithAOneSidedPairAddsNoStraySpace() throws {
        var session = ReviewSession(pairs: [Golden.pair("第一句。", "", id: 0), Golden.pair("", "First.", id: 0)])
        try session.mergeWithNext()
        #expect(session.entries[0].pair.english == "First.")
        #expect(session.entries[0].pair.bead == Bead(chinese: [0], english: [0]))
    }

    @Test func theLastPairHasNothingToMergeWith() {
        var session = ReviewSession(pairs: Self.pairs)
        session.moveToBottom()
        #expect(throws: ReviewSession.EditError(description: "no next pair to merge with")) {
            try session.mergeWithNext()
        }
        #expect(!session.isDirty)
    }

    @Test func splitUndoesAMerge() throws {
        let segmenter = try Segmenter()
        var session = ReviewSession(pairs: Self.pairs)
        session.select(1)
        try session.mergeWithNext()
        try session.split(using: segmenter)
        #expect(session.count == 5)
        #expect(session.entries[1].pair.bead == Bead(chinese: [1], english: [1]))
        #expect(session.entries[2].pair.bead == Bead(chinese: [2], english: [2]))
        #expect(session.entries[1].pair.chinese == "第二句。")
        #expect(session.entries[2].pair.english == "Third one.")
    }

    /// Seed 004's pairs: merging any run of them and splitting gives back each pair whole.
    @Test(arguments: [(0, 2), (3, 2), (4, 3), (16, 3)])
    func splitGivesBackTheMergedPairsWhole(start: Int, count: Int) throws {
        let pairs = try Golden.seed004()
        var session = ReviewSession(pairs: pairs)
        session.select(start)
        for _ in 1..<count { try session.mergeWithNext() }
        try session.split(using: Segmenter())
        #expect(session.pairs == pairs)
        #expect(session.entries == ReviewSession(pairs: pairs).entries)
        #expect(session.flaggedCount == ReviewSession(pairs: pairs).flaggedCount)
    }

    @Test func splitFollowsTheIdsOfAMultiSentenceSide() throws {
        let pair = AlignedPair(
            bead: Bead(chinese: [4], english: [6, 7]), chinese: "總督。", english: "The Governor. He presides.",
            confidence: 0.7)
        var session = ReviewSession(pairs: [pair])
        try session.split(using: Segmenter())
        #expect(session.pairs.map(\.bead) == [Bead(chinese: [4], english: [6]), Bead(chinese: [], english: [7])])
        #expect(session.pairs.map(\.english) == ["The Governor.", "He presides."])
    }

    /// Hansard 890621's pair 7: two English lines (ids 6 and 7) read as one sentence.
    @Test func aSideWhoseSentencesShowNoBreakDoesNotSplitAndSaysWhy() throws {
        let pair = AlignedPair(
            bead: Bead(chinese: [4], english: [6, 7]), chinese: "總督奕信爵士， K.C.M.G（主席）",
            english: "HIS EXCELLENCY THE GOVERNOR (PRESIDENT) SIR DAVID CLIVE WILSON, K.C.M.G.")
        var session = ReviewSession(pairs: [pair])
        let segmenter = try Segmenter()
        let message = "cannot split pair 1: its English holds sentences 6, 7 but shows no break between them"
        #expect(throws: ReviewSession.EditError(description: message)) { try session.split(using: segmenter) }
        #expect(!session.isDirty)
    }

    @Test func splitOfAnUnevenPairLeavesTheExtraSentenceOneSided() throws {
        let pair = AlignedPair(
            bead: Bead(chinese: [7, 8], english: [9]), chinese: "他來了。她走了。", english: "He came and she left.")
        var session = ReviewSession(pairs: [pair])
        try session.split(using: Segmenter())
        #expect(session.pairs.map(\.bead) == [Bead(chinese: [7], english: [9]), Bead(chinese: [8], english: [])])
        #expect(session.pairs.map(\.english) == ["He came and she left.", ""])
    }

    @Test func splitNumbersSentencesOnWhenTheIdsDoNotSay() throws {
        let pair = AlignedPair(bead: Bead(chinese: [3], english: [3]), chinese: "一。二。", english: "One. Two.")
        var session = ReviewSession(pairs: [pair])
        try session.split(using: Segmenter())
        #expect(session.pairs.map(\.bead) == [Bead(chinese: [3], english: [3]), Bead(chinese: [4], english: [4])])
    }

    @Test func aOneSentencePairDoesNotSplit() throws {
        var session = ReviewSession(pairs: Self.pairs)
        let segmenter = try Segmenter()
        #expect(throws: ReviewSession.EditError(description: "pair 1 has one sentence a side")) {
            try session.split(using: segmenter)
        }
    }

    @Test func undoGoesBackSeveralStepsAndClearsTheMarker() throws {
        var session = ReviewSession(pairs: Self.pairs)
        try session.mergeWithNext()
        session.toggleReject()
        session.toggleAccept()
        #expect(session.rejectedCount == 1)
        #expect(session.acceptedCount == 1)
        #expect(session.undo() == "acceptance of pair 2")
        #expect(session.undo() == "rejection of pair 1")
        #expect(session.undo() == "merge of pairs 1 and 2")
        #expect(session.undo() == nil)
        #expect(session.entries == ReviewSession(pairs: Self.pairs).entries)
        #expect(!session.isDirty)
    }

    @Test func savingClearsTheMarkerAndUndoPastTheSaveSetsIt() throws {
        var session = ReviewSession(pairs: Self.pairs)
        try session.mergeWithNext()
        session.markSaved()
        #expect(!session.isDirty)
        session.undo()
        #expect(session.isDirty)
    }

    @Test func theUndoStackKeepsItsLimit() {
        var session = ReviewSession(pairs: Self.pairs, undoLimit: 2)
        for _ in 0..<4 { session.toggleAccept() }
        #expect(session.undo() != nil)
        #expect(session.undo() != nil)
        #expect(session.undo() == nil)
    }

    @Test func rejectedPairsAreLeftOutOfTheSave() {
        var session = ReviewSession(pairs: Self.pairs)
        session.select(3)
        session.toggleReject()
        #expect(session.pairsToSave.map(\.english) == ["First sentence.", "Second sentence.", "Third one.", "Fifth."])
        #expect(session.cursor == 4)
    }

    @Test func searchFindsBothSidesWrapsAndGoesBack() {
        var session = ReviewSession(pairs: Self.pairs)
        let found1 = session.search("SENTENCE")
        #expect(found1)
        #expect(session.cursor == 1)
        let found2 = session.search("sentence")
        #expect(found2)
        #expect(session.cursor == 0)
        let found3 = session.search("第五")
        #expect(found3)
        #expect(session.cursor == 4)
        let found4 = session.search("sentence", backwards: true)
        #expect(found4)
        #expect(session.cursor == 1)
        let found5 = session.search("nowhere")
        #expect(!found5)
        #expect(session.cursor == 1)
    }

    @Test func reviewJumpsStopAtPairsToCheck() {
        var session = ReviewSession(pairs: Self.pairs)
        // Pair 0 is flagged, 1 medium and flagged, 2 fine, 3 one-sided, 4 fine.
        let found6 = session.nextNeedingReview()
        #expect(found6)
        #expect(session.cursor == 1)
        let found7 = session.nextNeedingReview()
        #expect(found7)
        #expect(session.cursor == 3)
        let found8 = session.nextNeedingReview()
        #expect(!found8)
        #expect(session.cursor == 3)
        let found9 = session.nextNeedingReview(backwards: true)
        #expect(found9)
        #expect(session.cursor == 1)
    }

    /// A reviewed pair is off the list: the count drops and `]` `[` pass over it.
    @Test(arguments: [false, true])
    func markedPairsAreNoLongerToCheck(reject: Bool) {
        var session = ReviewSession(pairs: Self.pairs)
        session.select(1)
        if reject { session.toggleReject() } else { session.toggleAccept() }
        #expect(session.flaggedCount == 2)
        session.select(0)
        let found = session.nextNeedingReview()
        #expect(found)
        #expect(session.cursor == 3)
        let back = session.nextNeedingReview(backwards: true)
        #expect(back)
        #expect(session.cursor == 0)
        session.select(1)
        if reject { session.toggleReject() } else { session.toggleAccept() }
        #expect(session.flaggedCount == 3)
    }

    @Test func movesStayInBounds() {
        var session = ReviewSession(pairs: Self.pairs)
        session.move(by: -3)
        #expect(session.cursor == 0)
        session.move(by: 99)
        #expect(session.cursor == 4)
        var empty = ReviewSession(pairs: [])
        empty.move(by: 1)
        empty.moveToBottom()
        #expect(empty.cursor == 0)
    }
}

extension ReviewSessionTests {
    @Test func countsFollowEditsAndUndo() throws {
        var session = ReviewSession(pairs: Self.pairs)
        func counts() -> [Int] { [session.acceptedCount, session.rejectedCount, session.flaggedCount] }
        func recount() -> [Int] {
            [
                session.entries.count { $0.mark == .accepted }, session.entries.count { $0.mark == .rejected },
                session.entries.count { $0.mark == .pending && ReviewSession.needsReview($0.pair) },
            ]
        }
        #expect(counts() == [0, 0, 3])
        session.toggleAccept()
        session.toggleReject()
        try session.mergeWithNext()
        session.toggleAccept()
        #expect(counts() == recount())
        while session.undo() != nil { #expect(counts() == recount()) }
        #expect(counts() == [0, 0, 3])
    }
}
