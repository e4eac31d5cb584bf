import Synchronization
import Testing

@testable import Bitext

@Suite struct ICUTests {
    @Test func sentenceBreaksKeepAbbreviations() throws {
        let segmenter = try Segmenter()
        let parts = try segmenter.split(
            "BEIJING, Feb. 24 (Xinhua) -- Mr. Xi met U.S. envoys. He left.", language: .english)
        #expect(parts.map(\.text) == ["BEIJING, Feb. 24 (Xinhua) -- Mr. Xi met U.S. envoys.", "He left."])
    }

    @Test func transliteratesHanToPinyin() throws {
        let transliterator = try #require(Transliterator.hanToLatin)
        #expect(transliterator("習近平") == "xi jin ping")
    }

    /// Tasks transliterating at once (each borrowing its own ICU handle, or the memo) agree with one
    /// another and with long inputs, which are never remembered.
    @Test func transliteratesOnManyTasksAtOnce() async throws {
        let transliterator = try Transliterator("Hant-Hans")
        let words = ["國際", "聯合國", "經濟", "發展", "會議", "臺灣", "習近平", "中國"]
        let long = String(repeating: "聯合國經濟及社會理事會", count: 4)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (words + [long]).map { transliterator($0) } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let expected =
            ["国际", "联合国", "经济", "发展", "会议", "台湾", "习近平", "中国"]
            + [String(repeating: "联合国经济及社会理事会", count: 4)]
        #expect(results.count == 8)
        for result in results { #expect(result == expected) }
    }

    /// Every ICU service bitext uses opens here (CI's ICU), and one ICU lacks is an error naming it,
    /// not a feature quietly off.
    @Test func servicesOpenOrFailLoudly() throws {
        try ICUServices.check()
        #expect(throws: ICUError.self) { try Transliterator("No-Such-Transform") }
        do {
            _ = try Transliterator("No-Such-Transform")
        } catch {
            #expect(error.description.hasPrefix("icu: opening transliterator 'No-Such-Transform' failed (error "))
        }
    }

    /// The pool lends an element to one caller at a time and keeps at most `limit` idle.
    @Test func objectPoolLendsOneAtATime() async throws {
        let made = Mutex(0)
        let pool = ObjectPool<Box, Never>(limit: 2) {
            made.withLock { $0 += 1 }
            return Box()
        }
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    pool.withElement { box in
                        box.users += 1
                        #expect(box.users == 1)
                        box.users -= 1
                    }
                }
            }
        }
        #expect(pool.idleCount <= 2)
        #expect(made.withLock { $0 } >= 1)
        pool.withElement { outer in
            pool.withElement { inner in #expect(outer !== inner) }
        }
    }

    private final class Box { var users = 0 }

    @Test func parsesChineseNumerals() throws {
        let parser = try #require(SpelloutParser.chinese)
        #expect(parser.value(of: "八十") == 80)
        #expect(parser.value(of: "一千三百萬") == 13_000_000)
    }

    @Test(arguments: [("習", 2), ("a", 1), ("，", 2), ("\u{301}", 0)])
    func displayWidth(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }
}
