/// What a writer did with the pairs it was given: what it wrote, what it left out and why.
public struct ExportStatistics: Sendable, Hashable {
    /// Pairs written.
    public var written = 0
    /// One-sided pairs left out (TMX and Moses, unless `keepOneSided`).
    public var oneSidedLeftOut = 0
    /// Characters removed because XML 1.0 forbids them (TMX).
    public var illegalCharactersRemoved = 0
    /// Line breaks and tabs inside a text replaced by spaces (TSV, Moses).
    public var breaksReplaced = 0

    public init() {}
}
