import Bitext
import Foundation

/// Document pairing test sets: the development documents cut into translated pieces, or generated articles.
///
/// `chinese[i]` translates `english[gold[i]]`, or nothing when `gold[i]` is nil; both sides are shuffled.
package struct PairingCorpus: Sendable {
    package var chinese: [PairingPart] = []
    package var english: [PairingPart] = []
    /// For each Chinese part, the English part that translates it.
    package var gold: [Int?] = []

    /// The gold pairs (Chinese index, English index).
    package var goldPairs: Set<[Int]> {
        Set(gold.enumerated().compactMap { zh, en in en.map { [zh, $0] } })
    }

    /// Precision, recall and F1 of `pairing` against the gold pairs.
    package func score(_ pairing: DocumentPairing) -> (precision: Double, recall: Double, f1: Double) {
        let system = Set(pairing.pairs.map { [$0.chinese, $0.english] })
        let correct = Double(system.intersection(goldPairs).count)
        let precision = system.isEmpty ? 0 : correct / Double(system.count)
        let recall = goldPairs.isEmpty ? 0 : correct / Double(goldPairs.count)
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
    }

    /// The four gold-aligned development documents (`fixtures/un-zh-en`, `fixtures/sinorama-hansard-zh-en`)
    /// cut along their gold beads into pieces of `sentences` Chinese sentences or a little more (one bead
    /// more at most), so that the two sides of a piece translate each other; `orphans` of the pieces (a
    /// share, 0 to 1) lose one side, Chinese or English in turn.
    package init(developmentRoot root: String, sentences: Int = 20, orphans: Double = 0, seed: UInt64 = 19) throws {
        precondition(sentences > 0 && (0...1).contains(orphans))
        var pieces: [(chinese: [String], english: [String])] = []
        for (folder, name) in [
            ("un-zh-en", "UN19930101_020"), ("un-zh-en", "UN19990209_010"),
            ("sinorama-hansard-zh-en", "198706005"), ("sinorama-hansard-zh-en", "890621"),
        ] {
            let base = (root as NSString).appendingPathComponent("fixtures/\(folder)/\(name)")
            let zh = try Self.lines(base + ".zh")
            let en = try Self.lines(base + ".en")
            var piece: (chinese: [String], english: [String]) = ([], [])
            for bead in try BeadFile.read(base + ".gold") {
                piece.chinese += bead.chinese.filter { $0 < zh.count }.map { zh[$0] }
                piece.english += bead.english.filter { $0 < en.count }.map { en[$0] }
                if piece.chinese.count >= sentences {
                    pieces.append(piece)
                    piece = ([], [])
                }
            }
            if piece.chinese.count >= sentences / 2 { pieces.append(piece) }
        }
        self.init(pieces: pieces.filter { !$0.chinese.isEmpty && !$0.english.isEmpty }, orphans: orphans, seed: seed)
    }

    /// `count` generated articles a side (`SyntheticCorpus` sentences, 8 to 20 of them, and a closing
    /// sentence of three numbers and a date), for benchmarks.
    package init(generated count: Int, seed: UInt64 = 19) {
        var random = SplitMix64(seed: seed)
        var pieces: [(chinese: [String], english: [String])] = []
        pieces.reserveCapacity(count)
        for index in 0..<count {
            let corpus = SyntheticCorpus(pairs: 8 + Int(random.next() % 13), seed: seed &+ UInt64(index))
            var chinese = corpus.chinese.map(\.text)
            var english = corpus.english.map(\.text)
            let numbers = (0..<3).map { _ in 100 + random.next() % 999_900 }
            let month = 1 + Int(random.next() % 12)
            let day = 1 + Int(random.next() % 28)
            chinese.append("\(month)月\(day)日的數字是\(numbers[0])、\(numbers[1])和\(numbers[2])。")
            english.append(
                "The figures for \(Self.months[month - 1]) \(day) were \(numbers[0]), \(numbers[1]) and \(numbers[2]).")
            pieces.append((chinese, english))
        }
        self.init(pieces: pieces, orphans: 0, seed: seed)
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    private init(pieces: [(chinese: [String], english: [String])], orphans: Double, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let orphaned = Int((Double(pieces.count) * orphans).rounded())
        // Which pieces lose a side: `orphaned` of them, chosen at random; even ones lose their English.
        let losing = Set(Array(pieces.indices).shuffled(using: &random).prefix(orphaned))
        var chinesePieces: [(piece: Int, lines: [String])] = []
        var englishPieces: [(piece: Int, lines: [String])] = []
        for (index, piece) in pieces.enumerated() {
            let loses = losing.contains(index)
            if !loses || index.isMultiple(of: 2) { chinesePieces.append((index, piece.chinese)) }
            if !loses || !index.isMultiple(of: 2) { englishPieces.append((index, piece.english)) }
        }
        chinesePieces.shuffle(using: &random)
        englishPieces.shuffle(using: &random)
        var englishIndex: [Int: Int] = [:]
        for (position, piece) in englishPieces.enumerated() { englishIndex[piece.piece] = position }
        chinese = chinesePieces.map { Self.part($0.lines, language: .chinese, name: "piece-\($0.piece).zh") }
        english = englishPieces.map { Self.part($0.lines, language: .english, name: "piece-\($0.piece).en") }
        gold = chinesePieces.map { englishIndex[$0.piece] }
    }

    /// A part of `lines`, one paragraph a line.
    private static func part(_ lines: [String], language: Language, name: String) -> PairingPart {
        var offset = 0
        var paragraphs: [Paragraph] = []
        for (index, line) in lines.enumerated() {
            paragraphs.append(Paragraph(id: index, text: line, line: index + 1, offset: offset))
            offset += line.utf8.count + 1
        }
        return PairingPart(path: name, passage: Passage(language: language, paragraphs: paragraphs))
    }

    private static func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }
}
