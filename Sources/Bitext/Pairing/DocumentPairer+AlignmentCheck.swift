extension DocumentPairer {
    /// `candidates` rescored by aligning each pair: the mean of the evidence's score and the alignment's
    /// (`AlignedDocument.score` times the share of sentences it pairs), best first.
    func check(_ candidates: [[PairingEvidence.Candidate]], chinese: [PairingPart], english: [PairingPart])
        throws(PipelineError) -> [[PairingEvidence.Candidate]]
    {
        do {
            try ICUServices.check()
        } catch {
            throw .icu(error)
        }
        let segmenters = SegmenterPool()
        let aligner = Aligner(options: options.alignment)
        let presegmented = options.presegmented
        do {
            return try concurrentChunks(count: candidates.count) { range throws(ICUError) in
                try range.map { zh throws(ICUError) in
                    guard !candidates[zh].isEmpty else { return [] }
                    let chineseSentences = try segmenters.withSegmenter { segmenter throws(ICUError) in
                        try segmenter.sentences(of: chinese[zh].passage, presegmented: presegmented)
                    }
                    var checked: [PairingEvidence.Candidate] = []
                    for candidate in candidates[zh] {
                        let englishSentences = try segmenters.withSegmenter { segmenter throws(ICUError) in
                            try segmenter.sentences(of: english[candidate.english].passage, presegmented: presegmented)
                        }
                        let aligned = AlignedDocument(
                            document: Document(id: ""), chinese: chineseSentences, english: englishSentences,
                            pairs: aligner.align(chinese: chineseSentences, english: englishSentences))
                        let unaligned = aligned.unaligned
                        let alignment = aligned.score * (1 - (unaligned.chinese + unaligned.english) / 2)
                        checked.append(
                            PairingEvidence.Candidate(
                                english: candidate.english, score: (candidate.score + alignment) / 2))
                    }
                    return checked.sorted { ($1.score, $0.english) < ($0.score, $1.english) }
                }
            }
        } catch {
            throw .icu(error)
        }
    }
}
