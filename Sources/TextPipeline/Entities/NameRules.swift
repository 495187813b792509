/// Rules that correct the name tagger around titles, as UNER annotates them: a title is never
/// part of a name, and a capitalised title followed by a run of proper nouns names a person
/// ("Mayor Adamowicz", "Police Chief Charlie Beck").
enum NameRules {
    /// The most words a person name read after a title may have.
    static let longestName = 4

    static func apply(to document: inout AnnotatedDocument, context: EntityContext) {
        for sentence in document.sentences {
            trimLeadingTitles(sentence, &document, context)
            nameAfterTitle(sentence, &document, context)
        }
    }

    /// "B-PER Mayor I-PER Eric I-PER Garcetti" -> "O Mayor B-PER Eric I-PER Garcetti"; an
    /// organization or place tag on a name right after a person title becomes a person tag.
    static func trimLeadingTitles(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard document.tokens[i].entityTag.hasPrefix("B-") else { i += 1; continue }
            var end = i + 1
            while end < sentence.upperBound, document.tokens[end].entityTag.hasPrefix("I-") { end += 1 }
            // The longest title at the start of the span, leaving at least one capitalised word.
            var titleEnd = i
            for k in i..<end - 1 {
                if let match = context.titleEnding[k], k - match.length + 1 == i, !match.entry.plural,
                   NamedEntityFeatures.isCapitalized(document.tokens[k + 1].form) {
                    titleEnd = k + 1
                }
            }
            if titleEnd > i, document.tokens[i].entityTag == "B-PER" || isPersonTitle(context.titleEnding[titleEnd - 1]) {
                for k in i..<titleEnd { document.tokens[k].entityTag = "O" }
                document.tokens[titleEnd].entityTag = "B-PER"
                for k in titleEnd + 1..<end { document.tokens[k].entityTag = "I-PER" }
            }
            i = end
        }
    }

    /// A capitalised singular title followed by untagged proper nouns: those nouns are a person.
    static func nameAfterTitle(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for k in sentence.lowerBound..<max(sentence.lowerBound, sentence.upperBound - 1) {
            guard let match = context.titleEnding[k], isPersonTitle(match), !match.entry.plural,
                  NamedEntityFeatures.isCapitalized(document.tokens[k].form) || document.tokens[k].form.contains("."),
                  document.tokens[k].entityTag == "O" else { continue }
            var end = k + 1
            while end < sentence.upperBound, end - k <= longestName, document.tokens[end].entityTag == "O",
                  document.tokens[end].upos == "PROPN", NamedEntityFeatures.isCapitalized(document.tokens[end].form),
                  context.titleEnding[end] == nil {
                end += 1
            }
            guard end > k + 1, end - k - 1 <= longestName else { continue }
            // Stop if the run runs into another name ("President Trump administration" is fine,
            // but "Mayor Garcetti's" keeps its possessive outside).
            document.tokens[k + 1].entityTag = "B-PER"
            for j in k + 2..<end { document.tokens[j].entityTag = "I-PER" }
        }
    }

    static func isPersonTitle(_ match: (length: Int, entry: TitleEntry)?) -> Bool {
        guard let match else { return false }
        // One-word titles that are also common nouns in names ("General Motors", "Justice Department").
        return !["general", "justice", "chief", "head", "leader", "director", "officer", "private", "major", "chair",
                 "assistant", "manager", "secretary", "commander", "father", "speaker", "chancellor"].contains(match.entry.canonical)
    }
}
