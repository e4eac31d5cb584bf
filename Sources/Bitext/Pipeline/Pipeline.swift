/// Aligns an input: read → document → sentences → alignment → pairs; the one entry point that
/// `bitext align`, `bitext batch`, the viewer and the tests call.
///
/// Safe to share across tasks: each call borrows a segmenter no other call is using.
///
/// ```swift
/// let aligned = try Pipeline().align(.file("article.txt"))
/// for pair in aligned.pairs { print(pair.chinese, pair.english) }
/// ```
public struct Pipeline: Sendable {
    /// The aligner's options (search, dictionary, learned lexicon).
    public let alignment: AlignmentOptions
    /// Takes each input line as one sentence (the UN corpus, Moses-style files).
    public let presegmented: Bool
    private let aligner: Aligner
    private let segmenters: SegmenterPool

    public init(alignment: AlignmentOptions = AlignmentOptions(), presegmented: Bool = false) {
        self.init(alignment: alignment, presegmented: presegmented, segmenters: SegmenterPool())
    }

    private init(alignment: AlignmentOptions, presegmented: Bool, segmenters: SegmenterPool) {
        self.alignment = alignment
        self.presegmented = presegmented
        self.segmenters = segmenters
        aligner = Aligner(options: alignment)
    }

    /// The same pipeline aligning with `lexicon` (word translations learned across a batch).
    package func learning(_ lexicon: Lexicon) -> Pipeline {
        var alignment = alignment
        alignment.lexicon = lexicon
        return Pipeline(alignment: alignment, presegmented: presegmented, segmenters: segmenters)
    }

    /// Reads, segments and aligns `input`.
    ///
    /// Throws `.icu` when ICU lacks a service the aligner needs (`ICUServices.check()`), rather than
    /// aligning without it.
    /// - Parameters:
    ///   - id: the document's id (the pairs' `document`); nil: the reader's, from the file names.
    ///   - origin: the name a text input goes by in errors (`corpus.jsonl:3`); nil: `id`.
    ///   - files: `input.paths` read ahead (`LoadedFile`); empty, they are read here.
    public func align(_ input: AlignmentInput, id: String? = nil, origin: String? = nil) throws(PipelineError)
        -> AlignedDocument
    {
        try align(input, id: id, origin: origin, files: [])
    }

    package func align(_ input: AlignmentInput, id: String?, origin: String?, files: [LoadedFile]) throws(PipelineError)
        -> AlignedDocument
    {
        do {
            try ICUServices.check()
        } catch {
            throw .icu(error)
        }
        let document = try read(input, id: id, origin: origin, files: files)
        let (chinese, english) = try sentences(document)
        let scored = aligner.scoredAlignment(chinese: chinese, english: english, document: document.id)
        return AlignedDocument(document: document, chinese: chinese, english: english, pairs: scored.pairs)
    }

    /// `align(_:)` with what each pair's confidence was worked out from (for calibrating it).
    package func scoredAlignment(_ input: AlignmentInput) throws(PipelineError) -> (
        document: AlignedDocument, confidence: [ConfidenceFeatures]
    ) {
        let document = try read(input, id: nil, origin: nil, files: [])
        let (chinese, english) = try sentences(document)
        let scored = aligner.scoredAlignment(chinese: chinese, english: english, document: document.id)
        return (
            AlignedDocument(document: document, chinese: chinese, english: english, pairs: scored.pairs),
            scored.confidence
        )
    }

    /// Moore's training pairs for Model 1 from `input` (the words of the confident one-to-one beads of
    /// its monotonic pass); none when it cannot be read: aligning it reports why.
    package func trainingPairs(_ input: AlignmentInput, id: String?, origin: String?) -> [(
        chinese: [String], english: [String]
    )] {
        guard let document = try? read(input, id: id, origin: origin, files: []),
            let (chinese, english) = try? sentences(document)
        else { return [] }
        return aligner.trainingPairs(chinese: chinese, english: english)
    }

    /// The document `input` holds, with both languages (else `ReadError.Reason.missingPassage`).
    package func read(_ input: AlignmentInput, id: String?, origin: String?, files: [LoadedFile] = [])
        throws(PipelineError) -> Document
    {
        var options = ReadOptions()
        options.presegmented = presegmented
        options.requireBothLanguages = true
        let reader = Reader(options: options)
        var document: Document
        do {
            switch input {
            case .files(let chinese, let english):
                document =
                    files.count == 2
                    ? try reader.read(chinese: files[0], english: files[1])
                    : try reader.read(chinesePath: chinese, englishPath: english)
            case .file(let path):
                document = files.count == 1 ? try reader.read(files[0]) : try reader.read(path: path)
            case .texts(let chinese, let english):
                document = try reader.read(chineseText: chinese, englishText: english, id: id ?? "text")
            case .text(let text):
                document = try reader.read(bytes: Array(text.utf8), id: id ?? "text", path: origin ?? id ?? "text")
            }
        } catch {
            throw .read(error)
        }
        if let id { document.id = id }
        return document
    }

    /// The Chinese and English sentences of `document`.
    private func sentences(_ document: Document) throws(PipelineError) -> (chinese: [Sentence], english: [Sentence]) {
        guard let chinese = document.chinese, let english = document.english else { return ([], []) }
        do {
            return try segmenters.withSegmenter { segmenter throws(ICUError) in
                (
                    try segmenter.sentences(of: chinese, presegmented: presegmented),
                    try segmenter.sentences(of: english, presegmented: presegmented)
                )
            }
        } catch {
            throw .icu(error)
        }
    }
}
