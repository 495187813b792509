import Testing
import FactModel
@testable import TextPipeline

/// "Richard and Lisa Parry": two given names sharing the surname written after the second are
/// two people (`surnameSharedByCoordinatedGivenNames`).
@Suite struct SharedSurnameTests {
    @Test func theSurnameAfterTheSecondGivenNameIsItsOwn() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Omar Omar PROPN NNP 5 nsubj
            2 and and CCONJ CC 3 cc
            3 Nadia Nadia PROPN NNP 1 conj
            4 Haddad Haddad PROPN NNP 1 flat
            5 opened open VERB VBD 0 root
            6 a a DET DT 7 det
            7 bakery bakery NOUN NN 5 obj
            8 . . PUNCT . 5 punct
            """, entities: [("Omar", .person), ("Nadia Haddad", .person)])
        #expect(compact(facts).contains("(Omar; opened; a bakery)"), "\(facts.map(\.compact))")
        #expect(compact(facts).contains("(Nadia Haddad; opened; a bakery)"), "\(facts.map(\.compact))")
    }
}
