import Testing
import FactModel
@testable import TextPipeline

/// A subject pronoun in a later clause stands for the subject of the clause it hangs under
/// (`SubjectPronouns.swift`), over hand-built trees of our own sentences.
@Suite struct SubjectPronounTests {
    @Test func itInAnAdverbialClauseIsTheMainSubject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 battalion battalion NOUN NN 3 nsubj
            3 waited wait VERB VBD 0 root
            4 until until ADP IN 6 case
            5 the the DET DT 6 det
            6 thaw thaw NOUN NN 3 obl
            7 , , PUNCT , 10 punct
            8 when when ADV WRB 10 advmod
            9 it it PRON PRP 10 nsubj
            10 crossed cross VERB VBD 6 acl:relcl
            11 the the DET DT 12 det
            12 river river NOUN NN 10 obj
            13 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(The battalion; crossed; the river)"), "\(facts.map(\.compact))")
    }

    /// "Garuda Indonesia and Lion Air said they had suspended flights": the parser hung the
    /// second name on the first name's last word (`TreeRepairs.conjunctHungOnAFlatName`);
    /// "they" stands for each of them.
    @Test func theyAfterNamesCoordinatedUnderAFlatNameIsBoth() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Kora Kora PROPN NNP 6 nsubj
            2 Airways Airways PROPN NNP 1 flat
            3 and and CCONJ CC 4 cc
            4 Lion Lion PROPN NNP 2 conj
            5 Air Air PROPN NNP 4 flat
            6 said say VERB VBD 0 root
            7 they they PRON PRP 9 nsubj
            8 had have AUX VBD 9 aux
            9 suspended suspend VERB VBN 6 ccomp
            10 flights flight NOUN NNS 9 obj SpaceAfter=No
            11 . . PUNCT . 6 punct
            """, entities: [("Kora Airways", .organization), ("Lion Air", .organization)])
        #expect(compact(facts).isSuperset(of: ["(Kora Airways; had suspended; flights)", "(Lion Air; had suspended; flights)"]),
                "\(facts.map(\.compact))")
    }

    /// "His sister said that he left the town.": a noun for a woman is no "he".
    @Test func aNounForAWomanIsNoHeAndForAManNoShe() {
        func leaving(_ noun: String, _ pronoun: String) -> Set<String> {
            compact(ExtractionTreeBuilder.facts("""
                1 His his PRON PRP$ 2 nmod:poss
                2 \(noun) \(noun) NOUN NN 3 nsubj
                3 said say VERB VBD 0 root
                4 that that SCONJ IN 6 mark
                5 \(pronoun) \(pronoun) PRON PRP 6 nsubj
                6 left leave VERB VBD 3 ccomp
                7 the the DET DT 8 det
                8 town town NOUN NN 6 obj
                9 . . PUNCT . 3 punct
                """))
        }
        #expect(!leaving("sister", "he").contains("(His sister; left; the town)"), "\(leaving("sister", "he"))")
        #expect(!leaving("brother", "she").contains("(His brother; left; the town)"), "\(leaving("brother", "she"))")
        #expect(leaving("brother", "he").contains("(His brother; left; the town)"), "\(leaving("brother", "he"))")
    }

    @Test func heAfterACoordinatorIsThePersonBefore() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Cole Cole PROPN NNP 2 nsubj
            2 hired hire VERB VBD 0 root
            3 guides guide NOUN NNS 2 obj
            4 , , PUNCT , 7 punct
            5 and and CCONJ CC 7 cc
            6 he he PRON PRP 7 nsubj
            7 found find VERB VBD 2 conj
            8 the the DET DT 9 det
            9 pass pass NOUN NN 7 obj
            10 . . PUNCT . 2 punct
            """, entities: [("Cole", .person)])
        #expect(compact(facts).contains("(Cole; found; the pass)"), "\(facts.map(\.compact))")
    }

    @Test func theyInTheMainClauseIsTheSubjectOfTheFrontedClauseBefore() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Although although SCONJ IN 4 mark
            2 the the DET DT 3 det
            3 farms farm NOUN NNS 4 nsubj
            4 flooded flood VERB VBD 7 advcl
            5 , , PUNCT , 4 punct
            6 they they PRON PRP 7 nsubj
            7 kept keep VERB VBD 0 root
            8 their their PRON PRP$ 9 nmod:poss
            9 herds herd NOUN NNS 7 obj
            10 . . PUNCT . 7 punct
            """)
        #expect(compact(facts).contains("(the farms; kept; their herds)"), "\(facts.map(\.compact))")
    }

    @Test func heStandsForANameOfNoKnownClass() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Tolvar Tolvar PROPN NNP 2 nsubj
            2 said say VERB VBD 0 root
            3 he he PRON PRP 5 nsubj
            4 would will AUX MD 5 aux
            5 return return VERB VB 2 ccomp
            6 in in ADP IN 7 case
            7 spring spring NOUN NN 5 obl
            8 . . PUNCT . 2 punct
            """)
        #expect(compact(facts).contains("(Tolvar; would return; in: spring)"), "\(facts.map(\.compact))")
    }

    @Test func aRepeatedPronounStandsForTheAntecedentOfTheFirst() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Lena Lena PROPN NNP 2 nsubj
            2 sang sing VERB VBD 0 root
            3 , , PUNCT , 6 punct
            4 then then ADV RB 6 advmod
            5 she she PRON PRP 6 nsubj
            6 danced dance VERB VBD 2 conj
            7 , , PUNCT , 10 punct
            8 and and CCONJ CC 10 cc
            9 she she PRON PRP 10 nsubj
            10 won win VERB VBD 6 conj
            11 prizes prize NOUN NNS 10 obj
            12 . . PUNCT . 2 punct
            """, entities: [("Lena", .person)])
        #expect(compact(facts).contains("(Lena; won; prizes)"), "\(facts.map(\.compact))")
    }

    @Test func anAgreeingObjectBetweenLeavesThePronoun() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 crew crew NOUN NN 3 nsubj
            3 repaired repair VERB VBD 0 root
            4 the the DET DT 5 det
            5 pump pump NOUN NN 3 obj
            6 before before SCONJ IN 8 mark
            7 it it PRON PRP 8 nsubj
            8 flooded flood VERB VBD 3 advcl
            9 the the DET DT 10 det
            10 hold hold NOUN NN 8 obj
            11 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(it; flooded; the hold)"), "\(facts.map(\.compact))")
    }

    @Test func aPronounThatDisagreesStays() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 senators senator NOUN NNS 3 nsubj
            3 left leave VERB VBD 0 root
            4 after after SCONJ IN 6 mark
            5 it it PRON PRP 6 nsubj
            6 ended end VERB VBD 3 advcl
            7 the the DET DT 8 det
            8 debate debate NOUN NN 6 obj
            9 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(it; ended; the debate)"), "\(facts.map(\.compact))")
    }
}
