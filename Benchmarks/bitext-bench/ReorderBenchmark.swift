import ArgumentParser
import Bitext
import BitextTestSupport
import Foundation

/// Moves random blocks of English sentences in the UN documents and compares link F1 before and after.
struct ReorderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reorder",
        abstract: "Reordering benchmark: UN documents with English blocks of 1-5 sentences moved (fixed seed)."
    )

    @Option(help: "Folder with NAME.zh, NAME.en and NAME.gold.") var fixtures = "fixtures/un-zh-en"
    @Option(help: "Variants per document.") var variants = 20
    @Option(help: "Blocks moved per variant.") var moves = 3
    @Option(help: "Random seed.") var seed: UInt64 = 2026
    @Flag(help: "Also run the monotonic search for comparison.") var monotonic = false
    @Flag(help: "Train Model 1 on a first pass and realign.") var learning = false
    @Flag(help: "Print the unmoved documents' two-sided beads that are not in the gold.") var verbose = false
    @Option(
        help: "Instead: time monotonic against reorder-aware on a synthetic document of this many sentences a side.")
    var speed: Int?

    @Option(help: "With --speed: runs of each mode, alternating; the least CPU time of each counts.")
    var repeats = 1

    func run() throws {
        if let speed {
            try measureSpeed(sentences: speed)
            return
        }
        let folder = URL(fileURLWithPath: fixtures)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".gold") }.map { String($0.dropLast(5)) }.sorted()
        print(
            "reorder benchmark: \(names.joined(separator: ", ")); \(variants) variants × \(moves) moves, seed \(seed)")
        var read = ReadOptions()
        read.presegmented = true
        let documents = try names.map { name in
            let document = try Reader(options: read).read(
                chinesePath: folder.appendingPathComponent(name + ".zh").path,
                englishPath: folder.appendingPathComponent(name + ".en").path)
            let segmented = try Segmenter().segment(document, presegmented: true)
            return (
                name: name, chinese: segmented.chinese, english: segmented.english,
                gold: try BeadFile.parse(try text(folder.appendingPathComponent(name + ".gold")), file: name)
            )
        }
        var modes: [(String, Bitext.AlignmentOptions)] = []
        var reorder = Bitext.AlignmentOptions()
        reorder.learning = learning
        modes.append((learning ? "reorder-aware + Model 1" : "reorder-aware", reorder))
        if monotonic {
            var plain = Bitext.AlignmentOptions()
            plain.monotonic = true
            modes.append(("monotonic", plain))
        }
        for (label, options) in modes {
            let aligner = Aligner(options: options)
            var unmoved = Counts()
            var score = AlignmentScore()
            var moved = Counts()
            var movedScore = AlignmentScore()
            var perVariant = [Counts](repeating: Counts(), count: variants)
            var generator = SplitMix64(seed: seed)
            let clock = ContinuousClock()
            var elapsed = Duration.zero
            for document in documents {
                let start = clock.now
                let pairs = aligner.align(chinese: document.chinese, english: document.english)
                elapsed += clock.now - start
                unmoved.add(gold: document.gold, test: pairs.map(\.bead))
                score.add(gold: document.gold, system: pairs.map(\.bead))
                if verbose {
                    let gold = Set(document.gold)
                    for pair in pairs where !gold.contains(pair.bead) && !pair.isOneSided {
                        print(document.name, pair.bead.notation, pair.crossing ? "crossing" : "")
                    }
                }
                for variant in 0..<variants {
                    let (order, gold) = Self.move(
                        gold: document.gold, englishCount: document.english.count, moves: moves, using: &generator)
                    // Renumber: line i of the moved file is the old sentence order[i].
                    let english = order.enumerated().map { index, old in
                        var sentence = document.english[old]
                        sentence.id = index
                        return sentence
                    }
                    let start = clock.now
                    let test = aligner.align(chinese: document.chinese, english: english).map(\.bead)
                    elapsed += clock.now - start
                    perVariant[variant].add(gold: gold, test: test)
                    moved.add(gold: gold, test: test)
                    movedScore.add(gold: gold, system: test)
                }
            }
            let f1s = perVariant.map(\.f1)
            print(
                String(
                    format:
                        "%@: link F1 unmoved %.4f, moved %.4f (variants: min %.4f, max %.4f), drop %.4f; strict/lax F1 unmoved %.4f/%.4f, moved %.4f/%.4f; %.1f s",
                    label, unmoved.f1, moved.f1, f1s.min() ?? 0, f1s.max() ?? 0, unmoved.f1 - moved.f1, score.strictF1,
                    score.laxF1, movedScore.strictF1, movedScore.laxF1,
                    Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        }
    }

    /// Times both modes on the aligner's synthetic document of `count` sentences a side.
    ///
    /// The ratio is of CPU time (the machine may be shared; the aligner runs on one thread).
    private func measureSpeed(sentences count: Int) throws {
        let corpus = SyntheticCorpus(pairs: count, seed: 2025)
        // One-time costs (gazetteer, ICU transliterator and rules) are paid before either mode is timed.
        _ = Aligner().align(chinese: Array(corpus.chinese.prefix(50)), english: Array(corpus.english.prefix(50)))
        let modes =
            [("monotonic", true, false), ("reorder-aware + Model 1", false, true)]
            + (learning ? [] : [("reorder-aware, no Model 1", false, false)])
        var times = [Double](repeating: .infinity, count: modes.count)
        for _ in 0..<max(repeats, 1) {
            for (index, (label, monotonic, learning)) in modes.enumerated() {
                var options = Bitext.AlignmentOptions()
                options.monotonic = monotonic
                options.learning = learning
                let clock = ContinuousClock()
                let start = clock.now
                let cpuStart = AlignmentBenchmark.cpuSeconds()
                let pairs = Aligner(options: options).align(chinese: corpus.chinese, english: corpus.english)
                let cpu = AlignmentBenchmark.cpuSeconds() - cpuStart
                let elapsed = clock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                times[index] = min(times[index], cpu)
                let score = AlignmentScore(gold: [corpus.gold], system: [pairs.map(\.bead)])
                print(
                    String(
                        format:
                            "%@: %d × %d sentences, %d beads, %d crossing, strict/lax F1 %.3f/%.3f, %.2f s wall, "
                            + "%.2f s CPU, peak RSS %.0f MiB",
                        label, corpus.chinese.count, corpus.english.count, pairs.count,
                        pairs.filter(\.crossing).count, score.strictF1, score.laxF1, seconds, cpu,
                        AlignmentBenchmark.peakMebibytes()))
            }
        }
        if times.count >= 2, times[0] > 0 {
            print(
                String(
                    format: "least CPU: monotonic %.2f s, reorder-aware + Model 1 %.2f s: %.2f×", times[0], times[1],
                    times[1] / times[0]))
        }
    }

    private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Moves `moves` blocks of whole gold beads (1–5 English sentences) to other bead boundaries.
    /// Returns the new English order (old ids) and the gold with English ids renumbered.
    static func move(gold: [Bead], englishCount: Int, moves: Int, using generator: inout SplitMix64) -> (
        [Int], [Bead]
    ) {
        // English units: the English ids of each bead with English, in English order.
        var units = gold.filter { !$0.english.isEmpty }.map(\.english).sorted { $0[0] < $1[0] }
        let covered = Set(units.joined())
        units += (0..<englishCount).filter { !covered.contains($0) }.map { [$0] }
        units.sort { $0[0] < $1[0] }
        for _ in 0..<moves {
            guard units.count > 10 else { break }
            let size = Int(generator.next() % 5) + 1
            let start = Int(generator.next() % UInt64(units.count - 1))
            var end = start
            var sentences = 0
            while end < units.count, sentences + units[end].count <= size {
                sentences += units[end].count
                end += 1
            }
            if end == start { end = start + 1 }
            let block = Array(units[start..<end])
            units.removeSubrange(start..<end)
            var target = Int(generator.next() % UInt64(units.count + 1))
            if target == start { target = (target + 1 + Int(generator.next() % 20)) % (units.count + 1) }
            units.insert(contentsOf: block, at: target)
        }
        let order = units.flatMap { $0 }
        var newId = [Int](repeating: 0, count: englishCount)
        for (index, old) in order.enumerated() { newId[old] = index }
        let moved = gold.map { Bead(chinese: $0.chinese, english: $0.english.map { newId[$0] }.sorted()) }
        return (order, moved)
    }
}

/// Link counts: every (Chinese, English) sentence pair inside a bead is a link.
struct Counts {
    var correct = 0
    var found = 0
    var expected = 0

    mutating func add(gold: [Bead], test: [Bead]) {
        let goldLinks = Set(gold.flatMap { bead in bead.chinese.flatMap { z in bead.english.map { [z, $0] } } })
        let testLinks = Set(test.flatMap { bead in bead.chinese.flatMap { z in bead.english.map { [z, $0] } } })
        correct += goldLinks.intersection(testLinks).count
        found += testLinks.count
        expected += goldLinks.count
    }

    var f1: Double {
        let precision = Double(correct) / Double(max(found, 1))
        let recall = Double(correct) / Double(max(expected, 1))
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}
