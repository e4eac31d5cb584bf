import Testing

@testable import Bitext

/// How a sentence ends, which decides what joining it to the next one costs.
@Suite struct SentenceEndingTests {
    @Test(arguments: [
        ("主席先生，我謹動議。", SentenceEnding.stop),
        ("他說：「我們會盡快完成。」", .stop),
        ("The meeting rose at 3 p.m.", .stop),
        ("會議的結論如下:", .colon),
        ("出席者：", .colon),
        ("MR. LEE:", .colon),
        ("財政司致辭的譯文：", .translationLabel),
        ("運輸司答覆的譯文: ", .translationLabel),
        // A heading naming a translation, with no colon, is a heading.
        ("政務司就潘志輝議員對第一項問題的補充提詢所作書面答覆的譯文", .open),
        // A question asked in translation: the label is inside, the sentence ends in a stop.
        ("政務司答（譯文）：主席先生，政府的意願也是這樣。", .stop),
        ("文：", .colon),
        ("", .open),
    ])
    func ending(text: String, expected: SentenceEnding) {
        #expect(SentenceEnding(text) == expected)
    }
}
