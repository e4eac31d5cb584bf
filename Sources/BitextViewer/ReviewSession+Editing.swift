import Bitext

extension ReviewSession {
    /// Why an edit could not be made, in words for the status line.
    package struct EditError: Error, Sendable, Hashable, CustomStringConvertible {
        package var description: String
    }

    /// Merges the selected pair with the next one.
    ///
    /// Bead ids are concatenated, Chinese texts joined with no separator and English ones with a
    /// space; the confidence is the lower one, the flags the union. The merged pair is pending.
    package mutating func mergeWithNext() throws(EditError) {
        guard cursor + 1 < entries.count else { throw EditError(description: "no next pair to merge with") }
        let first = entries[cursor].pair
        let second = entries[cursor + 1].pair
        var merged = first
        merged.bead = Bead(
            chinese: first.bead.chinese + second.bead.chinese, english: first.bead.english + second.bead.english)
        merged.chinese = first.chinese + second.chinese
        merged.english = [first.english, second.english].filter { !$0.isEmpty }.joined(separator: " ")
        merged.confidence = min(first.confidence, second.confidence)
        merged.flags = first.flags + second.flags.filter { !first.flags.contains($0) }
        merged.crossing = first.crossing || second.crossing
        merged.chineseParagraph = first.chineseParagraph ?? second.chineseParagraph
        merged.englishParagraph = first.englishParagraph ?? second.englishParagraph
        let index = cursor
        replace(
            index..<(index + 2), with: [Entry(pair: merged)], cursor: index,
            description: "merge of pairs \(index + 1) and \(index + 2)")
    }

    /// Splits the selected pair: back into the pairs it was merged from, or else into one pair a
    /// sentence, the i-th Chinese sentence with the i-th English one, the longer side's extra
    /// sentences on one-sided pairs.
    ///
    /// A pair whose bead is the beads of several opened pairs in a row, texts included, goes back to
    /// those pairs whole (confidence, flags, crossing, paragraphs, as read). Otherwise a side's
    /// sentences are the ones its ids had when the file was opened (headlines without a full stop
    /// included); failing that they come from the `Segmenter`, keeping the side's ids when the counts
    /// match and otherwise (a file without sentence ids, such as TSV) numbered on from the side's
    /// first id.
    package mutating func split(using segmenter: Segmenter) throws(EditError) {
        guard cursor < entries.count else { throw EditError(description: "no pair to split") }
        let pair = entries[cursor].pair
        if let pieces = originalPieces(of: pair) {
            let index = cursor
            replace(
                index..<(index + 1), with: pieces.map { Entry(pair: originals[$0], origin: $0) }, cursor: index,
                description: "split of pair \(index + 1) into \(pieces.count)")
            return
        }
        let chinese = try sentences(of: pair.chinese, ids: pair.bead.chinese, language: .chinese, segmenter)
        let english = try sentences(of: pair.english, ids: pair.bead.english, language: .english, segmenter)
        let count = max(chinese.count, english.count)
        guard count > 1 else { throw EditError(description: "pair \(cursor + 1) has one sentence a side") }
        let pieces = (0..<count).map { index in
            let zh = index < chinese.count ? chinese[index] : nil
            let en = index < english.count ? english[index] : nil
            var piece = pair
            piece.bead = Bead(chinese: zh.map { [$0.id] } ?? [], english: en.map { [$0.id] } ?? [])
            piece.chinese = zh?.text ?? ""
            piece.english = en?.text ?? ""
            piece.chineseParagraph = zh == nil ? nil : pair.chineseParagraph
            piece.englishParagraph = en == nil ? nil : pair.englishParagraph
            return Entry(pair: piece)
        }
        let index = cursor
        replace(
            index..<(index + 1), with: pieces, cursor: index, description: "split of pair \(index + 1) into \(count)")
    }

    /// Marks the selected pair accepted (or pending again if it was) and moves to the next one.
    package mutating func toggleAccept() {
        toggle(.accepted, verb: "acceptance")
    }

    /// Marks the selected pair rejected (or pending again if it was) and moves to the next one.
    /// Rejected pairs are left out when saving.
    package mutating func toggleReject() {
        toggle(.rejected, verb: "rejection")
    }

    private mutating func toggle(_ mark: Mark, verb: String) {
        guard cursor < entries.count else { return }
        let index = cursor
        var entry = entries[index]
        entry.mark = entry.mark == mark ? .pending : mark
        replace(index..<(index + 1), with: [entry], cursor: index + 1, description: "\(verb) of pair \(index + 1)")
    }

    /// The indices of the opened pairs (two or more) whose beads and texts, joined in order, are
    /// `pair`'s; nil when there are none.
    private func originalPieces(of pair: AlignedPair) -> [Int]? {
        guard pair.bead.chinese.count + pair.bead.english.count > 1,
            let pieces = originalPieces(
                of: pair, chineseFrom: 0, englishFrom: 0, chinese: Substring(pair.chinese),
                english: Substring(pair.english)),
            pieces.count > 1
        else { return nil }
        return pieces
    }

    /// The opened pairs that make up `pair`'s bead from the given ids on, whose texts start
    /// `chinese` and `english` (the rest of the pair's texts); a depth-first search over the
    /// opened pairs that start there.
    private func originalPieces(
        of pair: AlignedPair, chineseFrom chineseIndex: Int, englishFrom englishIndex: Int, chinese: Substring,
        english: Substring
    ) -> [Int]? {
        let chineseIds = pair.bead.chinese
        let englishIds = pair.bead.english
        if chineseIndex == chineseIds.count, englishIndex == englishIds.count {
            return chinese.isEmpty && english.isEmpty ? [] : nil
        }
        let chineseStart = chineseIndex < chineseIds.count ? chineseIds[chineseIndex] : nil
        let englishStart = englishIndex < englishIds.count ? englishIds[englishIndex] : nil
        var starts = [BeadStart(chinese: chineseStart, english: englishStart)]
        if chineseStart != nil, englishStart != nil {
            starts += [BeadStart(chinese: chineseStart, english: nil), BeadStart(chinese: nil, english: englishStart)]
        }
        for start in starts {
            for candidate in originalsByStart[start] ?? [] {
                let original = originals[candidate]
                let zh = original.bead.chinese
                let en = original.bead.english
                guard chineseIds.dropFirst(chineseIndex).starts(with: zh),
                    englishIds.dropFirst(englishIndex).starts(with: en), chinese.hasPrefix(original.chinese)
                else { continue }
                let rest = english.drop { $0 == " " }
                guard rest.hasPrefix(original.english) else { continue }
                if let more = originalPieces(
                    of: pair, chineseFrom: chineseIndex + zh.count, englishFrom: englishIndex + en.count,
                    chinese: chinese.dropFirst(original.chinese.count),
                    english: rest.dropFirst(original.english.count))
                {
                    return [candidate] + more
                }
            }
        }
        return nil
    }

    private func sentences(
        of text: String, ids: [Int], language: Language, _ segmenter: Segmenter
    ) throws(EditError) -> [(id: Int, text: String)] {
        guard !text.isEmpty else { return [] }
        let separator = language == .chinese ? "" : " "
        if ids.count > 1, let known = knownSentences[language],
            case let texts = ids.compactMap({ known[$0] }), texts.count == ids.count,
            texts.joined(separator: separator) == text
        {
            return Array(zip(ids, texts))
        }
        let pieces: [String]
        do {
            pieces = try segmenter.split(text, language: language).map(\.text)
        } catch {
            throw EditError(description: "cannot split pair \(cursor + 1): \(error)")
        }
        if pieces.count == ids.count { return Array(zip(ids, pieces)) }
        if pieces.count < ids.count {
            // The ids say where the pair's sentences are; the text does not say where they part.
            let side = language == .chinese ? "Chinese" : "English"
            let list = ids.map(String.init).joined(separator: ", ")
            throw EditError(
                description:
                    "cannot split pair \(cursor + 1): its \(side) holds sentences \(list) but shows no break between them"
            )
        }
        let first = ids.first ?? 0
        return pieces.enumerated().map { (first + $0.offset, $0.element) }
    }
}
