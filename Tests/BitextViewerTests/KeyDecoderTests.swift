import Testing

@testable import BitextViewer

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        ("j", [Key.character("j")]),
        ("\u{1B}[A\u{1B}[B\u{1B}OC\u{1B}[D", [.up, .down, .right, .left]),
        ("\u{1B}[5~\u{1B}[6~", [.pageUp, .pageDown]),
        ("\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}OH", [.home, .end, .home, .end, .home]),
        ("\u{3}\r\u{7F}", [.control("c"), .enter, .backspace]),
        ("中文", [.character("中"), .character("文")]),
        ("\u{1B}[1;5A", [.up]),
    ])
    func decodes(input: String, expected: [Key]) {
        var decoder = KeyDecoder()
        #expect(decoder.decode(Array(input.utf8)) == expected)
        #expect(!decoder.hasPending)
    }

    @Test func sequencesSplitAcrossReadsWait() {
        var decoder = KeyDecoder()
        let bytes = Array("\u{1B}[6~中".utf8)
        #expect(decoder.decode(bytes[0..<2]) == [])
        #expect(decoder.hasPending)
        #expect(decoder.decode(bytes[2..<5]) == [.pageDown])
        #expect(decoder.decode(bytes[5...]) == [.character("中")])
    }

    @Test func aLoneEscapeIsEscapeWhenNothingFollows() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B]) == [])
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.hasPending)
    }
}
