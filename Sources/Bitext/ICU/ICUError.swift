/// A failure reported by ICU, with the operation that failed and ICU's error code.
package struct ICUError: Error, CustomStringConvertible, Equatable {
    package var operation: String
    package var code: Int32

    package var description: String { "icu: \(operation) failed (error \(code))" }
}
