import FactModel
import Testing
@testable import TextPipeline

/// "Vance, a minister and former Army colonel,": each common noun of a coordinated apposition
/// describes the name.
@Suite struct CoordinatedDescriptionTests {
    @Test func eachCoordinatedNounDescribesTheName() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Vance Vance PROPN NNP 11 nsubj
            2 , , PUNCT , 4 punct
            3 a a DET DT 4 det
            4 minister minister NOUN NN 1 appos
            5 and and CCONJ CC 8 cc
            6 former former ADJ JJ 8 amod
            7 Army Army PROPN NNP 8 compound
            8 colonel colonel NOUN NN 4 conj
            9 , , PUNCT , 4 punct
            10 has have AUX VBZ 11 aux
            11 retired retire VERB VBN 0 root
            12 . . PUNCT . 11 punct
            """, entities: [("Vance", .person)])
        let described = facts.filter { $0.kind == .appositive && $0.subject.text == "Vance" }.compactMap { $0.object?.text }
        #expect(described.contains("a minister") && described.contains("former Army colonel"), "\(facts.map(\.compact))")
    }
}
