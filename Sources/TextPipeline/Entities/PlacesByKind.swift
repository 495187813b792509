/// "the nearby town of Puerto Galera", "the island of Lastovo", "the province of Khon Kaen": a
/// name written as the "of" phrase of a noun for a kind of place is a place, wherever the article
/// writes it. A made-up or foreign town has no other evidence, and the name tagger typed "Puerto
/// Galera" a person, which then took the pronouns meant for the people near it.
enum PlacesByKind {
    /// Nouns for kinds of place that name their place in an "of" phrase (as lemmas: "the towns of"
    /// lists several).
    static let placeKinds: Set<String> = [
        "town", "city", "village", "hamlet", "island", "islands", "port", "province", "region", "municipality",
        "district", "county", "state", "suburb", "commune", "prefecture", "canton", "emirate", "archipelago",
        "neighbourhood", "neighborhood", "borough", "parish", "oblast", "governorate", "republic", "kingdom",
        "beach", "resort", "settlement", "township", "enclave", "atoll", "peninsula",
    ]

    /// Retags each name after "KIND of" (a run of proper nouns, tagged or not, up to the end of a
    /// name the tagger began there) as a place, then every mention of the same words the tagger
    /// typed a person: a name of two or more words, or a word no list knows as a name. O(tokens).
    static func apply(to document: inout AnnotatedDocument, context: EntityContext) {
        var names = Set<String>()
        for sentence in document.sentences {
            for range in placesAfterKindNouns(sentence, &document, context)
            where range.count >= 2 || OrganizationsByKind.isMadeUp(range.lowerBound, context) {
                names.insert(context.lower[range].joined(separator: " "))
            }
        }
        guard !names.isEmpty else { return }
        for sentence in document.sentences {
            for span in EntityLabel.spans(sentence.map { document.tokens[$0].entityTag }) where span.type == "PER" {
                let range = span.range.lowerBound + sentence.lowerBound..<span.range.upperBound + sentence.lowerBound
                guard names.contains(context.lower[range].joined(separator: " ")) else { continue }
                document.tagName(range, as: "LOC")
            }
        }
    }

    /// The names after "KIND of" in one sentence, retagged as places; returns their ranges.
    private static func placesAfterKindNouns(_ sentence: Range<Int>, _ document: inout AnnotatedDocument,
                                             _ context: EntityContext) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = sentence.lowerBound + 2
        while i < sentence.upperBound {
            guard document.tokens[i - 2].upos == "NOUN", placeKinds.contains(document.tokens[i - 2].lemma.lowercased()), context.lower[i - 1] == "of",
                  document.tokens[i].upos == "PROPN", !document.tokens[i].entityTag.hasPrefix("I-")
            else { i += 1; continue }
            let end = endOfName(startingAt: i, sentence, document)
            // A name typed an organization or other thing is left as it is: "the port of Rotterdam
            // Authority" names the authority.
            guard (i..<end).allSatisfy({ document.tokens[$0].upos == "PROPN" }),
                  !document.tokens[i].entityTag.hasSuffix("ORG") && !document.tokens[i].entityTag.hasSuffix("MISC")
            else { i = end; continue }
            document.tagName(i..<end, as: "LOC")
            found.append(i..<end)
            i = end
            // "the towns of Witchcliffe, Karridale and Hamelin Bay": the list goes on with the kind.
            while let next = nextListedName(after: i, sentence, document, context) {
                document.tagName(next, as: "LOC")
                found.append(next)
                i = next.upperBound
            }
        }
        return found
    }

    /// The name after a list separator at `i` (",", "and", "or", ", and"): a run of proper nouns,
    /// untagged, tagged as a place, tagged as a person whose first word no list knows as a given
    /// name ("Marrum"; not "Jean Dupont" in "the city of Lyon and Jean Dupont"), or a one-word
    /// organization ("the towns of Chivay, Cabanaconde and Orcopampa", the last tagged ORG); nil
    /// when no such name follows.
    private static func nextListedName(after i: Int, _ sentence: Range<Int>, _ document: AnnotatedDocument,
                                       _ context: EntityContext) -> Range<Int>? {
        var start = i
        while start < sentence.upperBound, [",", "and", "or"].contains(document.tokens[start].form.lowercased()), start - i < 2 { start += 1 }
        guard start > i, start < sentence.upperBound, document.tokens[start].upos == "PROPN", case let tag = document.tokens[start].entityTag,
              tag == "O" || tag == "B-LOC" || (tag == "B-PER" && context.word[start].isDisjoint(with: GazetteerClasses.firstName))
                || (tag == "B-ORG" && !(start + 1 < sentence.upperBound && document.tokens[start + 1].entityTag == "I-ORG"))
        else { return nil }
        let name = endOfName(startingAt: start, sentence, document)
        return start..<((start + 1..<name).first { document.tokens[$0].upos != "PROPN" } ?? name)
    }

    /// The end of the name that starts at `i`: the tagger's name when it began one there, else
    /// the run of untagged proper nouns. O(name).
    private static func endOfName(startingAt i: Int, _ sentence: Range<Int>, _ document: AnnotatedDocument) -> Int {
        var end = i + 1
        if document.tokens[i].entityTag.hasPrefix("B-") {
            while end < sentence.upperBound, document.tokens[end].entityTag.hasPrefix("I-") { end += 1 }
        } else {
            while end < sentence.upperBound, document.tokens[end].upos == "PROPN", document.tokens[end].entityTag == "O" { end += 1 }
        }
        return end
    }
}
