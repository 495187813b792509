/// Names the article itself calls an organization, with a noun for its kind before the name
/// ("the ferry operator Saaristo Lines", `NameAfterKindNoun`) or in apposition after it
/// ("Saaristo Lines, a small operator", `NameApposedToKindNoun`), are organizations wherever the
/// article writes them: the name tagger types a made-up company name afresh in each sentence, and
/// without this the one sentence that says what it is was outvoted by the others.
enum OrganizationsByKind {
    /// True when no gazetteer list knows the word as a place or a person's first or last name.
    static func isMadeUp(_ word: Int, _ context: EntityContext) -> Bool {
        context.word[word].isDisjoint(with: .place) && context.phrase[word].isDisjoint(with: .place)
            && context.word[word].isDisjoint(with: GazetteerClasses.firstName) && context.word[word].isDisjoint(with: GazetteerClasses.lastName)
    }

    static func apply(to document: inout AnnotatedDocument, context: EntityContext) {
        var names = Set<String>()
        for sentence in document.sentences {
            let found = NameAfterKindNoun.apply(sentence, &document, context) + NameApposedToKindNoun.apply(sentence, &document, context)
            // A one-word name only when no list knows the word as a place or a person's name: such
            // a word is too often another thing elsewhere ("the airline Delta", "the Delta region").
            for range in found where range.count >= 2 || Self.isMadeUp(range.lowerBound, context) {
                names.insert(context.lower[range].joined(separator: " "))
            }
        }
        guard !names.isEmpty else { return }
        for sentence in document.sentences {
            for span in EntityLabel.spans(sentence.map { document.tokens[$0].entityTag }) where span.type != "ORG" {
                let range = span.range.lowerBound + sentence.lowerBound..<span.range.upperBound + sentence.lowerBound
                guard names.contains(context.lower[range].joined(separator: " ")) else { continue }
                document.tagName(range, as: "ORG")
            }
        }
    }
}
