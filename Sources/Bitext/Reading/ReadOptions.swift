/// How a `Reader` reads its input.
public struct ReadOptions: Sendable, Hashable {
    /// One sentence per line: line i is sentence i (0-based), kept as it is, empty lines included.
    ///
    /// The form hunalign and Bertalign take. Boilerplate is still set aside, but its line stays (possibly
    /// as an empty sentence) so that ids keep matching line numbers.
    public var presegmented = false
    /// Fail unless the input has both a Chinese and an English passage, as `align` needs.
    public var requireBothLanguages = false

    public init() {}
}
