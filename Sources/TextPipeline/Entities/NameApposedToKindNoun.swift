/// "Norvance, the Swiss pharmaceutical company that makes the drug", "Saaristo Lines, a family
/// firm": a name followed by an apposition headed by a noun for a kind of organization is an
/// organization, whatever the tagger typed it as (or missed it), as with the kind noun written
/// before the name (`NameAfterKindNoun`). A made-up company name has no other evidence.
enum NameApposedToKindNoun {
    /// Words that may follow the kind noun where the apposition ends or goes on as a modifier
    /// ("the Swiss company that makes the drug", "a firm based in Turku"); anything else means
    /// the noun begins a clause of its own ("Monday, the network no longer had ...").
    static let appositionEnds: Set<String> = [
        ",", ".", ";", ":", ")", "\"", "'", "-", "that", "which", "who", "whose", "based", "owned", "founded", "in", "of",
        "from", "with", "for", "and", "behind", "known",
    ]
    /// The most words between the determiner and the kind noun ("the Swiss pharmaceutical").
    static let longestModifier = 4

    /// Retags a run of proper nouns right before ", a|an|the [modifiers] <kind noun>" as an
    /// organization, when the kind noun heads its phrase (not "the company's founder") and the
    /// apposition ends after it; a date is no organization.
    /// Returns the retagged ranges.
    @discardableResult
    static func apply(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) -> [Range<Int>] {
        var retagged: [Range<Int>] = []
        for comma in sentence where context.lower[comma] == "," && comma > sentence.lowerBound {
            guard comma + 2 < sentence.upperBound, ["a", "an", "the"].contains(context.lower[comma + 1]),
                  let kind = (comma + 2..<min(sentence.upperBound, comma + 3 + longestModifier)).first(where: {
                      document.tokens[$0].upos == "NOUN" && NameAfterKindNoun.organizationKinds.contains(context.lower[$0])
                  }),
                  (comma + 2..<kind).allSatisfy({ ["ADJ", "NOUN", "PROPN", "VERB"].contains(document.tokens[$0].upos) }),
                  kind + 1 == sentence.upperBound || Self.appositionEnds.contains(context.lower[kind + 1])
            else { continue }
            // The name: name words ending at the comma, all in one span or all untagged.
            func isNameWord(_ i: Int) -> Bool {
                let token = document.tokens[i]
                if token.upos == "PROPN" { return true }
                // A capitalised common noun inside a name ("Saaristo Lines", "Lines" read as a plural).
                return token.upos == "NOUN" && i > sentence.lowerBound && NamedEntityFeatures.isCapitalized(token.form)
                    && document.tokens[i - 1].upos == "PROPN"
            }
            var start = comma
            while start > sentence.lowerBound, isNameWord(start - 1) { start -= 1 }
            guard start < comma, document.tokens[start].upos == "PROPN",
                  !(start..<comma).contains(where: { NameAfterKindNoun.isDateWord(context.lower[$0]) })
            else { continue }
            let tags = (start..<comma).map { document.tokens[$0].entityTag }
            let untagged = tags.allSatisfy { $0 == "O" }
            let oneSpan = tags[0].hasPrefix("B-") && tags.dropFirst().allSatisfy { $0.hasPrefix("I-") }
                && (comma == sentence.upperBound || !document.tokens[comma].entityTag.hasPrefix("I-"))
            guard untagged || oneSpan else { continue }
            // Typed an organisation already: nothing to retag here, but the article says what it is.
            if tags[0].hasSuffix("ORG") { retagged.append(start..<comma); continue }
            document.tagName(start..<comma, as: "ORG")
            retagged.append(start..<comma)
        }
        return retagged
    }
}
