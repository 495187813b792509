import Testing
import FactModel
@testable import TextPipeline

/// A name in apposition to a role "of/to" an organization names the role's holder
/// (`TreeRepairs+RoleAppositions.swift`), over hand-built trees of our own sentences shaped as the
/// bundled parser misparses them.
@Suite struct RoleAppositionRepairTests {
    /// "The trade envoy to the European Union, Mara Quist, signed the deal." with the name hung on
    /// "Union" (the organization), as the parser does.
    static let nameOnTheOrganization = """
        1 The the DET DT 3 det
        2 trade trade NOUN NN 3 compound
        3 envoy envoy NOUN NN 13 nsubj
        4 to to ADP IN 7 case
        5 the the DET DT 7 det
        6 European European PROPN NNP 7 compound
        7 Union Union PROPN NNP 3 nmod
        8 , , PUNCT , 9 punct
        9 Mara Mara PROPN NNP 7 appos
        10 Quist Quist PROPN NNP 9 flat
        11 , , PUNCT , 3 punct
        12 has have AUX VBZ 13 aux
        13 signed sign VERB VBN 0 root
        14 the the DET DT 15 det
        15 deal deal NOUN NN 13 obj
        16 . . PUNCT . 13 punct
        """

    @Test func theNameMovesFromTheOrganizationToTheRole() {
        let facts = ExtractionTreeBuilder.facts(Self.nameOnTheOrganization, entities: [("European Union", .organization)])
        let found = compact(facts)
        #expect(found.contains("appositive (Mara Quist; be; The trade envoy to the European Union)"), "\(facts.map(\.compact))")
        #expect(!found.contains { $0.contains("(Mara Quist; be; the European Union)") || $0.contains("(the European Union; be; Mara Quist)") },
                "\(facts.map(\.compact))")
    }

    @Test func aPlaceAfterAPlaceStaysWhereItIs() {
        // "The mayor of Lyon, France, opened the fair.": "France" says where Lyon is.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 mayor mayor NOUN NN 8 nsubj
            3 of of ADP IN 4 case
            4 Lyon Lyon PROPN NNP 2 nmod
            5 , , PUNCT , 6 punct
            6 France France PROPN NNP 4 appos
            7 , , PUNCT , 2 punct
            8 opened open VERB VBD 0 root
            9 the the DET DT 10 det
            10 fair fair NOUN NN 8 obj
            11 . . PUNCT . 8 punct
            """, entities: [("Lyon", .place), ("France", .place)])
        #expect(!compact(facts).contains("(France; opened; the fair)"), "\(facts.map(\.compact))")
    }

    @Test func aRoleTakenForTheComplementOfSaidIsTheSubject() {
        // "The chief spokesperson for the union, Dana Ortiz, said talks had failed." with the role as
        // the complement of "said" and the name its subject, as the parser does.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 3 det
            2 chief chief ADJ JJ 3 amod
            3 spokesperson spokesperson NOUN NN 11 ccomp
            4 for for ADP IN 6 case
            5 the the DET DT 6 det
            6 union union NOUN NN 3 nmod
            7 , , PUNCT , 3 punct
            8 Dana Dana PROPN NNP 11 nsubj
            9 Ortiz Ortiz PROPN NNP 8 flat
            10 , , PUNCT , 8 punct
            11 said say VERB VBD 0 root
            12 talks talk NOUN NNS 14 nsubj
            13 had have AUX VBD 14 aux
            14 failed fail VERB VBN 11 ccomp
            15 . . PUNCT . 11 punct
            """, entities: [("Dana Ortiz", .person)])
        let found = compact(facts)
        #expect(found.contains("appositive (Dana Ortiz; be; The chief spokesperson for the union)"), "\(facts.map(\.compact))")
        #expect(facts.contains { $0.subject.text == "Dana Ortiz" && $0.predicate.surface == "said" }, "\(facts.map(\.compact))")
    }
}
