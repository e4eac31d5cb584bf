import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary files that SIGINT, SIGTERM or SIGHUP must not leave behind.
///
/// `removeOnSignals()` installs a handler that unlinks every registered path, then ends the process by
/// the same signal (its default action restored), so a shell sees 130, 143 or 129 and a script's loop
/// stops as it would have without the handler. The handler is async-signal-safe: it reads fixed slots of
/// atomics holding C strings copied at registration, and calls only unlink(2), write(2), strlen(3),
/// signal(2) and raise(3); it allocates nothing and takes no lock.
package enum TemporaryFiles {
    /// A registered path; `unregister` it once the file is renamed or removed.
    package struct Registration: Sendable {
        fileprivate var slot: Int
        fileprivate var bits: Int
    }

    /// The signals that end the process after removing the temporary files.
    package static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handler for `signals`, except for a signal the process was started with ignored
    /// (`nohup`, a background job), which stays ignored. Call it once, before the first temporary file.
    package static func removeOnSignals() {
        // Made now, not lazily in the handler.
        _ = registeredPaths
        _ = ending
        _ = farewell
        for signalNumber in signals where !isIgnored(signalNumber) {
            signal(signalNumber, removeAndEnd)
        }
    }

    private static func isIgnored(_ signalNumber: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signalNumber, nil, &current) == 0 else { return false }
        #if canImport(Darwin)
            let handler = current.__sigaction_u.__sa_handler
        #else
            let handler = current.__sigaction_handler.sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// Registers `path` (before the file is created, so a signal cannot come between); nil when every
    /// slot is taken, in which case the file is written all the same.
    package static func register(_ path: String) -> Registration? {
        guard let copy = strdup(path) else { return nil }
        let bits = Int(bitPattern: copy)
        for slot in 0..<slotCount
        where registeredPaths[slot].compareExchange(expected: 0, desired: bits, ordering: .sequentiallyConsistent)
            .exchanged
        {
            return Registration(slot: slot, bits: bits)
        }
        free(copy)
        return nil
    }

    /// Has the handler write `message` on standard error before the process ends (what the user can
    /// do about the interruption); the last message set wins.
    package static func sayOnSignal(_ message: String) {
        guard let copy = strdup(message) else { return }
        // The previous message is left allocated: a handler may be reading it.
        farewell.pointee.store(Int(bitPattern: copy), ordering: .sequentiallyConsistent)
    }

    /// Forgets a path registered before (the file is renamed into place or removed).
    package static func unregister(_ registration: Registration?) {
        guard let registration else { return }
        registeredPaths[registration.slot].store(0, ordering: .sequentiallyConsistent)
        // A handler that started before the store may be reading the string: then leave it (the process
        // is ending anyway).
        if ending.pointee.load(ordering: .sequentiallyConsistent) == 0 {
            free(UnsafeMutablePointer<CChar>(bitPattern: registration.bits))
        }
    }

    /// The paths registered now (for tests).
    package static var registered: [String] {
        (0..<slotCount).compactMap { slot in
            UnsafePointer<CChar>(bitPattern: registeredPaths[slot].load(ordering: .sequentiallyConsistent))
                .map { String(cString: $0) }
        }
    }
}

/// Slots for the registered paths: the addresses of their C strings, 0 in a free slot. Plain pointers in
/// global constants, made before the handler is installed: the handler reads them without retaining
/// anything.
private let slotCount = 256
nonisolated(unsafe) private let registeredPaths: UnsafeMutablePointer<Atomic<Int>> = {
    let slots = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: slotCount)
    for slot in 0..<slotCount { (slots + slot).initialize(to: Atomic(0)) }
    return slots
}()
/// 1 once a handler runs: from then on, unregistered strings are not freed (the handler may be reading them).
nonisolated(unsafe) private let ending: UnsafeMutablePointer<Atomic<Int>> = {
    let flag = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: 1)
    flag.initialize(to: Atomic(0))
    return flag
}()

/// The C string `sayOnSignal` set, 0 when none.
nonisolated(unsafe) private let farewell: UnsafeMutablePointer<Atomic<Int>> = {
    let message = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: 1)
    message.initialize(to: Atomic(0))
    return message
}()

/// The handler: unlink every registered path, say the farewell, then end by the signal.
private func removeAndEnd(_ signalNumber: Int32) {
    ending.pointee.store(1, ordering: .sequentiallyConsistent)
    for slot in 0..<slotCount {
        let bits = registeredPaths[slot].load(ordering: .sequentiallyConsistent)
        if let path = UnsafePointer<CChar>(bitPattern: bits) { unlink(path) }
    }
    if let message = UnsafePointer<CChar>(bitPattern: farewell.pointee.load(ordering: .sequentiallyConsistent)) {
        _ = write(2, message, strlen(message))
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
