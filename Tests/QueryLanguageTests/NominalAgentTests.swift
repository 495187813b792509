import Testing
import FactModel
@testable import QueryLanguage

/// The sentence fallback reads who did the asked act from "the request of X", "a lawsuit by X"
/// and "drafted by X, Y and Z", not from the subject of the sentence's own verb.
@Suite struct NominalAgentTests: AsksQuestions {
    let engine = QueryEngine(source: makeHarbourStory(), lexicon: FakeLexicon())

    @Test func theNameAfterTheVerbsNounAndOfDidIt() {
        #expect(answers("who requested the closure of the harbour") == ["Tom Vale"])
    }

    @Test func theNameAfterByDidIt() {
        #expect(answers("who filed the lawsuit") == ["Harbour Watch"])
    }

    @Test func aListAfterByNamesEveryDoerButNotTheSentencesSubject() {
        #expect(Set(answers("who drafted the bill")) == ["Ann Roe", "Bo Fry", "Cy Long"])
    }

    @Test func aTitleBetweenTwoNamesEndsTheList() {
        #expect(!SentenceFallback.joinsAList("Harbour Watch, Judge Mia Cole", from: 13, to: 21, mentions: [], sentenceStart: 0))
        #expect(SentenceFallback.joinsAList("Ann Roe, and Bo Fry", from: 7, to: 13, mentions: [], sentenceStart: 0))
    }
}

private func makeHarbourStory() -> FakeFactSource {
    let source = FakeFactSource()
    let lind = source.entity("Ada Lind", .person, aliases: ["Lind"])
    let vale = source.entity("Tom Vale", .person, aliases: ["Vale"])
    let watch = source.entity("Harbour Watch", .organization)
    let cole = source.entity("Mia Cole", .person, aliases: ["Cole"])
    let park = source.entity("Eve Park", .person, aliases: ["Park"])
    let roe = source.entity("Ann Roe", .person, aliases: ["Roe"])
    let fry = source.entity("Bo Fry", .person, aliases: ["Fry"])
    let long = source.entity("Cy Long", .person, aliases: ["Long"])
    let maine = source.entity("Maine", .place)
    let ohio = source.entity("Ohio", .place)
    _ = source.sentence("Queen Ada Lind agreed to the request of Prime Minister Tom Vale for a closure of the harbour.", mentions: [
        ("Ada Lind", .entity(.person), lind), ("Tom Vale", .entity(.person), vale)])
    _ = source.sentence("In response to a lawsuit by the fishermen's group Harbour Watch, Judge Mia Cole ruled the ban unlawful.", mentions: [
        ("Harbour Watch", .entity(.organization), watch), ("Mia Cole", .entity(.person), cole)])
    _ = source.sentence("Governor Eve Park signed the bill, drafted by Senators Ann Roe of Maine, Bo Fry of Ohio and Cy Long.", mentions: [
        ("Eve Park", .entity(.person), park), ("Ann Roe", .entity(.person), roe), ("Maine", .entity(.place), maine),
        ("Bo Fry", .entity(.person), fry), ("Ohio", .entity(.place), ohio), ("Cy Long", .entity(.person), long)])
    return source
}
