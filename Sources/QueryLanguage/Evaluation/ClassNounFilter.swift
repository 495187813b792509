/// "which airport is exempt from the restrictions": when an answer is a name built on the asked
/// noun ("José Martí International Airport"), the answers that are not ("Mike Pompeo", read from
/// the same sentence) are dropped. When no answer is such a name ("which country": "France"),
/// the table is kept as it is.
enum ClassNounFilter {
    static func filter(_ table: AnswerTable, noun: String, forms: WordForms) -> AnswerTable {
        let lemma = folded(forms.nounLemma(noun))
        return table.keepingWhereAny { isName($0, builtOn: lemma) }
    }

    /// A capitalised name with the noun among its words: "José Martí International Airport" for
    /// "airport"; not "the airport" (no name) nor "Havana".
    static func isName(_ text: String, builtOn lemma: String) -> Bool {
        guard text.first?.isUppercase == true else { return false }
        return wordsOf(text).map(folded).contains { $0 == lemma || $0 == lemma + "s" }
    }
}
