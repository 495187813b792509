import FactModel

/// "which airport is exempt from the restrictions": when an answer is a name built on the asked
/// noun ("José Martí International Airport"), the answers that are not ("Mike Pompeo", read from
/// the same sentence) are dropped, but for names the lexicon knows nothing of that have the
/// noun's entity type and no word in the dictionary ("which parties": Isamaa beside the
/// Conservative People's Party). "which state is Harris a senator from": when an answer is a
/// known instance of the noun ("California", a state), the others ("US", a country) are dropped,
/// but for names the lexicon knows nothing of that have the noun's entity type (a town it lacks).
/// "which firm reported the databases": when no answer is a known instance but one is described
/// with the noun in the corpus ("UpGuard, a cybersecurity firm"), the others ("Facebook") are
/// dropped. When no answer is any of these ("which country": names the lexicon does not know),
/// the table is kept as it is.
enum ClassNounFilter {
    static func filter(_ table: AnswerTable, noun: String, forms: WordForms, source: any FactSource) -> AnswerTable {
        let lemma = folded(forms.nounLemma(noun))
        func isKnownInstance(_ name: String) -> Bool { forms.lexicon.kinds(ofName: name).contains(lemma) }
        // The lexicon's instances first; what the corpus says of a name only when it knows none
        // (one state described as "a state" somewhere must not drop the states the lexicon knows).
        // A name the lexicon knows no kind of, of the noun's entity type, stays beside them: "which
        // towns" keeps Ecatepec, which no list has, beside Tultepec, which one has as a town, and
        // "which parties" keeps Isamaa beside the Conservative People's Party.
        func isUnknownOfTheType(_ name: String) -> Bool {
            guard let type = AnswerTypes.nounClasses[lemma], forms.lexicon.kinds(ofName: name).isEmpty else { return false }
            return source.resolve(name: name).contains { source.entity($0).type == type }
        }
        // Beside names built on the noun, only a made-up name (no word of it in the dictionary):
        // "Parliament" is no party beside the Labour Party.
        func isMadeUp(_ name: String) -> Bool {
            wordsOf(name).allSatisfy { forms.lexicon.wordClasses(ofBaseForm: $0.lowercased())?.isEmpty == true }
        }
        let named = table.rows.contains { isName($0.values[0], builtOn: lemma) }
            ? table.keepingWhereAny { isName($0, builtOn: lemma) || (isMadeUp($0) && isUnknownOfTheType($0)) } : table
        if named.rows.contains(where: { isKnownInstance($0.values[0]) }) {
            return named.keepingWhereAny { isKnownInstance($0) || isUnknownOfTheType($0) }
        }
        return named.keepingWhereAny { isDescribed($0, as: lemma, forms: forms, source: source) }
    }

    /// True when the corpus describes an entity of that name with the noun: an appositive or
    /// copula headed by it ("UpGuard, a cybersecurity firm"). O(the entities' "be" facts).
    static func isDescribed(_ name: String, as lemma: String, forms: WordForms, source: any FactSource) -> Bool {
        for entity in source.resolve(name: name) {
            for id in source.facts(matching: FactPattern(subject: .entity(entity), relation: "be")) {
                guard let head = source.fact(id).object.flatMap({ wordsOf($0.head).last }) else { continue }
                if folded(forms.nounLemma(head)) == lemma { return true }
            }
        }
        return false
    }

    /// A capitalised name with the noun among its words, after any determiner: "José Martí
    /// International Airport" or "the Fridays for Future movement" for "airport" and "movement";
    /// not "the airport" (no name) nor "Havana".
    static func isName(_ text: String, builtOn lemma: String) -> Bool {
        let written = text.split(separator: " ").drop { EnglishWords.determiners.contains($0.lowercased()) }
        guard written.first?.first?.isUppercase == true else { return false }
        return wordsOf(text).map(folded).contains { $0 == lemma || $0 == lemma + "s" }
    }
}
