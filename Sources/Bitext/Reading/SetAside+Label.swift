extension SetAside.Kind {
    /// The kind in listings: `metadata`, `end mark`, `unknown`.
    package var label: String {
        switch self {
        case .metadata: "metadata"
        case .endMark: "end mark"
        case .unknown: "unknown"
        }
    }
}
