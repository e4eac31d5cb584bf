import Synchronization

/// Objects that are expensive to make and not thread-safe (ICU handles, tokenizers), lent to one
/// caller at a time and kept for the next.
///
/// The one place that vouches for `@unchecked Sendable`: an element is only ever touched by the
/// caller that took it out, between `withElement`'s take and give-back, and the pool's list is only
/// touched under its mutex. The `precondition`s check that an element is never lent twice nor given
/// back twice.
package final class ObjectPool<Element, Failure: Error>: Sendable {
    /// An element with its lending state; `isLent` changes only under the pool's mutex.
    private final class Entry: @unchecked Sendable {
        let element: Element
        var isLent = false
        init(_ element: Element) { self.element = element }
    }

    private let idle: Mutex<[Entry]>
    private let make: @Sendable () throws(Failure) -> Element
    /// The most idle elements kept; more are made when callers overlap, and dropped when given back.
    package let limit: Int

    /// A pool that makes elements with `make` when none is idle, and keeps at most `limit` idle ones.
    package init(limit: Int = .max, make: @escaping @Sendable () throws(Failure) -> Element) {
        precondition(limit > 0, "a pool keeps at least one element")
        self.limit = limit
        self.make = make
        idle = Mutex([])
    }

    /// A pool holding `element` already (made eagerly so that a failure shows at once).
    package convenience init(
        first element: Element, limit: Int = .max, make: @escaping @Sendable () throws(Failure) -> Element
    ) {
        self.init(limit: limit, make: make)
        let entry = Entry(element)
        idle.withLock { $0.append(entry) }
    }

    /// Runs `body` with an element no other caller holds: an idle one, or a new one.
    package func withElement<Result>(_ body: (Element) throws(Failure) -> Result) throws(Failure) -> Result {
        let entry = try take()
        defer { giveBack(entry) }
        return try body(entry.element)
    }

    /// Runs `body` with an element no other caller holds; nil when none can be made.
    package func withElementIfAvailable<Result>(_ body: (Element) -> Result) -> Result? {
        guard let entry = try? take() else { return nil }
        defer { giveBack(entry) }
        return body(entry.element)
    }

    private func take() throws(Failure) -> Entry {
        let taken = idle.withLock { idle -> Entry? in
            guard let entry = idle.popLast() else { return nil }
            precondition(!entry.isLent, "an idle element is lent")
            entry.isLent = true
            return entry
        }
        if let taken { return taken }
        let entry = Entry(try make())
        entry.isLent = true
        return entry
    }

    private func giveBack(_ entry: Entry) {
        idle.withLock { idle in
            precondition(entry.isLent, "an element given back twice")
            entry.isLent = false
            if idle.count < limit { idle.append(entry) }
        }
    }

    /// How many elements are idle (for tests).
    package var idleCount: Int { idle.withLock { $0.count } }
}
