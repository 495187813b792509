import FactModel
import Testing
@testable import TextPipeline

/// Attributions of quotations whatever the parser made of them: the phrase after "said" is a
/// qualifier of the saying ("in a statement"), a quotation torn apart by the parser is still what
/// its speaker said, and a title before the speaker's name is no quotation.
@Suite struct QuotationAttributionTests {
    func attribution(_ text: String) throws -> Fact {
        let facts = try AgentRepairTests.facts(of: text)
        return try #require(facts.first { $0.kind == .attribution }, "\(facts.map { "\($0.subject.text) | \($0.predicate.lemma) | \($0.object?.text ?? "")" })")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func whereItWasSaidIsAQualifierNotWhatWasSaid() throws {
        let text = "Vaccine\n\n\"A vaccine that is not potent is not a vaccine we are willing to sell, whatever it costs us,\" she said in a video message to staff.\n"
        let facts = try AgentRepairTests.facts(of: text)
        #expect(!facts.contains { $0.predicate.lemma == "say" && $0.object?.text.contains("video") == true })
        let said = try attribution(text)
        #expect(said.object?.text == "A vaccine that is not potent is not a vaccine we are willing to sell, whatever it costs us")
        #expect(said.qualifiers.map { "\($0.marker)=\($0.argument.text)" } == ["in=a video message to staff"])
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aQuotationTheParserToreApartIsStillWhatWasSaid() throws {
        let said = try attribution("""
            Strike

            "We are striking because we can no longer look after them properly," the union's president, Lina Sousa, 47, \
            told reporters outside the main entrance, where about 400 nurses had gathered.

            """)
        #expect(said.subject.text == "Lina Sousa")
        #expect(said.object?.text == "We are striking because we can no longer look after them properly")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aTitleBeforeTheSpeakersNameIsTheSubject() throws {
        let text = "Recall\n\nAnvaya's chief executive, Dr. Meera Rao, 56, said no patient was known to have been harmed.\n"
        let said = try attribution(text)
        #expect(said.object?.text == "no patient was known to have been harmed")
        let facts = try AgentRepairTests.facts(of: text)
        #expect(facts.contains { $0.kind == .title && $0.subject.text.contains("Meera Rao") && $0.predicate.lemma == "chief executive" })
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aSubjectBeforeAnInterposedSayClauseIsWhatItSays() throws {
        let text = "Ferry\n\nOrtega, she said, was the last person to leave the ship.\n"
        let said = try attribution(text)
        #expect(said.object?.text == "Ortega was the last person to leave the ship")
        let facts = try AgentRepairTests.facts(of: text)
        #expect(facts.contains { $0.subject.text == "Ortega" && $0.object?.text == "the last person to leave the ship" })
    }
}
