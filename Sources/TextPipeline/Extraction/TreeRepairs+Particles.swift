/// Repairs to particles the parser reads as adverbs.
extension TreeRepairs {
    /// "Sato takes home US$2.55 million": "home" right after "take" or "bring" with an object after
    /// it is the verb's particle ("take home", to receive), not a place it went to; the parser
    /// reads it as an adverb, which the relation leaves out.
    static func homeTakenForAnAdverb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for home in range where home > range.lowerBound && document.tokens[home].form.lowercased() == "home"
            && document.tokens[home].deprel == "advmod" && Int(document.tokens[home].head) == home - 1
            && ["take", "bring"].contains(document.tokens[home - 1].lemma.lowercased())
            && range.contains(where: { $0 > home && Int(document.tokens[$0].head) == home - 1 && document.tokens[$0].deprel == "obj" }) {
            document.tokens[home].deprel = "compound:prt"
        }
    }
}
