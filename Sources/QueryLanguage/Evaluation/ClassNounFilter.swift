/// "which airport is exempt from the restrictions": when an answer is a name built on the asked
/// noun ("José Martí International Airport"), the answers that are not ("Mike Pompeo", read from
/// the same sentence) are dropped. "which state is Harris a senator from": when an answer is a
/// known instance of the noun ("California", a state), the others ("US", a country) are dropped.
/// When no answer is either ("which country": names the lexicon does not know), the table is
/// kept as it is.
enum ClassNounFilter {
    static func filter(_ table: AnswerTable, noun: String, forms: WordForms) -> AnswerTable {
        let lemma = folded(forms.nounLemma(noun))
        return table
            .keepingWhereAny { isName($0, builtOn: lemma) }
            .keepingWhereAny { forms.lexicon.kinds(ofName: $0).contains(lemma) }
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
