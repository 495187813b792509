/// A person's name the tagger ran on into the institution the person works at.
extension NameSpanRules {
    /// "together with Dr. [Mikkel Vestergaard of Aarhus University Hospital]ORG": an organisation
    /// name whose words before its first "of" are a person's name, with a title right before the
    /// span ("Dr.", "Professor") or a given name and a surname, is the person followed by the
    /// institution: the words before "of" become the person, the words after it the organisation.
    static func personBeforeOfAnInstitution(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in document.nameSpans(of: "ORG", in: sentence) where span.count >= 3 {
            guard let of = span.first(where: { context.lower[$0] == "of" }), of > span.lowerBound, of + 1 < span.upperBound else { continue }
            let titled = span.lowerBound > sentence.lowerBound && context.titleEnding[span.lowerBound - 1] != nil
            let givenAndSurname = of - span.lowerBound >= 2
                && !context.word[span.lowerBound].isDisjoint(with: GazetteerClasses.firstName)
                && !context.word[of - 1].isDisjoint(with: GazetteerClasses.lastName)
            guard titled || givenAndSurname else { continue }
            document.tagName(span.lowerBound..<of, as: "PER")
            document.tokens[of].entityTag = "O"
            document.tagName((of + 1)..<span.upperBound, as: "ORG")
        }
    }
}
