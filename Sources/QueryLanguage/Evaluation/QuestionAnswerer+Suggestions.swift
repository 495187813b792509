import FactModel

/// Suggestions for names in a question that resolve to nothing.
extension QuestionAnswerer {
    /// Names in the question that resolve to nothing, each with the closest entity names.
    func suggestions(for question: Question) -> [String] {
        let names = question.words.filter { $0.isCapitalized }.map(\.text)
        guard !names.isEmpty else { return [] }
        return NameSuggester(source: source).suggestions(for: names.joined(separator: " "))
    }
}
