import ArgumentParser
import Bitext
import BitextTestSupport
import Dispatch
import Foundation

/// Strict F1 of every development document under candidate parameter values, with the
/// leave-one-document-out choice (docs/tuning.md).
struct TuneBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tune",
        abstract: "Strict F1 per development document for candidate parameter values, chosen leaving one document out.",
        discussion: """
            Each --vary NAME=V1,V2,... is tried one value at a time on top of the standard parameters (and any \
            --set). For each document, the value with the best mean F1 over the other documents is chosen; \
            its F1 on the left-out document is what the protocol reports. Ties keep the first value listed \
            (list the standard value first). Names: \(ParameterSetting.names.joined(separator: ", ")).
            """)

    @Option(name: .customLong("vary"), help: "NAME=V1,V2,...: candidate values of one parameter.")
    var variations: [String] = []

    @Option(name: .customLong("set"), help: "NAME=VALUE: a change applied before any --vary.")
    var settings: [String] = []

    @Option(help: "A CC-CEDICT file to align with.")
    var dictionary: String?

    @Flag(help: "Tune the monotonic search (align --monotonic) instead of the default one.")
    var monotonic = false

    @Option(help: "A folder to write each document's beads under the base setting to (NAME.beads).")
    var dump: String?

    @Option(help: "Repository root holding fixtures/ and seeds/.")
    var root = FileManager.default.currentDirectoryPath

    func run() throws {
        let development = try DevelopmentDocuments(root: root)
        var base = AlignmentParameters.standard
        for text in settings {
            guard let setting = ParameterSetting(text), let changed = setting.apply(to: base) else {
                throw ValidationError("unknown setting '\(text)'")
            }
            base = changed
        }
        var candidates: [(label: String, parameters: AlignmentParameters)] = [("base", base)]
        for text in variations {
            let parts = text.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { throw ValidationError("--vary takes NAME=V1,V2,...") }
            for value in parts[1].split(separator: ",") {
                guard let setting = ParameterSetting("\(parts[0])=\(value)"), let changed = setting.apply(to: base)
                else { throw ValidationError("unknown setting '\(parts[0])=\(value)'") }
                candidates.append((setting.description, changed))
            }
        }
        let documents = development.documents
        let trials = candidates
        let monotonic = monotonic
        let words = try dictionary.map { try ChineseEnglishDictionary(contentsOfFile: $0) }
        let tasks = candidates.count * documents.count
        let scores = ParallelMap.map(0..<tasks) { task -> Double in
            var options = Bitext.AlignmentOptions()
            options.parameters = trials[task / documents.count].parameters
            options.dictionary = words
            options.monotonic = monotonic
            let document = documents[task % documents.count]
            guard let aligned = try? DevelopmentDocuments.align(document, options: options) else { return .nan }
            if let dump, task < documents.count {
                let text = aligned.pairs.map { $0.bead.notation + String(format: ":%.3f", $0.confidence) + "\n" }
                    .joined()
                _ = FileManager.default.createFile(
                    atPath: dump + "/" + document.name + ".beads", contents: Data(text.utf8))
            }
            return DevelopmentDocuments.score(aligned.pairs, against: document).strictF1
        }
        func score(_ candidate: Int, _ document: Int) -> Double { scores[candidate * documents.count + document] }
        let header =
            ["setting".padding(toLength: 28, withPad: " ", startingAt: 0)]
            + documents.map {
                $0.name.padding(toLength: 15, withPad: " ", startingAt: 0)
            }
        print(header.joined(separator: " ") + " mean")
        for (index, candidate) in candidates.enumerated() {
            let row = documents.indices.map { String(format: "%-15.4f", score(index, $0)) }
            let mean = documents.indices.map { score(index, $0) }.reduce(0, +) / Double(documents.count)
            print(
                candidate.label.padding(toLength: 28, withPad: " ", startingAt: 0) + " " + row.joined(separator: " ")
                    + String(format: " %.4f", mean))
        }
        print("\nleft out        chosen on the others          F1 there  (base)")
        for left in documents.indices {
            var best = 0
            var bestMean = -Double.infinity
            for index in candidates.indices {
                let others = documents.indices.filter { $0 != left }.map { score(index, $0) }
                let mean = others.reduce(0, +) / Double(others.count)
                if mean > bestMean + 1e-9 {
                    best = index
                    bestMean = mean
                }
            }
            print(
                documents[left].name.padding(toLength: 15, withPad: " ", startingAt: 0) + " "
                    + candidates[best].label.padding(toLength: 29, withPad: " ", startingAt: 0)
                    + String(format: " %.4f    (%.4f)", score(best, left), score(0, left)))
        }
    }
}
