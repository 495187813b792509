/// "Maroochydore defeated Caboolture 43–5": the parser hung the beaten side on the score ("43",
/// an unmarked oblique of the verb), so the verb had no object and nobody was defeated. A proper
/// name right after a verb without an object, hung on a number after it that hangs on the
/// verb, is the verb's object; the number stays the verb's.
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
                  !range.contains(where: { head($0) == verb && document.tokens[$0].deprel == "obj" }) else { continue }
            document.tokens[name].head = Int32(verb)
            document.tokens[name].deprel = "obj"
        }
    }
}
