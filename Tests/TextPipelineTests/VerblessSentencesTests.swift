import Testing
@testable import TextPipeline

/// `VerblessSentences`: a sentence tagged without a finite verb gets its "-s" verb back.
@Suite struct VerblessSentencesTests {
    private let verbs: Set<String> = ["own", "rely", "plan", "grow"]

    private func index(_ words: [(String, String, String)]) -> Int? {
        VerblessSentences.verbIndex(
            forms: words.map(\.0), xpos: words.map(\.1), upos: words.map(\.2), isVerbStem: verbs.contains)
    }

    /// "The bakery owns three trucks ." tagged with "owns" as a plural noun: it is the verb.
    @Test func pluralNounAfterTheSubjectIsTheVerb() {
        #expect(index([
            ("The", "DT", "DET"), ("bakery", "NN", "NOUN"), ("owns", "NNS", "NOUN"), ("three", "CD", "NUM"),
            ("trucks", "NNS", "NOUN"), (".", ".", "PUNCT"),
        ]) == 2)
    }

    /// A headline, with no sentence mark, keeps its tags: "Bakery owns three trucks"
    @Test func headlineIsLeftAlone() {
        #expect(index([("Bakery", "NN", "NOUN"), ("owns", "NNS", "NOUN"), ("three", "CD", "NUM"), ("trucks", "NNS", "NOUN")]) == nil)
    }

    /// A sentence with a finite verb keeps its tags: "The bakery owns trucks , Ruiz says ."
    @Test func sentenceWithAFiniteVerbIsLeftAlone() {
        #expect(index([
            ("The", "DT", "DET"), ("bakery", "NN", "NOUN"), ("owns", "NNS", "NOUN"), ("trucks", "NNS", "NOUN"),
            (",", ",", "PUNCT"), ("Ruiz", "NNP", "PROPN"), ("says", "VBZ", "VERB"), (".", ".", "PUNCT"),
        ]) == nil)
    }

    /// A finite verb after a coordinator continues a first predicate, whose verb the "-s" word
    /// is: "The bakery also owns trucks and plans more ."
    @Test func aVerbBeforeACoordinatedFiniteVerbIsTheFirstPredicate() {
        #expect(index([
            ("The", "DT", "DET"), ("bakery", "NN", "NOUN"), ("also", "RB", "ADV"), ("owns", "NNS", "NOUN"),
            ("trucks", "NNS", "NOUN"), ("and", "CC", "CCONJ"), ("plans", "VBZ", "VERB"), ("more", "JJR", "ADJ"),
            (".", ".", "PUNCT"),
        ]) == 3)
    }

    /// ... unless a participle between the word and the coordinated verb is the first predicate's
    /// verb ("deals numbered 51 and totaled $ 17 billion"): the word stays a noun.
    @Test func aParticipleBeforeTheCoordinatedVerbKeepsTheNoun() {
        #expect(index([
            ("The", "DT", "DET"), ("bakery", "NN", "NOUN"), ("owns", "NNS", "NOUN"), ("grew", "VBN", "VERB"),
            ("5", "CD", "NUM"), ("%", "NN", "NOUN"), ("and", "CC", "CCONJ"), ("plans", "VBZ", "VERB"),
            ("more", "JJR", "ADJ"), (".", ".", "PUNCT"),
        ]) == nil)
    }

    /// A noun after a preposition is no verb ("Trucks for the bakery owns ..." has no subject
    /// phrase before "owns"), nor a noun whose verb follows as a participle that ends its phrase
    /// ("Delivery plans grown in May", the verb misread).
    @Test func nounBeforeAParticipleOrAfterAPrepositionStaysANoun() {
        #expect(index([
            ("Trucks", "NNS", "NOUN"), ("for", "IN", "ADP"), ("the", "DT", "DET"), ("bakery", "NN", "NOUN"),
            ("owns", "NNS", "NOUN"), ("bread", "NN", "NOUN"), (".", ".", "PUNCT"),
        ]) == nil)
        #expect(index([
            ("Delivery", "NN", "NOUN"), ("plans", "NNS", "NOUN"), ("grown", "VBN", "VERB"), ("in", "IN", "ADP"),
            ("May", "NNP", "PROPN"), (".", ".", "PUNCT"),
        ]) == nil)
    }

    /// "Fresh bread relies ..." needs a verb stem: "The bakery trucks ." has none ("truck" is not
    /// in this lexicon), and a noun after an adjective is no verb: "The new plans ."
    @Test func needsAVerbStemAndASubjectBeforeIt() {
        #expect(index([
            ("The", "DT", "DET"), ("bakery", "NN", "NOUN"), ("trucks", "NNS", "NOUN"), ("here", "RB", "ADV"), (".", ".", "PUNCT"),
        ]) == nil)
        #expect(index([
            ("The", "DT", "DET"), ("new", "JJ", "ADJ"), ("plans", "NNS", "NOUN"), ("here", "RB", "ADV"), (".", ".", "PUNCT"),
        ]) == nil)
        #expect(index([
            ("Fresh", "JJ", "ADJ"), ("bread", "NN", "NOUN"), ("relies", "NNS", "NOUN"), ("on", "IN", "ADP"),
            ("flour", "NN", "NOUN"), (".", ".", "PUNCT"),
        ]) == 2)
    }
}

/// `VerblessSentences.participleIndex`: a clause tagged with a participle where its verb is.
@Suite struct VerblessParticipleTests {
    private func index(_ words: [(String, String, String)]) -> Int? {
        VerblessSentences.participleIndex(forms: words.map(\.0), xpos: words.map(\.1), upos: words.map(\.2))
    }

    /// "A local councillor , Jo Marsh , also commented on the plan : " It works . "" with
    /// "commented" tagged VBN: the quotation's own verb does not count.
    @Test func aParticipleAfterTheSubjectBeforeAQuotationIsTheVerb() {
        #expect(index([
            ("A", "DT", "DET"), ("local", "JJ", "ADJ"), ("councillor", "NN", "NOUN"), (",", ",", "PUNCT"),
            ("Jo", "NNP", "PROPN"), ("Marsh", "NNP", "PROPN"), (",", ",", "PUNCT"), ("also", "RB", "ADV"),
            ("commented", "VBN", "VERB"), ("on", "IN", "ADP"), ("the", "DT", "DET"), ("plan", "NN", "NOUN"),
            (":", ":", "PUNCT"), ("\"", "``", "PUNCT"), ("It", "PRP", "PRON"), ("works", "VBZ", "VERB"),
            (".", ".", "PUNCT"), ("\"", "''", "PUNCT"),
        ]) == 8)
    }

    /// "The man arrested yesterday was charged .": the clause has its finite verb.
    @Test func aReducedRelativeBeforeTheVerbStays() {
        #expect(index([
            ("The", "DT", "DET"), ("man", "NN", "NOUN"), ("arrested", "VBN", "VERB"), ("yesterday", "NN", "NOUN"),
            ("was", "VBD", "AUX"), ("charged", "VBN", "VERB"), (".", ".", "PUNCT"),
        ]) == nil)
    }

    /// "Three people injured by the blast ." is a reduced passive, not a clause.
    @Test func aParticipleBeforeByStays() {
        #expect(index([
            ("Three", "CD", "NUM"), ("people", "NNS", "NOUN"), ("injured", "VBN", "VERB"), ("by", "IN", "ADP"),
            ("the", "DT", "DET"), ("blast", "NN", "NOUN"), (".", ".", "PUNCT"),
        ]) == nil)
    }
}

extension VerblessParticipleTests {
    /// "In a statement on Monday , Ana Ruiz , a spokeswoman , blamed the council ." with
    /// "blamed" tagged VBN: a fronted prepositional phrase before the subject.
    @Test func aParticipleAfterAFrontedPhraseAndTheSubjectIsTheVerb() {
        #expect(VerblessSentences.participleIndex(
            forms: ["In", "a", "statement", "on", "Monday", ",", "Ana", "Ruiz", ",", "a", "spokeswoman", ",", "blamed", "the", "council", "."],
            xpos: ["IN", "DT", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "DT", "NN", ",", "VBN", "DT", "NN", "."],
            upos: ["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"])
            == 12)
    }
}
