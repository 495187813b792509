import FactModel
import Testing
@testable import TextPipeline

/// "described the film as a quiet film that shouts about the things we are losing": what it was
/// called keeps its relative clause (`SentenceTree.descriptionSpan`); other phrases do not.
@Suite struct DescriptionSpanTests {
    static let tree = """
        1 Lindholm Lindholm PROPN NNP 2 nsubj
        2 described describe VERB VBD 0 root
        3 the the DET DT 4 det
        4 film film NOUN NN 2 obj
        5 as as ADP IN 8 case
        6 a a DET DT 8 det
        7 quiet quiet ADJ JJ 8 amod
        8 film film NOUN NN 2 obl
        9 that that PRON WDT 10 nsubj
        10 shouts shout VERB VBZ 8 acl:relcl
        11 about about ADP IN 13 case
        12 the the DET DT 13 det
        13 things thing NOUN NNS 10 obl SpaceAfter=No
        14 . . PUNCT . 2 punct
        """

    @Test func whatSomethingIsCalledKeepsItsRelativeClause() {
        let facts = ExtractionTreeBuilder.facts(Self.tree, entities: [("Lindholm", .person)])
        #expect(compact(facts).contains("(Lindholm; described; the film; as: a quiet film that shouts about the things)"), "\(facts.map(\.compact))")
    }

    @Test func anotherVerbsAsPhraseIsCutAtItsRelativeClause() {
        let facts = ExtractionTreeBuilder.facts(Self.tree.replacingOccurrences(of: "described describe", with: "filmed film"),
                                                entities: [("Lindholm", .person)])
        #expect(compact(facts).contains("(Lindholm; filmed; the film; as: a quiet film)"), "\(facts.map(\.compact))")
    }
}
