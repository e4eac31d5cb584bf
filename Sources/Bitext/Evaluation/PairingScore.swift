import Foundation

/// Precision, recall and F1 of document pairs (manifests' `ZH`–`EN` pairs) against gold pairs.
///
/// A pair is its two files (resolved, `.` and `..` removed); a mixed file on its own line pairs with itself.
package struct PairingScore: Sendable, Hashable {
    package var gold = 0
    package var system = 0
    package var correct = 0

    package init(gold: Set<[String]>, system: Set<[String]>) {
        self.gold = gold.count
        self.system = system.count
        correct = gold.intersection(system).count
    }

    package var precision: Double { system > 0 ? Double(correct) / Double(system) : 0 }
    package var recall: Double { gold > 0 ? Double(correct) / Double(gold) : 0 }
    package var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    /// The pairs of the manifest at `path`; a bad line is an error.
    package static func pairs(manifest path: String) throws(BatchError) -> Set<[String]> {
        var pairs: Set<[String]> = []
        for entry in try Manifest(path: path) {
            let document = try entry.get()
            switch document.source {
            case .files(let chinese, let english): pairs.insert([normalised(chinese), normalised(english)])
            case .file(let file): pairs.insert([normalised(file), normalised(file)])
            case .texts, .text: break
            }
        }
        return pairs
    }

    private static func normalised(_ path: String) -> String { (path as NSString).standardizingPath }
}
