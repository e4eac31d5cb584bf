import BitextTestSupport
import Foundation
import Synchronization
import Testing

@testable import Bitext

/// The aligner on generated documents: any lengths (0 to thousands of sentences a side), any ratio (1:0,
/// 3:1, 1:50), empty and giant sentences, sentences of the seeds and the UN documents, random scripts.
/// Whatever the input, `Aligner().align` returns every sentence in exactly one non-empty bead, ids in
/// bounds, confidences finite in [0, 1].
///
/// Every document comes from a seed of its own (`PropertyGenerator`, SplitMix64), named in each failure
/// message. Environment:
/// - `BITEXT_PROPERTY_COUNT` documents (default 5,000; 100,000 for the long run in BENCHMARKS.md);
/// - `BITEXT_PROPERTY_SEED` the run's seed (default fixed, so CI checks the same documents every time);
/// - `BITEXT_PROPERTY_DOCUMENT` one document's seed: checks that document alone, to reproduce a failure.
@Suite struct AlignerPropertyTests {
    /// Documents a test case checks: 50 cases of 100 by default, spread over the cores.
    static let chunk = 100

    static let count: Int = {
        let environment = ProcessInfo.processInfo.environment
        if environment["BITEXT_PROPERTY_DOCUMENT"] != nil { return 1 }
        return environment["BITEXT_PROPERTY_COUNT"].flatMap { Int($0) }.map { max($0, 1) } ?? 5_000
    }()

    static let runSeed: UInt64 =
        ProcessInfo.processInfo.environment["BITEXT_PROPERTY_SEED"].flatMap(PropertyGenerator.parse)
        ?? 0xB17E_C7A1_16ED_2025

    static var chunks: [Int] { Array(0..<((count + chunk - 1) / chunk)) }

    /// The seed of document `index` of the run.
    static func documentSeed(_ index: Int) -> UInt64 {
        if let seed = ProcessInfo.processInfo.environment["BITEXT_PROPERTY_DOCUMENT"].flatMap(PropertyGenerator.parse) {
            return seed
        }
        var mixer = PropertyGenerator(seed: runSeed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        return mixer.next()
    }

    @Test(arguments: chunks)
    func anyDocumentAlignsIntoValidBeads(chunk: Int) throws {
        let pool = try SentencePool.shared()
        let aligner = Aligner()
        for index in (chunk * Self.chunk)..<min((chunk + 1) * Self.chunk, Self.count) {
            let seed = Self.documentSeed(index)
            var generator = PropertyGenerator(seed: seed)
            let document = pool.document(using: &generator)
            CrashNote.shared.set(slot: chunk, seed: seed)
            let pairs = aligner.align(chinese: document.chinese, english: document.english, document: "p")
            CrashNote.shared.set(slot: chunk, seed: 0)
            let problems = Self.problems(pairs, chinese: document.chinese, english: document.english)
            #expect(
                problems.isEmpty,
                """
                document seed \(PropertyGenerator.hex(seed)) (\(document.chinese.count) Chinese, \
                \(document.english.count) English sentences): \(problems.prefix(5).joined(separator: "; ")); \
                reproduce with BITEXT_PROPERTY_DOCUMENT=\(PropertyGenerator.hex(seed)) swift test --filter \
                AlignerPropertyTests
                """)
        }
    }

    /// The long documents of the issue and their kin, past the coarse search's threshold (2,000 a side).
    @Test(arguments: [(3000, 1000), (2500, 0), (0, 2500), (2100, 42), (42, 2100), (2017, 2001)])
    func longDocumentsOfAnyRatio(chinese: Int, english: Int) throws {
        let pool = try SentencePool.shared()
        let seed = UInt64(chinese) << 32 | UInt64(english)
        var generator = PropertyGenerator(seed: seed)
        let document = (
            chinese: pool.sentences(chinese, language: .chinese, using: &generator, plain: true),
            english: pool.sentences(english, language: .english, using: &generator, plain: true)
        )
        CrashNote.shared.set(slot: 63, seed: seed)
        let pairs = Aligner().align(chinese: document.chinese, english: document.english, document: "long")
        CrashNote.shared.set(slot: 63, seed: 0)
        let problems = Self.problems(pairs, chinese: document.chinese, english: document.english)
        #expect(problems.isEmpty, "\(chinese):\(english) sentences: \(problems.prefix(5).joined(separator: "; "))")
    }

    /// The checks cannot pass a broken alignment: each kind of damage is caught.
    @Test func theChecksCatchBrokenAlignments() {
        let chinese = AlignerTests.sentences(["一。", "二。"])
        let english = AlignerTests.sentences(["One.", "Two."])
        let good = Aligner().align(chinese: chinese, english: english)
        #expect(Self.problems(good, chinese: chinese, english: english).isEmpty)
        var damaged: [[AlignedPair]] = []
        damaged.append(Array(good.dropLast()))
        damaged.append(good + [good[0]])
        var outOfBounds = good
        outOfBounds[0].bead.english = [7]
        damaged.append(outOfBounds)
        var emptyBead = good
        emptyBead.append(AlignedPair(bead: Bead(chinese: [], english: []), chinese: "", english: ""))
        damaged.append(emptyBead)
        for confidence in [-0.1, 1.5, .nan, .infinity] {
            var bad = good
            bad[0].confidence = confidence
            damaged.append(bad)
        }
        for pairs in damaged {
            #expect(!Self.problems(pairs, chinese: chinese, english: english).isEmpty)
        }
    }

    /// What is wrong with `pairs` as an alignment of `chinese` and `english`; empty when nothing is.
    static func problems(_ pairs: [AlignedPair], chinese: [Sentence], english: [Sentence]) -> [String] {
        var problems: [String] = []
        for (index, pair) in pairs.enumerated() {
            if pair.bead.chinese.isEmpty && pair.bead.english.isEmpty { problems.append("pair \(index) is empty") }
            if !pair.confidence.isFinite || !(0...1).contains(pair.confidence) {
                problems.append("pair \(index) has confidence \(pair.confidence)")
            }
        }
        for (side, sentences, ids) in [
            ("Chinese", chinese, pairs.flatMap(\.bead.chinese)), ("English", english, pairs.flatMap(\.bead.english)),
        ] {
            let expected = Set(sentences.map(\.id))
            var seen: Set<Int> = []
            for id in ids {
                if !expected.contains(id) { problems.append("\(side) id \(id) is out of bounds") }
                if !seen.insert(id).inserted { problems.append("\(side) sentence \(id) is in two beads") }
            }
            let missing = expected.subtracting(seen)
            if !missing.isEmpty {
                problems.append("\(missing.count) \(side) sentences in no bead (first \(missing.min() ?? 0))")
            }
        }
        return problems
    }
}

/// `SplitMix64` with the draws the property tests take: the same on every platform, unlike
/// `SystemRandomNumberGenerator`, so a seed always gives the same document.
struct PropertyGenerator: RandomNumberGenerator {
    private var source: SplitMix64

    init(seed: UInt64) { source = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { source.next() }

    /// An integer in `range`, without the standard library's algorithm (which may change between releases).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True one time in `n`.
    mutating func oneIn(_ n: Int) -> Bool { next() % UInt64(n) == 0 }

    static func hex(_ seed: UInt64) -> String { "0x" + String(seed, radix: 16) }

    static func parse(_ text: String) -> UInt64? {
        text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
    }
}

/// Sentences to build documents from: the lines of the seed articles and of the UN documents, split by
/// language, and random text in many scripts.
struct SentencePool: Sendable {
    var chinese: [String]
    var english: [String]

    private static let loaded = Mutex<SentencePool?>(nil)

    static func shared() throws -> SentencePool {
        try loaded.withLock { pool in
            if let pool { return pool }
            let made = try SentencePool()
            pool = made
            return made
        }
    }

    init() throws {
        var chinese: [String] = []
        var english: [String] = []
        let root = repositoryRoot
        var files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path)
            .sorted().map { "seeds/" + $0 }
        files += ["UN19930101_020", "UN19990209_010"].flatMap {
            ["fixtures/un-zh-en/\($0).zh", "fixtures/un-zh-en/\($0).en"]
        }
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
                let han = line.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
                if han * 4 > line.unicodeScalars.count {
                    chinese.append(String(line))
                } else {
                    english.append(String(line))
                }
            }
        }
        self.chinese = chinese
        self.english = english
    }

    /// A document: the two sides' lengths and their ratio drawn first, then each sentence.
    func document(using generator: inout PropertyGenerator) -> (chinese: [Sentence], english: [Sentence]) {
        // Mostly small (a debug build aligns thousands in CI), now and then long: about 45% up to 3
        // sentences a side, 40% up to 12, 12% up to 40, 3% up to 150, 0.25% up to 600, 0.05% up to 3,000.
        let scale =
            switch generator.int(0...1999) {
            case 0..<900: 3
            case 900..<1700: 12
            case 1700..<1940: 40
            case 1940..<1994: 150
            case 1994..<1999: 600
            default: 3000
            }
        var n = generator.int(0...scale)
        var m: Int
        switch generator.int(0...9) {
        case 0: m = 0
        case 1: m = n * 3
        case 2: m = n * 50
        case 3: m = generator.int(0...2)
        case 4: m = n / 3
        default: m = max(0, n + generator.int(-n / 4...n / 4 + 1))
        }
        // The other side up to 150 sentences (1:50 of a tiny side), or as long as the long ones.
        m = min(m, max(150, scale))
        if generator.oneIn(2) { swap(&n, &m) }
        let plain = generator.oneIn(3)
        var chinese = sentences(n, language: .chinese, using: &generator, plain: plain)
        var english = sentences(m, language: .english, using: &generator, plain: plain)
        // One time in 200, a giant sentence: thousands of characters of one line or character repeated.
        if generator.oneIn(200), !chinese.isEmpty || !english.isEmpty {
            let onChinese = english.isEmpty || (!chinese.isEmpty && generator.oneIn(2))
            let unit = generator.oneIn(2) ? pick(onChinese ? .chinese : .english, using: &generator) : "字"
            let text = String(repeating: unit, count: max(1, generator.int(5_000...30_000) / max(unit.count, 1)))
            if onChinese {
                chinese[generator.int(0...(chinese.count - 1))].text = text
            } else {
                english[generator.int(0...(english.count - 1))].text = text
            }
        }
        return (chinese, english)
    }

    /// `count` sentences, mostly of `language` (`plain`: all from the pool), their ids line numbers that
    /// may skip (as presegmented input's do).
    func sentences(_ count: Int, language: Language, using generator: inout PropertyGenerator, plain: Bool)
        -> [Sentence]
    {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(count)
        let gaps = generator.oneIn(4)
        var id = gaps ? generator.int(0...5) : 0
        for _ in 0..<count {
            let text = plain ? pick(language, using: &generator) : sentence(language, using: &generator)
            sentences.append(Sentence(id: id, text: text, paragraph: id / 7, line: id + 1, range: 0..<text.utf8.count))
            id += gaps ? generator.int(1...3) : 1
        }
        return sentences
    }

    private func pick(_ language: Language, using generator: inout PropertyGenerator) -> String {
        let lines = language == .chinese ? chinese : english
        return lines[generator.int(0...(lines.count - 1))]
    }

    private func sentence(_ language: Language, using generator: inout PropertyGenerator) -> String {
        switch generator.int(0...99) {
        case 0..<60: return pick(language, using: &generator)
        case 60..<65: return pick(language == .chinese ? .english : .chinese, using: &generator)
        case 65..<72: return ["", " ", "\t", "\u{3000}", "\n"][generator.int(0...4)]
        case 72..<97: return Self.randomText(length: generator.int(1...200), using: &generator)
        default:
            // Lines of both languages glued into one long sentence.
            return (0..<generator.int(2...30)).map { index in
                pick(index.isMultiple(of: 2) ? .chinese : .english, using: &generator)
            }.joined(separator: " ")
        }
    }

    /// Scripts random text is drawn from, as scalar ranges.
    private static let scripts: [ClosedRange<UInt32>] = [
        0x20...0x7E,  // ASCII
        0x30...0x39,  // digits
        0x4E00...0x9FFF,  // CJK unified ideographs
        0x3000...0x303F,  // CJK punctuation
        0xFF01...0xFF5E,  // full-width forms
        0x3040...0x30FF,  // kana
        0xAC00...0xD7A3,  // Hangul
        0x0400...0x04FF,  // Cyrillic
        0x0600...0x06FF,  // Arabic
        0x0900...0x097F,  // Devanagari
        0x0E00...0x0E7F,  // Thai
        0x0300...0x036F,  // combining marks
        0x1F300...0x1FAFF,  // emoji
        0x20000...0x2A6DF,  // CJK extension B
        0x01...0x1F,  // control characters
        0x2000...0x206F,  // general punctuation, zero-width and bidi controls
        0xE000...0xF8FF,  // private use
        0xFFF0...0xFFFF,  // specials, noncharacters
    ]

    static func randomText(length: Int, using generator: inout PropertyGenerator) -> String {
        var scalars = String.UnicodeScalarView()
        var range = scripts[generator.int(0...(scripts.count - 1))]
        for _ in 0..<length {
            if generator.oneIn(8) { range = scripts[generator.int(0...(scripts.count - 1))] }
            let value = range.lowerBound + UInt32(generator.next() % UInt64(range.count))
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}

/// Says which documents were being aligned when a trap ends the test process: a crash prints no failure
/// message, so a handler for SIGILL and SIGTRAP (Swift's traps) writes the seeds in flight to standard
/// error, then hands the signal on to the handler it replaced (the runtime's backtracer).
final class CrashNote: @unchecked Sendable {
    static let shared = CrashNote()

    private static let slots = 64
    /// One seed a test case (0: none), read by the handler: atomics, no lock.
    private let seeds: UnsafeMutablePointer<Atomic<UInt64>>

    private init() {
        seeds = .allocate(capacity: Self.slots)
        for slot in 0..<Self.slots { (seeds + slot).initialize(to: Atomic(0)) }
        crashNoteSeeds = seeds
        for signalNumber in [SIGILL, SIGTRAP] {
            sigaction(signalNumber, nil, crashNotePrevious + Int(signalNumber))
            signal(signalNumber) { number in
                crashNoteWrite("\naligner property test: trapped while aligning the documents of seeds")
                if let seeds = crashNoteSeeds {
                    for slot in 0..<64 {
                        let seed = seeds[slot].load(ordering: .relaxed)
                        if seed != 0 { crashNoteWriteHex(seed) }
                    }
                }
                crashNoteWrite(" (rerun one with BITEXT_PROPERTY_DOCUMENT=SEED)\n")
                // Hand the signal on: the trapping instruction runs again under the replaced handler.
                sigaction(number, crashNotePrevious + Int(number), nil)
            }
        }
    }

    func set(slot: Int, seed: UInt64) {
        seeds[slot % Self.slots].store(seed, ordering: .relaxed)
    }
}

nonisolated(unsafe) private var crashNoteSeeds: UnsafeMutablePointer<Atomic<UInt64>>?
nonisolated(unsafe) private let crashNotePrevious = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// Writes `text` to standard error with write(2) alone (async-signal-safe for ASCII literals).
private func crashNoteWrite(_ text: StaticString) {
    _ = write(STDERR_FILENO, text.utf8Start, text.utf8CodeUnitCount)
}

/// Writes ` 0x` and `value` in hexadecimal with write(2), from a buffer on the stack.
private func crashNoteWriteHex(_ value: UInt64) {
    var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &buffer) { bytes in
        bytes[0] = 0x20
        bytes[1] = UInt8(ascii: "0")
        bytes[2] = UInt8(ascii: "x")
        for index in 0..<16 {
            let nibble = UInt8((value >> UInt64(60 - 4 * index)) & 0xF)
            bytes[3 + index] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
        }
        _ = write(STDERR_FILENO, bytes.baseAddress, 19)
    }
}
