import FactModel

/// A group mention: people referred to together ("a handful of mayors", "police chiefs",
/// "mayors from the U.S. Conference of Mayors").
struct GroupMention {
    /// The words of the mention (quantifier included, "from X" excluded).
    var tokens: Range<Int>
    /// The group's name: modifiers and head, plus "from/of X" when it follows ("mayors from the U.S. Conference of Mayors").
    var name: String
    /// Lowercased modifiers and head ("police chiefs"): mentions with the same key are one group.
    var key: String
}

/// Finds group mentions: plural nouns that denote people (titles like "mayors", and WordNet
/// person nouns like "officials", "protesters"), with their modifiers and quantifiers.
struct GroupRecognizer {
    /// Quantifier phrases kept inside the mention.
    static let quantifiers: [[String]] = [
        ["a", "handful", "of"], ["a", "group", "of"], ["a", "number", "of"], ["dozens", "of"], ["hundreds", "of"],
        ["thousands", "of"], ["scores", "of"], ["a", "few"], ["several"], ["many"], ["some"], ["most"], ["all"],
        ["other"], ["both"], ["few"], ["numerous"], ["various"],
    ]
    /// Plural person nouns too vague to be worth an entity.
    static let vague: Set<String> = ["people", "persons", "others", "ones", "folks", "guys", "men", "women", "children", "kids"]

    let gazetteer: Gazetteer

    /// Group mentions in `sentence`; `blocked` marks tokens already in names or values.
    func groups(
        sentence: Range<Int>, document: AnnotatedDocument, context: EntityContext, blocked: [Bool],
        named: [(range: Range<Int>, type: EntityType)]
    ) -> [GroupMention] {
        var result: [GroupMention] = []
        for head in sentence where !blocked[head] && isPluralPersonNoun(head, document: document, context: context) {
            // "the Kurdistan Workers' Party", "the Teamsters' Union": a plural possessive before a
            // capitalised word is part of a name, not a group of people.
            if head + 2 < sentence.upperBound, ["'", "\u{2019}"].contains(document.tokens[head + 1].form),
               document.tokens[head + 2].form.first?.isUppercase == true {
                continue
            }
            // Modifiers: adjacent adjectives, nouns and proper nouns on the left ("local police").
            var start = head
            while start - 1 >= sentence.lowerBound, !blocked[start - 1],
                  ["ADJ", "NOUN", "PROPN"].contains(document.tokens[start - 1].upos),
                  !isPluralPersonNoun(start - 1, document: document, context: context) {
                start -= 1
            }
            // A multiword title can extend over a capitalised modifier ("Police chiefs").
            if let title = context.titleEnding[head], head - title.length + 1 < start, head - title.length + 1 >= sentence.lowerBound {
                start = head - title.length + 1
            }
            if result.contains(where: { $0.tokens.overlaps(start..<head + 1) }) { continue }
            let key = PhraseKey.of(context.lower[start...head])
            var name = document.text(ofTokens: start..<head + 1)
            // "mayors from the U.S. Conference of Mayors": the organization completes the name.
            if head + 1 < sentence.upperBound, ["from", "of", "at", "in"].contains(context.lower[head + 1]) {
                let direct = head + 2
                let afterThe = head + 2 < sentence.upperBound && context.lower[head + 2] == "the" ? head + 3 : direct
                for span in named where span.type != .person {
                    let begins = span.range.lowerBound
                    if begins == direct || begins == afterThe {
                        name = document.text(ofTokens: start..<span.range.upperBound)
                        break
                    }
                }
            }
            // Quantifiers before the modifiers stay in the mention but not in the name.
            var mentionStart = start
            for words in Self.quantifiers where mentionStart - words.count >= sentence.lowerBound {
                if Array(context.lower[mentionStart - words.count..<mentionStart]) == words,
                   !(mentionStart - words.count..<mentionStart).contains(where: { blocked[$0] }) {
                    mentionStart -= words.count
                    break
                }
            }
            result.append(GroupMention(tokens: mentionStart..<head + 1, name: name, key: key))
        }
        return result
    }

    /// A plural common noun that denotes people: a plural title, a WordNet person noun, or a
    /// nationality ("Iranians", "Swedes").
    func isPluralPersonNoun(_ i: Int, document: AnnotatedDocument, context: EntityContext) -> Bool {
        // The two tags alone: `let token = document.tokens[i]` copied the whole token (six
        // strings retained and released) for each of the sentence's words.
        let xpos = document.tokens[i].xpos, upos = document.tokens[i].upos
        let word = context.lower[i]
        if xpos == "NNPS" || xpos == "NNS", word.hasSuffix("s"), word.count > 3 {
            if Self.nationalityNouns.contains(word) || gazetteer.classes(ofWord: String(word.dropLast())).contains(.demonym) { return true }
        }
        guard xpos == "NNS" || (upos == "NOUN" && context.lower[i].hasSuffix("s")) else { return false }
        if Self.vague.contains(word) { return false }
        if let title = context.titleEnding[i], title.entry.plural { return true }
        guard word.count > 3, word.hasSuffix("s") else { return false }
        let singular: String
        if word.hasSuffix("ies") { singular = String(word.dropLast(3)) + "y" }
        else if word.hasSuffix("sses") || word.hasSuffix("shes") || word.hasSuffix("ches") { singular = String(word.dropLast(2)) }
        else { singular = String(word.dropLast()) }
        return gazetteer.classes(ofWord: singular).contains(.personNoun)
    }

    /// Plural nationality nouns that are not the adjective plus "s".
    static let nationalityNouns: Set<String> = [
        "swedes", "danes", "poles", "finns", "scots", "turks", "kurds", "brits", "arabs", "jews", "britons", "spaniards",
        "filipinos", "swiss",
    ]
}
