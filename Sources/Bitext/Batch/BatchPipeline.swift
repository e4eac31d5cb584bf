/// Reads, segments, aligns and serialises one document of a batch; safe to run on many tasks at once.
package struct BatchPipeline: Sendable {
    /// What one document came to: its serialised pairs, or why it failed.
    package struct Outcome: Sendable {
        /// The document, or nil when its input line could not be read.
        package var document: BatchDocument?
        /// The pairs written (one-sided pairs TMX left out are counted apart), and their bytes in the
        /// batch's format.
        package var result: Result<(pairs: Int, leftOut: Int, bytes: [UInt8]), BatchError>
    }

    /// The words of one confident one-to-one bead: a training pair for IBM Model 1.
    package typealias TrainingPair = (chinese: [String], english: [String])

    package var format: BatchFormat
    /// TMX's language tags (and whether one-sided pairs are kept).
    package var export = ExportOptions()
    package let alignment: AlignmentOptions
    /// Takes each input line as one sentence (the UN corpus, Moses-style files).
    package var presegmented: Bool
    private let segmenters = SegmenterPool()
    private let aligner: Aligner

    package init(format: BatchFormat, alignment: AlignmentOptions = AlignmentOptions(), presegmented: Bool = false) {
        self.format = format
        self.alignment = alignment
        self.presegmented = presegmented
        aligner = Aligner(options: alignment)
    }

    /// The outcome of one document; never throws: a failure is part of the outcome.
    ///
    /// `files` are the files its source names, read ahead (`BatchPrefetcher`); empty, they are read here.
    package func run(_ document: BatchDocument, files: [LoadedFile] = []) -> Outcome {
        do {
            if format.isFolder, document.id.contains("/") || document.id.hasPrefix(".") {
                throw BatchError(message: "the id cannot name a bead file")
            }
            let pairs = try align(document, files: files)
            let (bytes, statistics) = format.encodeCounting(pairs, document: document.id, export: export)
            return Outcome(
                document: document, result: .success((statistics.written, statistics.oneSidedLeftOut, bytes)))
        } catch let error as BatchError {
            return Outcome(document: document, result: .failure(error))
        } catch let error as ReadError {
            return Outcome(document: document, result: .failure(BatchError(message: error.description)))
        } catch {
            return Outcome(document: document, result: .failure(BatchError(message: "\(error)")))
        }
    }

    /// The same pipeline aligning every document with `lexicon` (word translations learned across the batch).
    package func learning(_ lexicon: Lexicon) -> BatchPipeline {
        var alignment = alignment
        alignment.lexicon = lexicon
        var learned = BatchPipeline(format: format, alignment: alignment, presegmented: presegmented)
        learned.export = export
        return learned
    }

    /// The Model 1 training pairs of `document` (the confident one-to-one beads of its monotonic pass);
    /// none if it cannot be read: the aligning pass reports it.
    package func trainingPairs(_ document: BatchDocument) -> [TrainingPair] {
        guard let (chinese, english) = try? sentences(document) else { return [] }
        return aligner.trainingPairs(chinese: chinese, english: english)
    }

    /// The aligned pairs of `document`, whose files, when given, are read already.
    package func align(_ document: BatchDocument, files: [LoadedFile] = []) throws -> [AlignedPair] {
        let (chinese, english) = try sentences(document, files: files)
        return aligner.align(chinese: chinese, english: english, document: document.id)
    }

    /// The Chinese and English sentences of `document`.
    private func sentences(_ document: BatchDocument, files: [LoadedFile] = []) throws -> (
        chinese: [Sentence], english: [Sentence]
    ) {
        let read = try self.read(document, files: files)
        guard let chinese = read.chinese, !chinese.paragraphs.isEmpty else {
            throw BatchError(message: "no Chinese text")
        }
        guard let english = read.english, !english.paragraphs.isEmpty else {
            throw BatchError(message: "no English text")
        }
        return try segmenters.withSegmenter { segmenter in
            (
                try segmenter.sentences(of: chinese, presegmented: presegmented),
                try segmenter.sentences(of: english, presegmented: presegmented)
            )
        }
    }

    /// The document read from its files or texts, with the batch's id.
    package func read(_ document: BatchDocument, files: [LoadedFile] = []) throws(ReadError) -> Document {
        var options = ReadOptions()
        options.presegmented = presegmented
        let reader = Reader(options: options)
        var read: Document
        switch document.source {
        case .files(let chinese, let english):
            read =
                files.count == 2
                ? try reader.read(chinese: files[0], english: files[1])
                : try reader.read(chinesePath: chinese, englishPath: english)
        case .file(let path):
            read = files.count == 1 ? try reader.read(files[0]) : try reader.read(path: path)
        case .texts(let chinese, let english):
            read = try reader.read(chineseText: chinese, englishText: english, id: document.id)
        case .text(let text):
            read = try reader.read(bytes: Array(text.utf8), id: document.id, path: document.origin)
        }
        read.id = document.id
        return read
    }
}
