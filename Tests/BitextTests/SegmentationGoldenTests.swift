import Foundation
import Testing

@testable import Bitext

/// Every seed, segmented, against its expected file in fixtures/segmentation/, checked by hand.
@Suite struct SegmentationGoldenTests {
    /// The inputs with expected files: the seeds, and fixtures/segmentation's own inputs.
    static let inputs: [String] =
        ReadingFixtures.seeds.map { "seeds/\($0).txt" } + [
            "fixtures/segmentation/simplified.txt", "fixtures/segmentation/hard-spots.txt",
        ]

    @Test func everySeedHasAnExpectedFile() {
        #expect(ReadingFixtures.seeds.count == 5)
    }

    @Test(arguments: inputs)
    func segmentationMatchesExpected(input: String) throws {
        let segmented = try Segmenter().segment(Reader().read(path: ReadingFixtures.path(input)))
        let actual = Self.listing(segmented)
        let name = (input as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: ".expected")
        let expectedPath = ReadingFixtures.path("fixtures/segmentation/\(name)")
        if ReadingFixtures.recording {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (got, want)) in zip(actualLines, expectedLines).enumerated() where got != want {
            Issue.record("\(name):\(index + 1): expected\n  \(want)\ngot\n  \(got)")
            return
        }
        #expect(actualLines.count == expectedLines.count, "\(name): line count")
    }

    /// Every sentence's byte range points back at its text in the input.
    @Test(arguments: inputs)
    func rangesPointBackToTheInput(input: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: ReadingFixtures.path(input)))
        let segmented = try Segmenter().segment(Reader().read(path: ReadingFixtures.path(input)))
        for sentence in segmented.chinese + segmented.english {
            let slice = bytes[sentence.range]
            #expect(String(decoding: slice, as: UTF8.self) == sentence.text)
            let line = bytes[..<sentence.range.lowerBound].count { $0 == 0x0A } + 1
            #expect(line == sentence.line, "\(sentence.text)")
        }
        for item in segmented.document.setAside {
            let slice = bytes[item.offset..<(item.offset + item.text.utf8.count)]
            #expect(String(decoding: slice, as: UTF8.self) == item.text)
        }
    }

    /// Nothing is lost: every non-space byte of the input is in a sentence or set aside.
    @Test(arguments: inputs)
    func everyCharacterIsAccountedFor(input: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: ReadingFixtures.path(input)))
        let segmented = try Segmenter().segment(Reader().read(path: ReadingFixtures.path(input)))
        var covered = [Bool](repeating: false, count: bytes.count)
        for range in (segmented.chinese + segmented.english).map(\.range) {
            covered.replaceSubrange(range, with: repeatElement(true, count: range.count))
        }
        for item in segmented.document.setAside {
            let range = item.offset..<(item.offset + item.text.utf8.count)
            covered.replaceSubrange(range, with: repeatElement(true, count: range.count))
        }
        let text = [UInt8](bytes)
        let lost = text.indices.filter { !covered[$0] && ![0x20, 0x0A, 0x0D, 0x09].contains(text[$0]) }
        #expect(lost.isEmpty, "uncovered bytes at \(lost.prefix(5))")
    }

    /// The expected-file form: metadata, set-aside items, then one sentence a line,
    /// `LANG ID ¶PARAGRAPH LLINE TEXT` (tab-separated).
    static func listing(_ segmented: SegmentedDocument) -> String {
        var lines: [String] = []
        let document = segmented.document
        for key in document.metadata.keys.sorted() { lines.append("metadata\t\(key)\t\(document.metadata[key] ?? "")") }
        if let script = document.chinese?.script { lines.append("script\t\(script.rawValue)") }
        for item in document.setAside { lines.append("set-aside\t\(item.kind.rawValue)\tL\(item.line)\t\(item.text)") }
        for language in Language.allCases {
            for sentence in segmented.sentences(language) {
                lines.append(
                    "\(language.rawValue)\t\(sentence.id)\t¶\(sentence.paragraph)\tL\(sentence.line)\t\(sentence.text)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
