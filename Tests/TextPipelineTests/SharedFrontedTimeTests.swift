import Testing
import FactModel
@testable import TextPipeline

/// A verb conjunct that borrows its subject also takes the time fronted before that subject
/// (`SharedFrontedTimes.swift`), over hand-built trees of our own sentences.
@Suite struct SharedFrontedTimeTests {
    /// "In 1902 , Hale sold the farm and bought a mill ."
    let tree = """
        1 In in ADP IN 2 case
        2 1902 1902 NUM CD 5 obl
        3 , , PUNCT , 2 punct
        4 Hale Hale PROPN NNP 5 nsubj
        5 sold sell VERB VBD 0 root
        6 the the DET DT 7 det
        7 farm farm NOUN NN 5 obj
        8 and and CCONJ CC 9 cc
        9 bought buy VERB VBD 5 conj
        10 a a DET DT 11 det
        11 mill mill NOUN NN 9 obj
        12 . . PUNCT . 5 punct
        """

    @Test func theConjunctTakesTheFrontedYear() {
        let facts = ExtractionTreeBuilder.facts(tree, entities: [("Hale", .person)])
        #expect(compact(facts).contains("(Hale; sold; the farm; in: 1902)"), "\(facts.map(\.compact))")
        #expect(compact(facts).contains("(Hale; bought; a mill; in: 1902)"), "\(facts.map(\.compact))")
    }

    @Test func aConjunctWithItsOwnTimeKeepsIt() {
        let facts = ExtractionTreeBuilder.facts("""
            1 In in ADP IN 2 case
            2 1902 1902 NUM CD 5 obl
            3 , , PUNCT , 2 punct
            4 Hale Hale PROPN NNP 5 nsubj
            5 sold sell VERB VBD 0 root
            6 the the DET DT 7 det
            7 farm farm NOUN NN 5 obj
            8 and and CCONJ CC 9 cc
            9 bought buy VERB VBD 5 conj
            10 a a DET DT 11 det
            11 mill mill NOUN NN 9 obj
            12 in in ADP IN 13 case
            13 1905 1905 NUM CD 9 obl
            14 . . PUNCT . 5 punct
            """, entities: [("Hale", .person)])
        #expect(compact(facts).contains("(Hale; bought; a mill; in: 1905)"), "\(facts.map(\.compact))")
    }
}
