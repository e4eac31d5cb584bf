import Foundation
import Testing

@testable import Bitext

@Suite struct TSVFormatTests {
    @Test func matchesGolden() throws {
        var options = ExportFixtures.options
        options.score = true
        options.header = true
        let (text, statistics) = TSVFormat(options: options).write(ExportFixtures.pairs)
        try ExportFixtures.expectGolden(text, "fixtures/export/golden/sample.tsv")
        #expect(statistics.written == 5)
    }

    @Test func plainIsTwoColumnsSourceFirst() {
        var options = ExportOptions()
        let pair = ExportFixtures.pairs[0]
        #expect(TSVFormat(options: options).write([pair]).text == "\(pair.chinese)\t\(pair.english)\n")
        options.source = .english
        #expect(TSVFormat(options: options).write([pair]).text == "\(pair.english)\t\(pair.chinese)\n")
    }

    @Test func flattensBreaks() {
        let (text, statistics) = TSVFormat().write([ExportFixtures.hostile])
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 2)
        #expect(text.filter { $0 == "\t" }.count == 1)
        #expect(!text.unicodeScalars.contains { $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" })
        #expect(statistics.breaksReplaced == 10)
        #expect(text.hasPrefix("<b>中&amp;文</b> ]]> \u{1}控制\u{FFFE}\u{FFFF} 製表  換行 段 落\t"))
    }

    @Test func noByteOrderMarkAndLF() {
        let data = Data(TSVFormat().write(ExportFixtures.pairs).text.utf8)
        #expect(!data.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(!data.contains(0x0D))
    }

    @Test func readsWhatItWrites() throws {
        for (score, header, source) in [
            (false, false, Language.chinese), (true, true, .english), (true, false, .english),
        ] {
            var options = ExportOptions()
            options.score = score
            options.header = header
            options.source = source
            let format = TSVFormat(options: options)
            let pairs = try format.read(Data(format.write(ExportFixtures.pairs).text.utf8))
            #expect(pairs.map(\.chinese) == ExportFixtures.pairs.map(\.chinese))
            #expect(pairs.map(\.english) == ExportFixtures.pairs.map(\.english))
            #expect(pairs.map(\.confidence) == (score ? [0.812, 0.75, 0, 0.5, 0] : [1, 1, 1, 1, 1]))
        }
    }

    /// Without a header, the Han characters tell the Chinese column, whatever the reader was told (an
    /// English-first TSV was read with its languages swapped); where neither column has any, the options.
    @Test(arguments: [Language.chinese, .english])
    func scriptSetsColumnOrderWithoutAHeader(told: Language) throws {
        var options = ExportOptions()
        options.source = told
        let format = TSVFormat(options: options)
        let englishFirst = try format.read(Data("Hello\t你好\t0.5\nBye\t再見\nThanks\t\n".utf8))
        #expect(englishFirst.map(\.chinese) == ["你好", "再見", ""])
        #expect(englishFirst.map(\.english) == ["Hello", "Bye", "Thanks"])
        #expect(englishFirst.map(\.confidence) == [0.5, 1, 1])
        #expect(format.layout(of: Data("Hello\t你好\n".utf8)).source == .english)
        #expect(format.layout(of: Data("你好\tHello\n".utf8)).source == .chinese)
        #expect(try format.read(Data("A\tB\n".utf8)).first?.chinese == (told == .chinese ? "A" : "B"))
    }

    /// Random pairs (one-sided ones among them) written without a header in either order read back as
    /// they were, whichever order the reader is told.
    @Test func headerlessFilesReadBackInEitherOrder() throws {
        var generator = SplitMix64(seed: 17)
        let han = Array("中國聯合國大會今天開會臺灣香港議員問答")
        let words = ["the", "assembly", "met", "today", "Taiwan", "council", "asked", "42"]
        for _ in 0..<200 {
            let count = 1 + Int(generator.next() % 6)
            var pairs = (0..<count).map { _ in
                let chinese = String(
                    (0..<Int(generator.next() % 6)).map { _ in han[Int(generator.next() % UInt64(han.count))] })
                let english = (0..<Int(generator.next() % 5)).map { _ in words[Int(generator.next() % 8)] }
                    .joined(separator: " ")
                return AlignedPair(bead: Bead(chinese: [], english: []), chinese: chinese, english: english)
            }
            pairs.removeAll { $0.chinese.isEmpty && $0.english.isEmpty }
            guard pairs.contains(where: { !$0.chinese.isEmpty }) else { continue }
            for (written, told) in [(Language.chinese, Language.english), (.english, .chinese), (.english, .english)] {
                var options = ExportOptions()
                options.source = written
                options.score = generator.next() % 2 == 0
                let text = TSVFormat(options: options).write(pairs).text
                var reading = ExportOptions()
                reading.source = told
                let read = try TSVFormat(options: reading).read(Data(text.utf8))
                #expect(read.map(\.chinese) == pairs.map(\.chinese), "\(text)")
                #expect(read.map(\.english) == pairs.map(\.english), "\(text)")
            }
        }
    }

    @Test func headerSetsColumnOrder() throws {
        let pairs = try TSVFormat().read(Data("en\tzh\r\nHello\t你好\r\n\r\n".utf8))
        #expect(pairs == [AlignedPair(bead: Bead(chinese: [0], english: [0]), chinese: "你好", english: "Hello")])
    }

    @Test(arguments: [
        ("one column\n", "in.tsv:1: expected 2 or 3 tab-separated columns (zh, en, confidence), found 1"),
        ("a\tb\n\na\tb\tc\td\n", "in.tsv:3: expected 2 or 3 tab-separated columns (zh, en, confidence), found 4"),
        ("a\tb\thigh\n", "in.tsv:1: confidence 'high' is not a number"),
    ])
    func rejectsMalformed(text: String, message: String) {
        #expect {
            try TSVFormat().read(Data(text.utf8), file: "in.tsv")
        } throws: { error in
            (error as? ExportError)?.description == message
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect {
            try TSVFormat().read(Data([0x61, 0x09, 0xFF, 0x0A]), file: "in.tsv")
        } throws: { error in
            (error as? ExportError)?.description == "in.tsv:1: not UTF-8 text"
        }
    }
}
