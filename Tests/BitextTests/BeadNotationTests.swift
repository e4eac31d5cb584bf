import Testing

@testable import Bitext

@Suite struct BeadNotationTests {
    @Test(arguments: [
        ("[0, 1]:[2]", Bead(chinese: [0, 1], english: [2])),
        ("[]:[3]", Bead(chinese: [], english: [3])),
        ("[7]:[]", Bead(chinese: [7], english: [])),
    ])
    func roundTrips(text: String, bead: Bead) throws {
        #expect(Bead(notation: text) == bead)
        #expect(bead.notation == text)
    }

    @Test(arguments: ["", "[0]", "[a]:[1]", "0:1", "[-1]:[2]"])
    func rejectsMalformed(text: String) {
        #expect(Bead(notation: text) == nil)
    }
}
