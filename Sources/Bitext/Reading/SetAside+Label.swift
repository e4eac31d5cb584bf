extension SetAside.Kind {
    /// The kind in listings: `metadata`, `end mark`, `page header`, `unknown`, `other language`.
    package var label: String {
        switch self {
        case .metadata: "metadata"
        case .endMark: "end mark"
        case .pageHeader: "page header"
        case .unknown: "unknown"
        case .otherLanguage: "other language"
        }
    }
}
