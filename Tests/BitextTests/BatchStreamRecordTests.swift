import Testing

@testable import Bitext

@Suite struct BatchStreamRecordTests {
    @Test func readsAPairAndAMixedArticle() throws {
        let pair = try StreamRecord.document(line: #"{"id":"a","zh":"你好。","en":"Hello."}"#, number: 1)
        #expect(pair == BatchDocument(id: "a", source: .texts(chinese: "你好。", english: "Hello."), origin: "stdin:1"))
        let mixed = try StreamRecord.document(line: #"{"text":"Hi.\n你好。","id":"b","extra":1}"#, number: 7)
        #expect(mixed == BatchDocument(id: "b", source: .text("Hi.\n你好。"), origin: "stdin:7"))
        // Numeric ids, as datasets number their rows (issue 17).
        let numbered = try StreamRecord.document(line: #"{"id":42,"zh":"你好。","en":"Hello."}"#, number: 2)
        #expect(numbered.id == "42")
        #expect(try StreamRecord.document(line: #"{"id":-7,"text":"x"}"#, number: 2).id == "-7")
    }

    @Test(arguments: [
        ("{not json", "stdin:3: not valid JSON"),
        ("[1, 2]", "stdin:3: not a JSON object"),
        (#"{"zh":"你好。","en":"Hello."}"#, #"stdin:3: missing "id""#),
        (#"{"id":5.5,"text":"x"}"#, #"stdin:3: "id" is not a string or an integer"#),
        (#"{"id":["a"],"text":"x"}"#, #"stdin:3: "id" is not a string or an integer"#),
        (#"{"id":"a","text":7}"#, #"stdin:3: "text" is not a string"#),
        (#"{"id":"a","zh":"你好。"}"#, #"stdin:3: 'a': expected "zh" and "en", or "text""#),
        (#"{"id":"a","zh":"你","en":"you","text":"x"}"#, #"stdin:3: 'a': expected "zh" and "en", or "text""#),
    ])
    func rejectsBadLines(line: String, message: String) {
        #expect(throws: BatchError.self) { try StreamRecord.document(line: line, number: 3) }
        do {
            _ = try StreamRecord.document(line: line, number: 3)
        } catch {
            #expect(error.description == message)
        }
    }
}
