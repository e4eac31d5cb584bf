import Foundation
import Synchronization
import Testing

@testable import Bitext

@Suite struct BatchEngineTests {
    /// Jobs that finish out of order (later ones faster) still come out in input order.
    @Test(arguments: [1, 2, 8])
    func deliversInInputOrder(window: Int) async throws {
        var delivered: [Int] = []
        try await BatchEngine(window: window).run(
            0..<40,
            work: { index in
                usleep(UInt32((40 - index) % 7) * 300)
                return index * 10
            },
            deliver: { delivered.append($0) })
        #expect(delivered == (0..<40).map { $0 * 10 })
    }

    /// Never more than `window` jobs started and not yet delivered, however slow the first one is.
    @Test func keepsAtMostTheWindowInFlight() async throws {
        let started = Atomic<Int>(0)
        let maximum = Mutex<Int>(0)
        var delivered = 0
        try await BatchEngine(window: 3).run(
            0..<30,
            work: { index in
                let inFlight = started.add(1, ordering: .sequentiallyConsistent).newValue
                maximum.withLock { $0 = max($0, inFlight) }
                usleep(index == 0 ? 20_000 : 200)
                return index
            },
            deliver: { _ in
                delivered += 1
                started.subtract(1, ordering: .sequentiallyConsistent)
            })
        #expect(delivered == 30)
        #expect(maximum.withLock { $0 } <= 3)
    }

    @Test func anErrorFromDeliveryStopsTheBatch() async {
        struct Full: Error, Equatable {}
        var delivered = 0
        await #expect(throws: Full()) {
            try await BatchEngine(window: 4).run(
                0..<100, work: { $0 },
                deliver: { index in
                    if index == 5 { throw Full() }
                    delivered += 1
                })
        }
        #expect(delivered == 5)
    }
}
