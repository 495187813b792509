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
                // Only a score ("43–5") is so read: "bought Apple 500 shares" keeps its object.
                guard isScore(number, range, document) else { continue }
                document.tokens[number].deprel = "obl:unmarked"
            }
            document.tokens[name].head = Int32(verb)
            document.tokens[name].deprel = "obj"
        }
    }

    /// A number joined to the next by a dash, as a score is written: "43–5", "2-1".
    static func isScore(_ number: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Bool {
        number + 2 < range.upperBound && ["-", "–", "—"].contains(document.tokens[number + 1].form)
            && document.tokens[number + 2].upos == "NUM" && !document.tokens[number].spaceAfter
    }
}
