import FactModel
import Testing
@testable import QueryLanguage

/// "how many delegates did Ruiz win": the asked noun matches the fact's object ("12 delegates"),
/// and the number written before it answers from the fact (`FactMatcher`), not from the sentence.
@Suite struct CountedObjectTests: AsksQuestions {
    static func makeCaucusStory() -> FakeFactSource {
        let source = FakeFactSource()
        let ruiz = source.entity("Ana Ruiz", .person, aliases: ["Ruiz"])
        let delegates = source.entity("delegates", .group)
        let ohio = source.entity("Ohio", .place)
        let s0 = source.sentence("Ana Ruiz won 12 delegates in Ohio.", mentions: [
            ("Ana Ruiz", .entity(.person), ruiz), ("12", .value(.number), nil), ("Ohio", .entity(.place), ohio)])
        source.add(Argument(text: "Ana Ruiz", head: "Ana Ruiz", entity: ruiz), "win",
                   Argument(text: "12 delegates", head: "delegates", entity: delegates,
                            value: TypedValue(kind: .number, text: "12", normalized: "12", amount: 12)),
                   qualifiers: [Qualifier(marker: "in", argument: Argument(text: "Ohio", head: "Ohio", entity: ohio))], at: s0)
        return source
    }

    let engine = QueryEngine(source: makeCaucusStory(), lexicon: FakeLexicon())

    @Test func theCountOfTheMatchedObjectAnswersFromTheFact() {
        guard case .success(let table)? = engine.run("how many delegates did Ruiz win in Ohio").first else {
            Issue.record("the question failed")
            return
        }
        #expect(table.rows.map { $0.values[0] } == ["12"])
        #expect(table.rows.first?.evidence.first?.fromSentence == false)
    }
}

/// "where did the protest begin" against (the protest; began outside; the Council Complex): a
/// building named after a locative preposition is where it happened.
@Suite struct LocativeMarkerTests: AsksQuestions {
    static func makeProtestStory() -> FakeFactSource {
        let source = FakeFactSource()
        let complex = source.entity("Council Complex", .organization)
        let s0 = source.sentence("The protest began outside the Council Complex.", mentions: [
            ("Council Complex", .entity(.organization), complex)])
        source.add(Argument(text: "The protest", head: "protest"), "begin",
                   Argument(text: "the Council Complex", head: "Council Complex", entity: complex), surface: "began outside", at: s0)
        return source
    }

    let engine = QueryEngine(source: makeProtestStory(), lexicon: FakeLexicon())

    @Test func aBuildingAfterOutsideIsWhere() {
        #expect(answers("where did the protest begin") == ["Council Complex"])
    }

    @Test func aComplexPrepositionIsNoPlace() {
        let source = FakeFactSource()
        let s0 = source.sentence("The vote could be held in light of the new rules.")
        source.add(Argument(text: "The vote", head: "vote"), "hold", nil,
                   qualifiers: [Qualifier(marker: "in", argument: Argument(text: "light of the new rules", head: "light"))],
                   voice: .passive, surface: "could be held", at: s0)
        let engine = QueryEngine(source: source, lexicon: FakeLexicon())
        guard case .success(let table)? = engine.run("where was the vote held").first else {
            Issue.record("the question failed")
            return
        }
        #expect(!table.rows.contains { $0.values[0].contains("light") }, "\(table.rows.map(\.values))")
    }
}

/// "who did Rahimi blame" against (Rahimi; blamed; Norway): a country blamed is a "who" when no
/// person or organisation is; "did the court hear the case" against "declined to hear" is no.
@Suite struct BlamedCountryAndRefusalTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let rahimi = source.entity("Omid Rahimi", .person, aliases: ["Rahimi"])
        let norway = source.entity("Norway", .place)
        let court = source.entity("Supreme Court", .organization)
        let s0 = source.sentence("Omid Rahimi blamed Norway for the attack.", mentions: [
            ("Omid Rahimi", .entity(.person), rahimi), ("Norway", .entity(.place), norway)])
        source.add(Argument(text: "Omid Rahimi", head: "Omid Rahimi", entity: rahimi), "blame",
                   Argument(text: "Norway", head: "Norway", entity: norway), surface: "blamed", at: s0)
        let s1 = source.sentence("The Supreme Court declined to hear the fishing case.", mentions: [
            ("Supreme Court", .entity(.organization), court)])
        source.facts.append(Fact(
            subject: Argument(text: "The Supreme Court", head: "Supreme Court", entity: court),
            predicate: Predicate(surface: "declined to hear", lemma: "hear", voice: .active, negated: false, modality: "declined to"),
            object: Argument(text: "the fishing case", head: "case"), qualifiers: [], kind: .event, confidence: 0.8, provenance: s1))
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    /// The answer and whether it came from a fact (not the sentence fallback).
    func answerFromFact(_ question: String) -> (String, fromFact: Bool)? {
        guard case .success(let table)? = engine.run(question).first, let row = table.rows.first else { return nil }
        return (row.values[0], row.evidence.first?.fromSentence == false)
    }

    @Test func aCountryBlamedAnswersWho() {
        #expect(answers("who did Rahimi blame") == ["Norway"])
        #expect(answerFromFact("who did Rahimi blame")?.fromFact == true)
    }

    @Test func aRefusalAnswersNo() {
        let answer = answerFromFact("did the Supreme Court hear the fishing case")
        #expect(answer?.0 == "no")
        #expect(answer?.fromFact == true)
    }
}

/// "who won the most seats": a superlative the argument does not state ("8 seats") rules it out,
/// though both arguments name the same group (`PhraseMatcher`).
@Suite struct SuperlativeObjectTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let ruiz = source.entity("Ana Ruiz", .person)
        let park = source.entity("Ada Park", .person)
        let seats = source.entity("seats", .group)
        let s0 = source.sentence("Ana Ruiz won the most seats after the vote.", mentions: [("Ana Ruiz", .entity(.person), ruiz)])
        source.add(Argument(text: "Ana Ruiz", head: "Ana Ruiz", entity: ruiz), "win",
                   Argument(text: "the most seats", head: "seats", entity: seats), surface: "won", at: s0)
        let s1 = source.sentence("Ada Park won 8 seats.", mentions: [("Ada Park", .entity(.person), park)])
        source.add(Argument(text: "Ada Park", head: "Ada Park", entity: park), "win",
                   Argument(text: "8 seats", head: "seats", entity: seats), surface: "won", at: s1)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func theMostIsNotAnyNumber() {
        #expect(answers("who won the most seats") == ["Ana Ruiz"])
    }
}
