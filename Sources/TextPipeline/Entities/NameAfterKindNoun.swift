/// "the Dutch trade union FNV", "the broadcaster NOS", "logistics company Nordhavn Group", "a
/// criminal group known as BlackVane": a name written right after a common noun for a kind of
/// organization (or after it and "called", "named" or "known as") is an organization, whatever the
/// tagger typed it as, and a run of proper nouns there that it left out is one too, or an acronym
/// the tagger read as a common noun ("spy agency GCHQ"): a made-up company name or an acronym
/// has no other evidence.
enum NameAfterKindNoun {
    /// Nouns for kinds of organization that stand before their name in news; not those for
    /// people as well as firms ("the manufacturer Georg Reichenbach", "producer").
    static let organizationKinds: Set<String> = [
        "company", "firm", "union", "broadcaster", "newspaper", "airline", "carrier", "bank", "lender", "insurer",
        "retailer", "automaker", "carmaker", "startup", "charity", "party", "agency", "network", "group",
        "conglomerate", "supermarket", "regulator", "club", "tabloid", "magazine", "outlet", "subsidiary",
        "nonprofit", "organisation", "organization", "association", "federation", "foundation", "operator",
        "provider", "chain", "consortium", "cooperative", "utility", "app", "platform", "website", "gang", "cartel",
        "militia", "syndicate",
    ]

    /// Retags the name after an organization kind noun (lower-case, a noun, directly before it):
    /// an all-proper-noun span tagged as a person or place, or an untagged run of proper nouns,
    /// becomes an organization. A weekday or month after the noun is no name ("the bank Monday").
    /// Returns the retagged ranges.
    @discardableResult
    static func apply(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) -> [Range<Int>] {
        var retagged: [Range<Int>] = []
        var i = sentence.lowerBound + 1
        func isKindNoun(_ j: Int) -> Bool {
            j >= sentence.lowerBound && document.tokens[j].upos == "NOUN" && organizationKinds.contains(context.lower[j])
        }
        /// The kind noun right before the name, or before "called", "named" or "known as" and
        /// the name ("a criminal group known as BlackVane").
        func followsAKindNoun(_ i: Int) -> Bool {
            if isKindNoun(i - 1) { return true }
            // A participle ("a company named X"), not the verb ("The association named X as coach").
            if ["called", "named", "dubbed"].contains(context.lower[i - 1]), document.tokens[i - 1].xpos == "VBN" { return isKindNoun(i - 2) }
            if context.lower[i - 1] == "as", i - 2 > sentence.lowerBound, context.lower[i - 2] == "known" { return isKindNoun(i - 3) }
            return false
        }
        while i < sentence.upperBound {
            guard followsAKindNoun(i), isNameWord(document.tokens[i]),
                  !isDateWord(context.lower[i]) else { i += 1; continue }
            var end = i
            if document.tokens[i].entityTag.hasPrefix("B-") {
                end = i + 1
                while end < sentence.upperBound, document.tokens[end].entityTag.hasPrefix("I-") { end += 1 }
            } else if document.tokens[i].entityTag == "O" {
                while end < sentence.upperBound, isNameWord(document.tokens[end]), document.tokens[end].entityTag == "O",
                      !isDateWord(context.lower[end]) { end += 1 }
            }
            guard end > i, (i..<end).allSatisfy({ isNameWord(document.tokens[$0]) }) else { i += 1; continue }
            document.tagName(i..<end, as: "ORG")
            retagged.append(i..<end)
            // An acronym the tagger read as a common noun is a proper noun: the extractor reads
            // names by their tag ("the union FNV" is FNV's description).
            for j in i..<end where document.tokens[j].upos != "PROPN" {
                document.tokens[j].upos = "PROPN"
                document.tokens[j].xpos = "NNP"
            }
            i = end
        }
        return retagged
    }

    /// A proper noun, an acronym of two to six capital letters whatever its tag ("FNV"), or a
    /// capitalised word the tagger read as an adjective or common noun ("the company Himal Sky
    /// Rescue", tagged ADJ NOUN NOUN): after the kind noun, mid-sentence, capitals mark a name.
    private static func isNameWord(_ token: Token) -> Bool {
        if token.upos == "PROPN" { return true }
        if ["ADJ", "NOUN"].contains(token.upos), token.form.first?.isUppercase == true, token.form.dropFirst().contains(where: \.isLowercase) {
            return true
        }
        let letters = token.form.utf8
        return (2...6).contains(letters.count) && letters.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// A weekday or month name, which is no organization's name ("the bank Monday").
    static func isDateWord(_ lower: String) -> Bool {
        ValueRecognizer.weekdays[lower] != nil || ValueRecognizer.months[lower] != nil
    }
}
