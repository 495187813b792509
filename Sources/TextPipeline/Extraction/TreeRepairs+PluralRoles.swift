/// Repairs to names written right after a plural role noun they share.
extension TreeRepairs {
    /// "opposed by council members Samuel Adeyemi and Priya Raman", "Lawyers Ana Ruiz and Pedro
    /// Gil represented the family": a plural role noun right before coordinated names, with no
    /// comma between, is a title the names share. The parser hung the first name on the noun as an
    /// apposition, or made noun and name two subjects of one verb, so the role noun was the
    /// argument and the names never were. The first name takes the noun's place (its relation,
    /// head and preposition) and the noun becomes the name's title modifier (`nmod:desc`); the
    /// other names stay its conjuncts, so each gets the fact.
    static func namesAfterAPluralRole(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for role in range where document.tokens[role].upos == "NOUN" && document.tokens[role].xpos == "NNS" {
            let name = role + 1
            guard range.contains(name), document.tokens[name].upos == "PROPN",
                  ExtractionLexicon.isPersonNoun(document.tokens[role].lemma.lowercased()),
                  let nameHead = headOfName(startingAt: name, range, document) else { continue }
            let apposed = head(nameHead) == role && document.tokens[nameHead].deprel == "appos"
            let sibling = head(nameHead) == head(role) && document.tokens[nameHead].deprel == document.tokens[role].deprel
            // Several names: a plural noun with one name after it is rarely its title.
            let coordinated = range.contains { head($0) == nameHead && document.tokens[$0].deprel == "conj" && document.tokens[$0].upos == "PROPN" }
            guard apposed || sibling, coordinated else { continue }
            document.tokens[nameHead].head = document.tokens[role].head
            document.tokens[nameHead].deprel = document.tokens[role].deprel
            for marker in range where head(marker) == role && document.tokens[marker].deprel == "case" {
                document.tokens[marker].head = Int32(nameHead)
            }
            document.tokens[role].head = Int32(nameHead)
            document.tokens[role].deprel = "nmod:desc"
        }
    }

    /// The word of the name starting at `start` that heads it: the one whose head lies outside the
    /// run of proper nouns joined by `flat`, `compound` or `nmod:desc`. Nil when the run has no
    /// single such word.
    private static func headOfName(startingAt start: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Int? {
        var end = start
        while range.contains(end + 1), document.tokens[end + 1].upos == "PROPN",
              ["flat", "compound", "nmod:desc"].contains(document.tokens[end + 1].deprel) || Int(document.tokens[end].head) == end + 1 {
            end += 1
        }
        return document.headWord(of: start..<end + 1)
    }
}
