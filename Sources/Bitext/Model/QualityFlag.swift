/// Something about an aligned pair that a reviewer should look at.
public enum QualityFlag: String, Sendable, Hashable, Codable, CaseIterable {
    /// A number on one side has no counterpart on the other.
    case numberMismatch = "number-mismatch"
    /// A date on one side has no counterpart on the other.
    case dateMismatch = "date-mismatch"
    /// A named entity on one side has no counterpart on the other.
    case entityMismatch = "entity-mismatch"
    /// The sides' lengths are far from the document's usual ratio.
    case lengthRatio = "length-ratio"
    /// The pair sits out of order relative to its neighbours (a moved sentence or block).
    case crossing = "crossing"
    /// The Chinese side was read in Simplified characters (a TMX unit with no Traditional variant) and
    /// converted to Traditional by ICU's `Hans-Hant`: check words whose Traditional form is ambiguous.
    case simplifiedConverted = "simplified-converted"
}
