/// A pair's confidence in three bands, each with a symbol and a colour.
package enum Confidence: Sendable, Hashable {
    /// At least 0.8.
    case high
    /// At least 0.5.
    case medium
    /// Below 0.5.
    case low

    package init(_ score: Double) {
        self = score >= 0.8 ? .high : score >= 0.5 ? .medium : .low
    }

    /// One column, readable without colour.
    package var symbol: String {
        switch self {
        case .high: "✓"
        case .medium: "~"
        case .low: "!"
        }
    }

    package var color: Style.Color {
        switch self {
        case .high: .green
        case .medium: .yellow
        case .low: .red
        }
    }
}
