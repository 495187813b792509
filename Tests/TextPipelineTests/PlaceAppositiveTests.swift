import Testing
import FactModel
@testable import TextPipeline

/// A place name in apposition to another name locates it (`PlaceAppositives.swift`), over
/// hand-built trees of our own sentences.
@Suite struct PlaceAppositiveTests {
    @Test func aStateAfterACityLocatesTheCity() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 firm firm NOUN NN 3 nsubj
            3 moved move VERB VBD 0 root
            4 to to ADP IN 5 case
            5 Dayton Dayton PROPN NNP 3 obl
            6 , , PUNCT , 7 punct
            7 Ohio Ohio PROPN NNP 5 appos
            8 . . PUNCT . 3 punct
            """, entities: [("Dayton", .place), ("Ohio", .place)])
        #expect(compact(facts).contains("copula (Dayton; be in; Ohio)"), "\(facts.map(\.compact))")
        #expect(!compact(facts).contains("appositive (Dayton; be; Ohio)"), "\(facts.map(\.compact))")
    }

    @Test func aDescribedPlaceIsStillAnAppositive() {
        let facts = ExtractionTreeBuilder.facts("""
            1 They they PRON PRP 2 nsubj
            2 visited visit VERB VBD 0 root
            3 Dayton Dayton PROPN NNP 2 obj
            4 , , PUNCT , 6 punct
            5 a a DET DT 6 det
            6 city city NOUN NN 3 appos
            7 in in ADP IN 8 case
            8 Ohio Ohio PROPN NNP 6 nmod
            9 . . PUNCT . 2 punct
            """, entities: [("Dayton", .place), ("Ohio", .place)])
        #expect(compact(facts).contains("appositive (Dayton; be; a city in Ohio)"), "\(facts.map(\.compact))")
    }
}
