/// A name followed by a person's title in apposition names a person.
extension NameRules {
    /// "by [Dilnoza Yusupova]LOC, Uzbekistan's deputy minister of water resources,": a place or
    /// organisation span of proper nouns, none of them a known place, whose apposition after a
    /// comma is headed by a person's title or a noun for a person, is a person's name (the owner
    /// before the title made the tagger read the name as a place). The mirror of
    /// `nameInApposition`, where the noun comes first.
    static func nameBeforeATitleInApposition(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in spans(Self.placeOrOrganization, in: sentence, document, anyInside: true) {
            guard span.upperBound < sentence.upperBound, context.lower[span.upperBound] == ",",
                  span.allSatisfy({ document.tokens[$0].upos == "PROPN" && context.phrase[$0].isDisjoint(with: GazetteerClasses.place)
                      && context.word[$0].isDisjoint(with: GazetteerClasses.place) }),
                  let head = document.firstWordHungOutside(span)
            else { continue }
            let titled = (span.upperBound + 1..<sentence.upperBound).contains { noun in
                Int(document.tokens[noun].head) == head && document.tokens[noun].deprel == "appos" && document.tokens[noun].upos == "NOUN"
                    && (isPersonTitle(context.titleEnding[noun]) || ExtractionLexicon.personNouns.contains(document.tokens[noun].lemma.lowercased()))
            }
            if titled { document.tagName(span, as: "PER") }
        }
    }
}
