import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

/// Alignment quality and confidence on the development documents (docs/tuning.md, docs/confidence.md):
/// each floor is the measured figure less at most 0.01, so a change that costs a document a point fails.
@Suite(.serialized) struct DevelopmentQualityTests {
    static let development = Result { try DevelopmentDocuments(root: DevelopmentDocuments.repositoryRoot) }

    static func document(_ name: String) throws -> DevelopmentDocuments.Document {
        try #require(try development.get().documents.first { $0.name == name })
    }

    /// Strict F1 floors, each document on its own with the default options (measured 2026-12-06:
    /// 0.972, 0.991, 0.840, 0.922, 1.000).
    @Test(arguments: [
        ("UN19930101_020", 0.962), ("UN19990209_010", 0.981), ("198706005", 0.830), ("890621", 0.912),
        ("seed004", 1.0),
    ])
    func strictF1(name: String, floor: Double) throws {
        let document = try Self.document(name)
        let aligned = try DevelopmentDocuments.align(document, options: AlignmentOptions())
        let score = DevelopmentDocuments.score(aligned.pairs, against: document)
        #expect(score.strictF1 >= floor, "\(name): strict F1 \(score.strictF1)")
    }

    /// The confidence, calibrated leaving each document out, on the document left out (the figures of
    /// docs/confidence.md, less at most 0.01; the Sinorama article's are weaker and stated there).
    @Test func confidenceIsCalibratedOnDocumentsItWasNotFittedOn() throws {
        let documents = try Self.development.get().documents
        let samples = try documents.map { try ConfidenceFit.samples($0, options: AlignmentOptions()) }
        var pooledConfidence: [Double] = []
        var pooledRight: [Bool] = []
        let limits: [String: (ece: Double, keptRight: Double)] = [
            "UN19930101_020": (0.05, 0.97), "UN19990209_010": (0.05, 0.97), "198706005": (0.15, 0.86),
            "890621": (0.05, 0.97),
        ]
        for (index, document) in documents.enumerated() {
            let model = ConfidenceFit.fit(samples.indices.filter { $0 != index }.flatMap { samples[$0] })
            let confidences = samples[index].map { model.probability($0.features) }
            let right = samples[index].map(\.right)
            pooledConfidence += confidences
            pooledRight += right
            guard let limit = limits[document.name] else { continue }
            let report = ConfidenceFit.Report(confidences: confidences, right: right)
            #expect(report.ece <= limit.ece, "\(document.name): ECE \(report.ece)")
            let kept = report.threshold(0.9)?.precision ?? 0
            #expect(kept >= limit.keptRight, "\(document.name): right at ≥ 0.9: \(kept)")
        }
        let pooled = ConfidenceFit.Report(confidences: pooledConfidence, right: pooledRight)
        #expect(pooled.auc >= 0.85, "pooled AUC \(pooled.auc)")
    }

    /// The shipped model is the one `bitext-bench calibrate` fits on all five documents (to three decimals).
    @Test func shippedConfidenceModelIsTheFittedOne() throws {
        let documents = try Self.development.get().documents
        let samples = try documents.flatMap { try ConfidenceFit.samples($0, options: AlignmentOptions()) }
        let fitted = ConfidenceFit.fit(samples)
        let shipped = AlignmentParameters.standard.confidence
        for (a, b) in zip(fitted.twoSided + fitted.oneSided, shipped.twoSided + shipped.oneSided) {
            #expect(abs(a - b) < 0.002, "fitted \(fitted), shipped \(shipped)")
        }
    }

    /// A document whose Chinese and English do not translate each other scores low; a true pair high.
    @Test func documentScoreSeparatesTranslationsFromMismatches() throws {
        let documents = try Self.development.get().documents
        for document in documents {
            let aligned = try DevelopmentDocuments.align(document, options: AlignmentOptions())
            #expect(aligned.score > 0.7, "\(document.name): \(aligned.score)")
        }
        let sinorama = try Self.document("198706005")
        let hansard = try Self.document("890621")
        guard case .files(let zh, _) = sinorama.input, case .files(_, let en) = hansard.input else {
            Issue.record("the development documents are not pairs of files")
            return
        }
        let mismatched = try Pipeline(presegmented: true).align(.files(chinese: zh, english: en))
        #expect(mismatched.score < 0.3, "Sinorama's Chinese with Hansard's English: \(mismatched.score)")
    }
}
