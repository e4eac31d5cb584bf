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

    /// Strict F1 floors, each document on its own with the default options, 0.01 under the figures
    /// measured 2026-12-06 with the question split (0.973, 0.997, 0.861, 0.961, 1.000).
    @Test(arguments: [
        ("UN19930101_020", 0.963), ("UN19990209_010", 0.987), ("198706005", 0.851), ("890621", 0.951),
        ("seed004", 1.0),
    ])
    func strictF1(name: String, floor: Double) throws {
        let document = try Self.document(name)
        let aligned = try DevelopmentDocuments.align(document, options: AlignmentOptions())
        let score = DevelopmentDocuments.score(aligned.pairs, against: document)
        #expect(score.strictF1 >= floor, "\(name): strict F1 \(score.strictF1)")
    }

    /// The confidence model's training set (`ConfidenceFit.TrainingSet`), made once.
    static let training = Result {
        ConfidenceFit.TrainingSet(try development.get().documents, options: AlignmentOptions())
    }

    /// The confidence, calibrated leaving each document out (and the mismatched pairs that use it), on the
    /// document left out: issue 15's targets (the figures of docs/confidence.md, less at most 0.01), but
    /// for the Sinorama article's ECE, 0.075, weaker than the 0.05 and stated there.
    @Test func confidenceIsCalibratedOnDocumentsItWasNotFittedOn() throws {
        let documents = try Self.development.get().documents
        let training = try Self.training.get()
        var pooledConfidence: [Double] = []
        var pooledRight: [Bool] = []
        let limits: [String: (ece: Double, keptRight: Double)] = [
            "UN19930101_020": (0.05, 0.97), "UN19990209_010": (0.05, 0.97), "198706005": (0.08, 0.97),
            "890621": (0.05, 0.97),
        ]
        for document in documents {
            let model = ConfidenceFit.fit(training.excluding([document.name]))
            let samples = training.samples(of: document.name)
            #expect(!samples.isEmpty)
            let confidences = samples.map { model.probability($0.features) }
            let right = samples.map(\.right)
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

    /// An abridged variant keeps every Chinese sentence and about the share of English asked for; its gold
    /// holds every sentence it keeps once, the Chinese of the English taken out one-sided, and a pair's
    /// English whole.
    @Test(arguments: DevelopmentDocuments.names.dropLast())
    func abridgedVariantsFollowTheirGold(name: String) throws {
        let document = try #require(try Self.development.get().documents.first { $0.name == name })
        let variant = try AbridgedDocuments.variant(of: document, share: 0.2, seed: 1)
        let chinese = variant.chinese.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count
        let english = variant.english.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count
        let whole = try document.lines()
        #expect(chinese == whole.chinese.count)
        let taken = 1 - Double(english) / Double(whole.english.count)
        #expect(taken > 0.12 && taken < 0.28, "\(name): \(taken) of the English taken out")
        #expect(variant.gold.flatMap(\.chinese).sorted() == Array(0..<chinese))
        #expect(variant.gold.flatMap(\.english).sorted() == Array(0..<english))
        // A bead keeps all its English or none.
        let englishCount = Dictionary(
            uniqueKeysWithValues: document.gold.filter { !$0.chinese.isEmpty }.map { ($0.chinese, $0.english.count) })
        for bead in variant.gold where !bead.chinese.isEmpty && !bead.english.isEmpty {
            #expect(englishCount[bead.chinese] == bead.english.count, "\(name): \(bead) lost part of its English")
        }
    }

    /// The shipped model is the one `bitext-bench calibrate` fits on the whole training set (to three
    /// decimals).
    @Test func shippedConfidenceModelIsTheFittedOne() throws {
        let fitted = ConfidenceFit.fit(try Self.training.get().all)
        let shipped = AlignmentParameters.standard.confidence
        #expect(fitted.twoSided.count == shipped.twoSided.count && fitted.oneSided.count == shipped.oneSided.count)
        for (a, b) in zip(fitted.twoSided + fitted.oneSided, shipped.twoSided + shipped.oneSided) {
            #expect(abs(a - b) < 0.002, "fitted \(fitted), shipped \(shipped)")
        }
    }

    /// Two texts that do not translate each other score under 0.3, by a model fitted without either
    /// document; the shipped model gives every true pair more than 0.7.
    @Test func documentScoreSeparatesTranslationsFromMismatches() throws {
        let documents = try Self.development.get().documents
        for document in documents {
            let aligned = try DevelopmentDocuments.align(document, options: AlignmentOptions())
            #expect(aligned.score > 0.7, "\(document.name): \(aligned.score)")
        }
        let training = try Self.training.get()
        #expect(training.mismatched.count == 12)
        for group in training.mismatched {
            let model = ConfidenceFit.fit(training.excluding(group.documents))
            let score = ConfidenceFit.documentScore(group.samples, model: model)
            #expect(score < 0.3, "\(group.label): \(score)")
        }
    }
}
