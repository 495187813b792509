/// Capitalised words that end with a word for an institution name one.
extension NameSpanRules {
    /// "by the German Research Foundation", "the Foreign Investment Review Board": capitalised
    /// words after "the" or an owner's "'s" that the tagger left outside names (reading them as
    /// common nouns), two or more and ending with a word for an institution
    /// (`institutionsBeforeOf`), are an organisation's name. A run with a word of another name in
    /// it is left to the other rules.
    static func capitalisedInstitution(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        var i = sentence.lowerBound + 1
        while i < sentence.upperBound {
            defer { i += 1 }
            guard ["the", "'s"].contains(context.lower[i - 1]), document.tokens[i].entityTag == "O" else { continue }
            var end = i
            while end < sentence.upperBound, document.tokens[end].entityTag == "O",
                  NamedEntityFeatures.isCapitalized(document.tokens[end].form), document.tokens[end].upos != "PRON" {
                end += 1
            }
            // "the Federal Office for Information Security": `organizationGoesOnAfterFor`, run
            // after this rule, takes the name on over "for" or "of".
            guard end - i >= 2, institutionsBeforeOf.contains(context.lower[end - 1]),
                  end == sentence.upperBound || !NamedEntityFeatures.isCapitalized(document.tokens[end].form) else { continue }
            document.tagName(i..<end, as: "ORG")
            i = end - 1
        }
    }
}

extension NameSpanRules {
    /// "the Conservative People's Party (EKRE) and Isamaa voted": capitalised proper nouns the
    /// tagger left outside names (or read as a person's) right after an organisation's name (and
    /// its bracketed abbreviation) and "and" or "or", that no list knows as a place or a person's
    /// name, name another organisation: a list joins things of one kind.
    static func madeUpNameJoinedToAnOrganization(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in NameRules.spans(["ORG"], in: sentence, document) {
            var joiner = span.upperBound
            if joiner + 2 < sentence.upperBound, document.isAloneInBrackets(joiner + 1) { joiner += 3 }
            guard joiner + 1 < sentence.upperBound, ["and", "or"].contains(context.lower[joiner]) else { continue }
            // Untagged words, or a person's name of words no list has as a person's name.
            let tagged = document.tokens[joiner + 1].entityTag == "B-PER"
            var end = joiner + 1
            while end < sentence.upperBound, document.tokens[end].upos == "PROPN",
                  document.tokens[end].entityTag == (tagged ? (end == joiner + 1 ? "B-PER" : "I-PER") : "O"),
                  NamedEntityFeatures.isCapitalized(document.tokens[end].form), OrganizationsByKind.isMadeUp(end, context) {
                end += 1
            }
            guard end > joiner + 1, end == sentence.upperBound || !NamedEntityFeatures.isCapitalized(document.tokens[end].form) else { continue }
            document.tagName(joiner + 1..<end, as: "ORG")
        }
    }
}
