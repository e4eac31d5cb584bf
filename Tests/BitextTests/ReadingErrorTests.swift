import BitextTestSupport
import Foundation
import Testing

@testable import Bitext

/// Bad input: each gets a one-line message naming the file (and byte), checked word for word.
@Suite struct ReadingErrorTests {
    static func message(_ body: () throws(ReadError) -> Document) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.description
        }
    }

    static func read(_ bytes: [UInt8], options: ReadOptions = ReadOptions()) -> String? {
        message { () throws(ReadError) in try Reader(options: options).read(bytes: bytes, id: "a", path: "a.txt") }
    }

    static let badInputs: [(bytes: [UInt8], message: String)] = [
        ([], "a.txt: empty file"),
        (Array(" \n\n\t\r\n".utf8), "a.txt: no text, only blank lines"),
        ([0xEF, 0xBB, 0xBF, 0x0A], "a.txt: no text, only blank lines"),  // a byte-order mark alone
        (Array("Xi met Putin.\n".utf8) + [0x00, 0x01], "a.txt: byte 14: NUL byte: a binary file, not text"),
        (Array("Xi met Putin.\n習".utf8) + [0xE8, 0xBF], "a.txt: byte 17: invalid UTF-8"),
        (Array("Xi met ".utf8) + [0xB2, 0xE2] + Array("Putin".utf8), "a.txt: byte 7: invalid UTF-8"),
        ([0xC0, 0xAF], "a.txt: byte 0: invalid UTF-8"),  // overlong "/"
        ([0xED, 0xA0, 0x80], "a.txt: byte 0: invalid UTF-8"),  // a UTF-16 surrogate
        ([0xA4, 0xA4, 0xA4, 0xE5], "a.txt: byte 0: invalid UTF-8"),  // 中文 in Big5
        ([0xFF, 0xFE, 0x41, 0x00], "a.txt: UTF-16 text; bitext reads UTF-8 (convert with iconv -f UTF-16 -t UTF-8)"),
        (Array("———\n12345\n".utf8), "a.txt: no chinese or english text found"),
    ]

    @Test(arguments: badInputs)
    func badBytes(bytes: [UInt8], message: String) {
        #expect(Self.read(bytes) == message)
    }

    @Test func aMissingLanguageFailsOnlyWhenBothAreNeeded() throws {
        let english = Array("Xi met Putin.\n".utf8)
        #expect(Self.read(english) == nil)
        var options = ReadOptions()
        options.requireBothLanguages = true
        #expect(
            Self.read(english, options: options)
                == "a.txt: no chinese text to align: aligning needs chinese and english text, in one file or two"
        )
        #expect(
            Self.read(Array("習近平會見普京。\n".utf8), options: options)
                == "a.txt: no english text to align: aligning needs chinese and english text, in one file or two"
        )
        let document = try Reader().read(path: ReadingFixtures.path("seeds/000_c2b90381b155c869.txt"))
        #expect(throws: ReadError(file: "000.txt", reason: .missingPassage(.chinese))) {
            try document.requireBothLanguages(file: "000.txt")
        }
    }

    @Test func filesGivenAsTheWrongLanguage() {
        #expect(
            Self.message { () throws(ReadError) in
                try Reader().read(chineseText: "Xi met Putin.", englishText: "習近平會見普京。", id: "p")
            } == "p.zh: english text given as --zh (are --zh and --en swapped?)")
        #expect(
            Self.message { () throws(ReadError) in
                try Reader().read(chineseText: "習近平會見普京。", englishText: "習近平會見普京。", id: "p")
            } == "p.en: chinese text given as --en (are --zh and --en swapped?)")
        #expect(
            Self.message { () throws(ReadError) in
                try Reader().read(chineseText: "2025", englishText: "Xi met Putin.", id: "p")
            } == "p.zh: no chinese text (given as --zh)")
        #expect(
            Self.message { () throws(ReadError) in
                try Reader().read(chineseText: "習近平會見普京。", englishText: "", id: "p")
            } == "p.en: empty file")
    }

    @Test func filesThatCannotBeRead() throws {
        let scratch = try TemporaryFolder("reading")
        defer { scratch.remove() }
        let missing = scratch.path("missing.txt")
        #expect(Self.message { () throws(ReadError) in try Reader().read(path: missing) } == "\(missing): no such file")
        #expect(
            Self.message { () throws(ReadError) in try Reader().read(path: scratch.path) }
                == "\(scratch.path): is a directory, not a file")
        let empty = scratch.path("empty.txt")
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(Self.message { () throws(ReadError) in try Reader().read(path: empty) } == "\(empty): empty file")
        #expect(
            Self.message { () throws(ReadError) in try Reader().read(chinesePath: missing, englishPath: empty) }
                == "\(missing): no such file")
        if getuid() != 0 {
            let locked = scratch.path("locked.txt")
            _ = FileManager.default.createFile(
                atPath: locked, contents: Data("Xi.".utf8), attributes: [.posixPermissions: 0])
            #expect(
                Self.message { () throws(ReadError) in try Reader().read(path: locked) }
                    == "\(locked): cannot read: permission denied")
        }
    }

    @Test func positionsFormatAsFileLineByte() {
        #expect(ReadError(file: "f.txt", reason: .invalidUTF8, line: 3).description == "f.txt:3: invalid UTF-8")
        #expect(
            ReadError(file: "f.txt", reason: .binary, byte: 9).description
                == "f.txt: byte 9: NUL byte: a binary file, not text")
    }
}
