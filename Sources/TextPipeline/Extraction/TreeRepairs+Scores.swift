/// "Maroochydore defeated Caboolture 43–5": the parser hung the beaten side on the score ("43",
/// an unmarked oblique of the verb), so the verb had no object and nobody was defeated. A proper
/// name right after a verb without an object, hung on a number after it that hangs on the
/// verb, is the verb's object; the number stays the verb's. When the parser made the score
/// itself the object ("defeated Caboolture 43–5" with "43" as `obj`), the score becomes an
/// unmarked oblique.
extension TreeRepairs {
    static func objectTakenForAScoreModifier(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for name in range.dropFirst() where document.tokens[name].upos == "PROPN" {
            // The name's first word: "Sunshine Coast" starts at "Sunshine".
            var start = name
            while start - 1 > range.lowerBound, head(start - 1) == name { start -= 1 }
            let number = head(name), verb = start - 1
            guard range.contains(number), number > name, document.tokens[number].upos == "NUM",
                  head(number) == verb, document.tokens[verb].upos == "VERB",
                  document.tokens[name].deprel.hasPrefix("nmod") || document.tokens[name].deprel == "compound",
                  !range.contains(where: { head($0) == verb && document.tokens[$0].deprel == "obj" && $0 != number }) else { continue }
            if document.tokens[number].deprel == "obj" {
                // Only a score ("43–5") is so read: "bought Acme 500 yesterday" keeps its object.
                guard startsAScore(number, document) else { continue }
                document.tokens[number].deprel = "obl:unmarked"
            }
            document.tokens[name].head = Int32(verb)
            document.tokens[name].deprel = "obj"
        }
    }

    /// Whether the number starts a score the value recognizer read ("43–5", "45 points to 24").
    /// O(spans).
    static func startsAScore(_ number: Int, _ document: AnnotatedDocument) -> Bool {
        document.spans.contains { span in
            if span.tokens.lowerBound == number, case .value(.score) = span.type { return true }
            return false
        }
    }
}
