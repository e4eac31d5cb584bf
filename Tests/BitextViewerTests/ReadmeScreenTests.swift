import Foundation
import Testing

/// The viewer screens README.md and docs/viewer.md show are golden frames the renderer tests check:
/// the block under a line naming `fixtures/viewer/NAME.frame` is that file, line for line.
@Suite struct ReadmeScreenTests {
    @Test(arguments: ["README.md", "docs/viewer.md"])
    func screensInTheDocsAreGoldenFrames(file: String) throws {
        let text = try String(contentsOf: Golden.repository.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var checked = 0
        for (index, line) in lines.enumerated() {
            guard let range = line.range(of: #"fixtures/viewer/[A-Za-z0-9-]+\.frame"#, options: .regularExpression),
                index + 1 < lines.count, lines[index + 1].hasPrefix("```")
            else { continue }
            let name = String(line[range])
            let frame = try String(contentsOf: Golden.repository.appendingPathComponent(name), encoding: .utf8)
            let block = lines[(index + 2)...].prefix { !$0.hasPrefix("```") }
            #expect(
                block.joined(separator: "\n") + "\n" == frame,
                "\(file): the screen above line \(index + 2) is not \(name)")
            checked += 1
        }
        if file == "README.md" { #expect(checked >= 1, "README.md shows no golden frame") }
    }
}
