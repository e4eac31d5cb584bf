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

    @Option(help: "Write every development pair's features, left-out confidence and gold verdict to this TSV file.")
    var samples: String?

    @Option(
        help: ArgumentHelp(
            "Fit on abridged variants of the presegmented documents, this share of English taken out.",
            discussion: "Repeat for more variants; 0 for none."))
    var abridged: [Double] = ConfidenceFit.TrainingSet.abridgedShares

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
        options.dictionary = try dictionary.map { try ChineseEnglishDictionary(contentsOfFile: $0) }
        let documents = development.documents
        let training = ConfidenceFit.TrainingSet(documents, options: options, abridged: abridged.filter { $0 > 0 })
        print(
            "document          pairs  right   ≥0.9  right≥0.9   ECE  (chance, 95%)   Brier   AUC    score"
                + "  (now: ECE, AUC)")
        var pooledConfidence: [Double] = []
        var pooledRight: [Bool] = []
        var rows = [
            "document\tchinese\tenglish\tmargin\tneighbour\tdocument_margin\tcrossing\tconfidence\tright\tboundary\tneighbour_boundary\tbeside_gap"
        ]
        for document in documents {
            // Fitted without this document, and without the mismatched pairs that use it.
            let model = ConfidenceFit.fit(training.excluding([document.name]))
            let samples = training.samples(of: document.name)
            let confidences = samples.map { model.probability($0.features) }
            let right = samples.map(\.right)
            for (sample, confidence) in zip(samples, confidences) {
                let f = sample.features
                rows.append(
                    [
                        document.name, sample.bead.chinese.map(String.init).joined(separator: ","),
                        sample.bead.english.map(String.init).joined(separator: ","), String(f.margin),
                        String(f.neighbourMargin), String(f.documentMargin),
                        f.crossing ? "1" : "0", String(confidence), sample.right ? "1" : "0", String(f.boundaryMargin),
                        String(f.neighbourBoundaryMargin), f.besideGap ? "1" : "0",
                    ].joined(separator: "\t"))
            }
            pooledConfidence += confidences
            pooledRight += right
            let report = ConfidenceFit.Report(confidences: confidences, right: right)
            let now = ConfidenceFit.Report(confidences: samples.map(\.confidence), right: right)
            let kept = report.threshold(0.9)
            print(
                document.name.padding(toLength: 16, withPad: " ", startingAt: 0)
                    + String(
                        format: " %5d  %.3f  %5d  %.3f      %.3f  (%.3f, %.3f)  %.3f  %.3f  %.3f  (%.3f, %.3f)",
                        report.pairs, report.accuracy, kept?.kept ?? 0, kept?.precision ?? 1, report.ece,
                        report.chanceECE, report.chanceECEHigh, report.brier, report.auc,
                        ConfidenceFit.documentScore(samples, model: model), now.ece, now.auc))
        }
        if let samples {
            try (rows.joined(separator: "\n") + "\n").write(toFile: samples, atomically: true, encoding: .utf8)
        }
        let pooled = ConfidenceFit.Report(confidences: pooledConfidence, right: pooledRight)
        print(String(format: "pooled AUC %.3f, ECE %.3f", pooled.auc, pooled.ece))
        // Documents that do not translate each other, scored by a model fitted without either document.
        for group in training.mismatched {
            let model = ConfidenceFit.fit(training.excluding(group.documents))
            print(
                "mismatched \(group.label): score "
                    + String(
                        format: "%.3f (mean margin %.1f)", ConfidenceFit.documentScore(group.samples, model: model),
                        group.samples.first?.features.documentMargin ?? 0))
        }
        let model = ConfidenceFit.fit(training.all)
        func literal(_ values: [Double]) -> String {
            "[" + values.map { String(format: "%.3f", $0) }.joined(separator: ", ") + "]"
        }
        print(
            "fitted on all (\(training.all.count) pairs): twoSided \(literal(model.twoSided)), oneSided \(literal(model.oneSided))"
        )
    }
}
