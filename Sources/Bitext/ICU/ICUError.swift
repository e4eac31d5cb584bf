/// A failure reported by ICU, with the operation that failed and ICU's error code.
public struct ICUError: Error, Sendable, Hashable, CustomStringConvertible {
    public var operation: String
    public var code: Int32

    package init(operation: String, code: Int32) {
        self.operation = operation
        self.code = code
    }

    public var description: String { "icu: \(operation) failed (error \(code))" }
}
