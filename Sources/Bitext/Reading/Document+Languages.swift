extension Document {
    /// Throws unless the document has both a Chinese and an English passage, as alignment needs.
    ///
    /// - Parameter file: the input's name, for the message.
    public func requireBothLanguages(file: String) throws(ReadError) {
        for language in Language.allCases { try requireBothLanguages(file: file, only: language) }
    }

    /// Throws unless the document has a passage in `language`; `file` names the input for the message.
    func requireBothLanguages(file: String, only language: Language) throws(ReadError) {
        if passage(language)?.paragraphs.isEmpty ?? true {
            throw ReadError(file: file, reason: .missingPassage(language))
        }
    }
}
