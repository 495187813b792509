import Testing
import FactModel
@testable import QueryLanguage

/// A title that names no owner counts for the place its article is about, unless its holder is
/// known to hold that role of another place: then it is that other office.
@Suite struct TitleOwnerTests: AsksQuestions {
    let engine = QueryEngine(source: makeTwoPresidentsStory(), lexicon: FakeLexicon())

    @Test func aHolderOfTheRoleElsewhereIsNotTheAskedPlacesHolder() {
        // Karl Brandt is "President" in the Osterlich article, but President of Ruritania elsewhere.
        #expect(answers("who is the President of Osterlich") == ["Ida Vance"])
        #expect(answers("who is the President of Ruritania") == ["Karl Brandt"])
    }

    @Test func aNationalityBeforeTheRoleNamesItsOwner() {
        // "the Ruritanian President" asks for the President of Ruritania, not Osterlich's.
        #expect(answers("who is the Ruritanian President") == ["Karl Brandt"])
        #expect(answers("who is the Osterlichian President") == ["Ida Vance"])
    }

    @Test func aRoleNounOfANameAsksForItsTitles() {
        // "what is X's title": the titles X holds, not a holder of a title called "title".
        #expect(answers("what is Noor Hale's title") == ["Prime Minister"])
    }

    @Test func aBareTitleStillCountsForTheArticlesPlace() {
        // Noor Hale is only ever "Prime Minister", in an article about Osterlich.
        #expect(answers("who is the Prime Minister of Osterlich") == ["Noor Hale"])
    }
}

/// Two articles: one on Ruritania, one on a visit to Osterlich.
func makeTwoPresidentsStory() -> FakeFactSource {
    let source = FakeFactSource()
    let ruritania = source.entity("Ruritania", .place)
    let osterlich = source.entity("Osterlich", .place)
    let s0 = source.sentence("Ruritania's President Karl Brandt opened the new bridge.", mentions: [("Ruritania", .entity(.place), ruritania)])
    let s1 = source.sentence("President Karl Brandt arrived in Osterlich on Monday to meet President Ida Vance of Osterlich.",
                             mentions: [("Osterlich", .entity(.place), osterlich)], document: 1)
    let s2 = source.sentence("Prime Minister Noor Hale of the governing party welcomed him.", document: 1)
    let brandt = source.entity("Karl Brandt", .person, aliases: ["Brandt"], titles: [
        Title(role: "President", of: "Ruritania", provenance: s0), Title(role: "President", provenance: s1),
    ])
    let vance = source.entity("Ida Vance", .person, aliases: ["Vance"], titles: [Title(role: "President", of: "Osterlich", provenance: s1)])
    _ = source.entity("Noor Hale", .person, aliases: ["Hale"], titles: [Title(role: "Prime Minister", provenance: s2)])
    source.add(Argument(text: "Karl Brandt", head: "Karl Brandt", entity: brandt), "meet",
               Argument(text: "President Ida Vance of Osterlich", head: "Ida Vance", entity: vance), at: s1)
    return source
}

/// The owner of a title written before a name ("Speaker of the Assembly Maria Lopez") is no
/// answer beside the person (`QuestionAnswerer.withoutTitleOwners`).
@Suite struct TitleOwnerBeforeNameTests: AsksQuestions {
    let engine = QueryEngine(source: makeInterviewStory(), lexicon: FakeLexicon())

    @Test func theOwnerBeforeTheNameIsNoAnswer() {
        #expect(answers("whom did the reporters interview") == ["Maria Lopez"])
    }
}

private func makeInterviewStory() -> FakeFactSource {
    let source = FakeFactSource()
    let assembly = source.entity("Assembly", .organization)
    let lopez = source.entity("Maria Lopez", .person, aliases: ["Lopez"])
    let sentence = source.sentence("The reporters interviewed Speaker of the Assembly Maria Lopez.", mentions: [
        ("Assembly", .entity(.organization), assembly), ("Maria Lopez", .entity(.person), lopez)])
    source.add(Argument(text: "The reporters", head: "reporters"), "interview",
               Argument(text: "Speaker of the Assembly Maria Lopez", head: "Maria Lopez"), at: sentence)
    return source
}
