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

/// Whether a sentence asks a question: a confidence input (a question is translated by a question).
@Suite struct QuestionTests {
    @Test(arguments: [
        ("您是淡水河整治計劃的負責人之一，目前情況如何？", true),
        ("What's the situation at present?", true),
        ("他問：「你會去嗎？」", true),
        ("\"Is it over?\" ", true),
        ("Q: Taipei City seems to be ahead of the provincial government.", false),
        ("主席先生，我謹動議。", false),
        ("這是真的嗎？！", false),
        ("？", true),
        ("", false),
    ])
    func question(text: String, asks: Bool) {
        #expect(SentenceEnding.isQuestion(text) == asks)
    }
}
