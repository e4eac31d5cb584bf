import Bitext
import BitextTestSupport
import Foundation
import Testing

/// Issue 14: `bitext batch` over the presegmented development documents scores each at least as well as
/// its single `align` (a batch's shared model must not cost a long document what it learns from itself).
@Suite struct BatchQualityTests {
    @Test func aBatchScoresEachDocumentAsWellAsItsSingleRun() throws {
        let root = DevelopmentDocuments.repositoryRoot
        let scratch = try TemporaryFolder("batch-quality")
        defer { scratch.remove() }
        // Not the scratch folder itself: the batch writes its state file, FOLDER.done, beside the folder.
        let folder = scratch.path("beads")
        let run = try BitextBinary.run([
            "batch", "fixtures/batch/presegmented.tsv", "--presegmented", "--format", "beads", "-o", folder,
            "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let documents = try DevelopmentDocuments(root: root).documents.filter(\.presegmented)
        #expect(documents.count == 4)
        for document in documents {
            let batch = AlignmentScore(
                gold: [document.gold], system: [try BeadFile.read("\(folder)/\(document.name).beads")])
            let single = DevelopmentDocuments.score(
                try DevelopmentDocuments.align(document, options: AlignmentOptions()).pairs, against: document)
            #expect(
                batch.strictF1 >= single.strictF1,
                "\(document.name): batch \(batch.strictF1), single \(single.strictF1)")
        }
    }
}
