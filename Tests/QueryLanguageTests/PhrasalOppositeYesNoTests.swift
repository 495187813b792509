import FactModel
import Testing
@testable import QueryLanguage

/// A yes/no question answered no by a phrasal opposite ("was called off" for "succeed"), by a
/// court undoing a decision ("quashed" for "uphold"), and a long description named by all its
/// words but one ("the first launch attempt" told as "A first attempt").
@Suite struct PhrasalOppositeYesNoTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        _ = source.sentence("A first attempt on Friday was called off ten seconds before liftoff.")
        _ = source.sentence("The second attempt lifted off on Monday.", document: 1)
        _ = source.sentence("The judge quashed the agreement on Tuesday.", document: 2)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func aPhrasalVerbSaysNo() {
        #expect(answers("did the first launch attempt succeed") == ["no"])
    }

    @Test func aQuashedAgreementWasNotUpheld() {
        #expect(answers("did the judge uphold the agreement") == ["no"])
    }

}
