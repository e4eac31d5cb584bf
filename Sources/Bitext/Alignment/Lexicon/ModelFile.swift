import Foundation

/// Word translations learned once (`bitext learn`), to align with anywhere (`--model`): Model 1 and its
/// vocabularies, with what the dictionary it was learned with was.
///
/// The file, little-endian: the magic `BITEXTLM`, the format version (UInt32), the payload's length
/// (UInt64), the payload, then its FNV-1a hash (UInt64). The payload: the dictionary's fingerprint
/// (UInt64) and name, the training pairs (UInt64), the Chinese then the English words (a count, then
/// each word's UTF-8 length and bytes), each Chinese word's training sentences (Int32), each English
/// word's background probability (Float32), then each row of t(e|z), the NULL word's last: its length,
/// its English ids (Int32), its probabilities (Float32). Zero probabilities are left out: the model reads
/// them as zero. What `Lexicon` works out from the model is worked out again on loading.
package struct ModelFile: Sendable {
    /// The format version this build writes and reads.
    package static let version: UInt32 = 1
    static let magic = Array("BITEXTLM".utf8)

    package var model: WordTranslationModel
    package var chinese: Vocabulary
    package var english: Vocabulary
    /// `ChineseEnglishDictionary.fingerprint` of the dictionary the model was learned with (the
    /// gazetteer's names in): a model is used with that dictionary only.
    package var dictionaryFingerprint: UInt64
    /// How that dictionary was chosen, for messages ("the built-in lexicon").
    package var dictionaryName: String
    /// The training pairs the model was learned from.
    package var trainingPairs: Int

    /// The file of `lexicon`'s model (nil when it has none), learned with the dictionary called
    /// `dictionaryName` from `trainingPairs` pairs.
    package init?(lexicon: Lexicon, dictionaryName: String, trainingPairs: Int) {
        guard let model = lexicon.model else { return nil }
        self.model = model
        chinese = lexicon.chinese
        english = lexicon.english
        dictionaryFingerprint = lexicon.dictionary?.fingerprint ?? 0
        self.dictionaryName = dictionaryName
        self.trainingPairs = trainingPairs
    }

    /// The lexicon to align with: the model on `dictionary` (the gazetteer's names merged in, as
    /// `Lexicon(dictionary:)` does), which must be the one it was learned with; `name` says how it was
    /// chosen and `file` names the model in errors.
    package func lexicon(dictionary: ChineseEnglishDictionary?, named name: String, file: String) throws(ModelFileError)
        -> Lexicon
    {
        var lexicon = Lexicon(dictionary: dictionary)
        guard (lexicon.dictionary?.fingerprint ?? 0) == dictionaryFingerprint else {
            throw ModelFileError(file: file, reason: .dictionaryMismatch(learned: dictionaryName, given: name))
        }
        lexicon.restore(model, chinese: chinese, english: english)
        return lexicon
    }

    /// Reads the model file at `path`.
    package init(path: String) throws(ModelFileError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let why =
                (error as NSError).code == NSFileReadNoSuchFileError
                ? "no such file" : (error as NSError).localizedDescription.lowercased()
            throw ModelFileError(file: path, reason: .unreadable(why))
        }
        try self.init(bytes: [UInt8](data), file: path)
    }

    /// The file's bytes.
    package func encoded() -> [UInt8] {
        var payload = ByteWriter()
        payload.append(dictionaryFingerprint)
        payload.append(dictionaryName)
        payload.append(UInt64(trainingPairs))
        for vocabulary in [chinese, english] {
            payload.append(UInt32(vocabulary.count))
            for word in vocabulary.words { payload.append(word) }
        }
        for count in model.occurrences { payload.append(UInt32(bitPattern: count)) }
        for probability in model.background { payload.append(probability.bitPattern) }
        for (row, probabilities) in zip(model.rows, model.table) {
            let kept = probabilities.indices.filter { probabilities[$0] > 0 }
            payload.append(UInt32(kept.count))
            for index in kept { payload.append(UInt32(bitPattern: row[index])) }
            for index in kept { payload.append(probabilities[index].bitPattern) }
        }
        var file = ByteWriter()
        file.bytes = Self.magic
        file.append(Self.version)
        file.append(UInt64(payload.bytes.count))
        file.bytes += payload.bytes
        file.append(Self.checksum(payload.bytes[...]))
        return file.bytes
    }

    /// Reads a model file's `bytes`; `file` names it in errors.
    package init(bytes: [UInt8], file: String) throws(ModelFileError) {
        func failure(_ reason: ModelFileError.Reason) -> ModelFileError { ModelFileError(file: file, reason: reason) }
        guard bytes.count >= Self.magic.count, bytes.starts(with: Self.magic) else {
            throw failure(bytes.count < Self.magic.count && Self.magic.starts(with: bytes) ? .truncated : .notAModel)
        }
        var header = ByteReader(bytes[Self.magic.count...])
        guard let version = header.uint32(), let length = header.uint64() else { throw failure(.truncated) }
        guard version == Self.version else { throw failure(.unsupportedVersion(version)) }
        let start = bytes.count - header.remaining.count
        guard length <= UInt64(bytes.count - start), bytes.count - start - Int(length) >= 8 else {
            throw failure(.truncated)
        }
        let payload = bytes[start..<(start + Int(length))]
        var trailer = ByteReader(bytes[(start + Int(length))...])
        guard trailer.uint64() == Self.checksum(payload), trailer.remaining.isEmpty else { throw failure(.corrupt) }
        var reader = ByteReader(payload)
        guard let decoded = Self.decode(&reader), reader.remaining.isEmpty else { throw failure(.corrupt) }
        self = decoded
    }

    /// The payload's contents, or nil when they do not hold together.
    private static func decode(_ reader: inout ByteReader) -> ModelFile? {
        guard let fingerprint = reader.uint64(), let name = reader.string(), let pairs = reader.uint64(),
            let chineseWords = reader.strings(), let englishWords = reader.strings(),
            let occurrences = reader.uint32s(chineseWords.count), let background = reader.uint32s(englishWords.count)
        else { return nil }
        var rows: [[Int32]] = []
        var table: [[Float]] = []
        rows.reserveCapacity(chineseWords.count + 1)
        table.reserveCapacity(chineseWords.count + 1)
        for _ in 0...chineseWords.count {
            guard let count = reader.uint32(), let ids = reader.uint32s(Int(count)),
                let probabilities = reader.uint32s(Int(count))
            else { return nil }
            let row = ids.map { Int32(bitPattern: $0) }
            // Ascending ids in range: the model looks them up by binary search.
            guard zip(row, row.dropFirst()).allSatisfy({ $0 < $1 }),
                row.allSatisfy({ $0 >= 0 && Int($0) < englishWords.count })
            else { return nil }
            rows.append(row)
            table.append(probabilities.map(Float.init(bitPattern:)))
        }
        let chinese = Vocabulary(words: chineseWords)
        let english = Vocabulary(words: englishWords)
        guard chinese.count == chineseWords.count, english.count == englishWords.count, pairs <= UInt64(Int.max)
        else { return nil }
        let model = WordTranslationModel(
            rows: rows, table: table, background: background.map(Float.init(bitPattern:)),
            occurrences: occurrences.map { Int32(bitPattern: $0) })
        return ModelFile(
            model: model, chinese: chinese, english: english, dictionaryFingerprint: fingerprint,
            dictionaryName: name, trainingPairs: Int(pairs))
    }

    private init(
        model: WordTranslationModel, chinese: Vocabulary, english: Vocabulary, dictionaryFingerprint: UInt64,
        dictionaryName: String, trainingPairs: Int
    ) {
        self.model = model
        self.chinese = chinese
        self.english = english
        self.dictionaryFingerprint = dictionaryFingerprint
        self.dictionaryName = dictionaryName
        self.trainingPairs = trainingPairs
    }

    /// FNV-1a of `bytes`.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var hash = FNV1a.offsetBasis
            for byte in buffer { hash = FNV1a.step(hash, UInt64(byte)) }
            return hash
        }
    }
}

/// Little-endian numbers and length-prefixed strings, appended.
private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func append(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }

    mutating func append(_ text: String) {
        append(UInt32(text.utf8.count))
        bytes += text.utf8
    }
}

/// Reads what `ByteWriter` appends; each read is nil when the bytes run out.
private struct ByteReader {
    private(set) var remaining: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { remaining = bytes }

    mutating func uint32() -> UInt32? {
        guard remaining.count >= 4 else { return nil }
        defer { remaining = remaining.dropFirst(4) }
        return remaining.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
    }

    mutating func uint64() -> UInt64? {
        guard remaining.count >= 8 else { return nil }
        defer { remaining = remaining.dropFirst(8) }
        return remaining.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    }

    /// `count` UInt32s.
    mutating func uint32s(_ count: Int) -> [UInt32]? {
        guard count >= 0, remaining.count / 4 >= count else { return nil }
        defer { remaining = remaining.dropFirst(4 * count) }
        return remaining.withUnsafeBytes { raw in
            (0..<count).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * $0, as: UInt32.self)) }
        }
    }

    mutating func string() -> String? {
        guard let length = uint32(), remaining.count >= Int(length) else { return nil }
        defer { remaining = remaining.dropFirst(Int(length)) }
        return String(validating: remaining.prefix(Int(length)), as: UTF8.self)
    }

    /// A count, then that many strings.
    mutating func strings() -> [String]? {
        guard let count = uint32(), Int(count) <= remaining.count / 4 else { return nil }
        var result: [String] = []
        result.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let text = string() else { return nil }
            result.append(text)
        }
        return result
    }
}
