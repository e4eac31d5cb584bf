extension UnsafeMutableBufferPointer {
    /// A buffer holding a copy of `values`, which the caller must deallocate: what the search loops read
    /// without bounds checks.
    static func copy(of values: some Collection<Element>) -> Self {
        let buffer = allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
        return buffer
    }
}
