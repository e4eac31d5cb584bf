import BitextTestSupport
import Testing

@testable import Bitext

/// Bead files read from their bytes: the plain form fast, any other line by the general reader.
@Suite struct BeadFileTests {
    @Test(arguments: [
        ("[0, 1]:[2]:0.25", Bead(chinese: [0, 1], english: [2]), 0.25 as Double?),
        ("  [ ] : [3]\t", Bead(chinese: [], english: [3]), nil),
        ("[007]:[1,2 ,3]:1e-3", Bead(chinese: [7], english: [1, 2, 3]), 0.001),
        ("[4]:[5] : 1.", Bead(chinese: [4], english: [5]), 1.0),
    ])
    func plainLinesAreReadFromTheirBytes(line: String, bead: Bead, score: Double?) {
        var text = line
        let read = text.withUTF8 { BeadFile.PlainLine($0) }
        guard case .bead(let found, let foundScore) = read else {
            Issue.record("\(line) not read as a plain line")
            return
        }
        #expect(found == bead && foundScore == score)
    }

    /// A Windows-made gold file: its lines end in CR LF.
    @Test func crlfLinesAreLines() throws {
        let beads = try BeadFile.parseScored("[0]:[0]\r\n[1, 2]:[1]:0.5\r\n\r\n[]:[2]\r\n", file: "x.gold")
        #expect(
            beads.map(\.bead) == [
                Bead(chinese: [0], english: [0]), Bead(chinese: [1, 2], english: [1]), Bead(chinese: [], english: [2]),
            ])
        #expect(beads.map(\.score) == [nil, 0.5, nil])
    }

    @Test func anErrorNamesItsLineInACRLFFile() {
        #expect {
            _ = try BeadFile.parse("[0]:[0]\r\n[1]:[x]\r\n", file: "x.gold")
        } throws: { error in
            (error as? BeadFile.ReadError)?.description
                == "x.gold:2: expected a bead such as [0, 1]:[2], found '[1]:[x]'"
        }
    }

    /// Any line the byte reader accepts, the general reader reads alike: lines from bead-like characters,
    /// well-formed ones with one character changed among them.
    @Test(arguments: 0..<300)
    func theByteReaderAgreesWithTheGeneralOne(seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed))
        let alphabet = Array("[]:, \t0123456789.e-+x\u{3000}")
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        var line: [Character]
        if seed % 2 == 0 {
            line = (0..<Int(generator.next() % 24)).map { _ in pick(alphabet) }
        } else {
            let spaces = ["", " ", "  ", "\t"]
            func side() -> String {
                let ids = (0..<Int(generator.next() % 4)).map { _ in String(generator.next() % 1000) }
                return "[" + pick(spaces) + ids.joined(separator: pick([",", ", ", " ,"])) + pick(spaces) + "]"
            }
            var text = pick(spaces) + side() + pick(spaces) + ":" + pick(spaces) + side()
            if generator.next() % 2 == 0 {
                text += ":" + pick(spaces) + pick(["0.5", "1", "0.925", ".5", "1e-2", "7."])
            }
            line = Array(text + pick(spaces))
            if generator.next() % 3 == 0, !line.isEmpty {
                line[Int(generator.next() % UInt64(line.count))] = pick(alphabet)
            }
        }
        var text = String(line)
        guard let plain = text.withUTF8({ BeadFile.PlainLine($0) }) else { return }
        let general = try BeadFile.parseLine(String(line), number: 1, file: "x")
        switch plain {
        case .blank: #expect(general == nil, "\(String(line).debugDescription)")
        case .bead(let bead, let score):
            #expect(general?.bead == bead && general?.score == score, "\(String(line).debugDescription)")
        }
    }
}
