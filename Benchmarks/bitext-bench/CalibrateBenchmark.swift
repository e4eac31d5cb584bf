import ArgumentParser
import Bitext
import BitextTestSupport
import Foundation

/// Fits the confidence model on the development documents and measures it leaving one document out
/// (docs/confidence.md).
struct CalibrateBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit the pair confidence on the development documents; report it leaving one document out.")

    @Option(name: .customLong("set"), help: "NAME=VALUE: a parameter change (as tune takes it).")
    var settings: [String] = []

    @Option(help: "A CC-CEDICT file to align with.")
    var dictionary: String?

    @Option(help: "Repository root holding fixtures/ and seeds/.")
    var root = FileManager.default.currentDirectoryPath

    func run() throws {
        let development = try DevelopmentDocuments(root: root)
        var parameters = AlignmentParameters.standard
        for text in settings {
            guard let setting = ParameterSetting(text), let changed = setting.apply(to: parameters) else {
                throw ValidationError("unknown setting '\(text)'")
            }
            parameters = changed
        }
        var options = Bitext.AlignmentOptions()
        options.parameters = parameters
        options.dictionary = try dictionary.map { try ChineseEnglishDictionary(contentsOf: URL(fileURLWithPath: $0)) }
        let documents = development.documents
        let run = options
        let samples = ParallelMap.map(0..<documents.count) { index in
            (try? ConfidenceFit.samples(documents[index], options: run)) ?? []
        }
        print("document          pairs  right   ≥0.9  right≥0.9   ECE    Brier   AUC    score  (now: ECE, AUC)")
        var pooledConfidence: [Double] = []
        var pooledRight: [Bool] = []
        for (index, document) in documents.enumerated() {
            let model = ConfidenceFit.fit(samples.indices.filter { $0 != index }.flatMap { samples[$0] })
            let confidences = samples[index].map { model.probability($0.features) }
            let right = samples[index].map(\.right)
            pooledConfidence += confidences
            pooledRight += right
            let report = ConfidenceFit.Report(confidences: confidences, right: right)
            let now = ConfidenceFit.Report(confidences: samples[index].map(\.confidence), right: right)
            let twoSided = zip(samples[index], confidences).filter { !$0.0.features.oneSided }.map(\.1)
            let score = twoSided.isEmpty ? 0 : twoSided.reduce(0, +) / Double(twoSided.count)
            print(
                document.name.padding(toLength: 16, withPad: " ", startingAt: 0)
                    + String(
                        format: " %5d  %.3f  %5d  %.3f      %.3f  %.3f  %.3f  %.3f  (%.3f, %.3f)", report.pairs,
                        report.accuracy, report.threshold(0.9)?.kept ?? 0, report.threshold(0.9)?.precision ?? 1,
                        report.ece, report.brier, report.auc, score,
                        now.ece, now.auc))
        }
        let pooled = ConfidenceFit.Report(confidences: pooledConfidence, right: pooledRight)
        print(String(format: "pooled AUC %.3f, ECE %.3f", pooled.auc, pooled.ece))
        let model = ConfidenceFit.fit(samples.flatMap { $0 })
        func literal(_ values: [Double]) -> String {
            "[" + values.map { String(format: "%.3f", $0) }.joined(separator: ", ") + "]"
        }
        print("fitted on all: twoSided \(literal(model.twoSided)), oneSided \(literal(model.oneSided))")
        // Mismatched pairs of documents: the Chinese of one with the English of another.
        var mismatched = options
        mismatched.parameters.confidence = model
        for (chinese, english) in [(0, 1), (1, 0), (2, 3), (3, 2), (0, 2)] {
            guard case .files(let zh, _) = documents[chinese].input, case .files(_, let en) = documents[english].input
            else { continue }
            let aligned = try Pipeline(alignment: mismatched, presegmented: true).align(
                .files(chinese: zh, english: en))
            print(
                "mismatched \(documents[chinese].name) zh + \(documents[english].name) en: score "
                    + String(format: "%.3f", aligned.score))
        }
    }
}
