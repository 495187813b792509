import FactModel
import Testing
@testable import TextPipeline

/// Titles and roles stay outside the name and are recorded on the person.
@Suite struct TitleTests {
    func titles(of name: String, in marked: String) -> [Title] {
        EntityTestDocument.recognize(marked).entity(named: name)?.titles ?? []
    }

    @Test func placeBeforeTitleIsWhatTheTitleIsOf() {
        let titles = titles(of: "Kevin Faulconer", in: "San Diego Mayor [Kevin Faulconer]PER spoke on Monday.")
        #expect(titles.map(\.role) == ["Mayor"])
        #expect(titles.first?.of == "San Diego")
    }

    @Test func aPlaceAfterTheNameIsWhatTheTitleIsOf() {
        let titles = titles(of: "Amy Holt", in: "The vote was led by Senator [Amy Holt]PER of [Westland]LOC on Monday.")
        #expect(titles.map(\.role) == ["Senator"])
        #expect(titles.first?.of == "Westland")
        // Not an organisation after the name: "of the Harbour Board" is where she works, said elsewhere.
        let other = self.titles(of: "Amy Holt", in: "Senator [Amy Holt]PER of [the Harbour Board]ORG spoke.")
        #expect(other.first?.of == nil)
    }

    @Test func aPlaceAfterFromInAnAppositiveIsWhatTheTitleIsOf() {
        let titles = titles(of: "Ben Roe", in: "[Ben Roe]PER, a Senator from [Westland]LOC, withdrew from the race.")
        #expect(titles.first?.role == "Senator")
        #expect(titles.first?.of == "Westland")
    }

    @Test func multiwordTitleIsMatchedWhole() {
        let titles = titles(of: "Dana Ortiz", in: "Police Chief [Dana Ortiz]PER spoke on Monday.")
        #expect(titles.map(\.role) == ["Police Chief"])
        #expect(titles.first?.of == nil)
    }

    @Test func titlesEndingInGeneral() {
        let titles = titles(of: "Ada Park", in: "The prosecutor general of [Ruritania]LOC, [Ada Park]PER, spoke.")
        #expect(titles.first?.role.lowercased() == "prosecutor general", "\(titles)")
        #expect(titles.first?.of == "Ruritania")
    }

    @Test func titlesOfOtherCountriesAndUnions() {
        #expect(titles(of: "Aoife Byrne", in: "Taoiseach [Aoife Byrne]PER met the president.").map(\.role) == ["Taoiseach"])
        let union = titles(of: "Ned Kelly", in: "Rail union [Aslef]ORG general secretary [Ned Kelly]PER commented.")
        #expect(union.first?.role.lowercased() == "general secretary", "\(union)")
        let minister = titles(of: "Ross Gray", in: "Transport Secretary [Ross Gray]PER announced the plan.")
        #expect(minister.first?.role.lowercased() == "transport secretary", "\(minister)")
    }

    @Test func aLowerRankOfATitleIsATitleOfItsOwn() {
        // The deputy governor is not the governor: one title, on the entity and as a fact.
        let deputy = titles(of: "Einar Bjarnason", in: "Four voted for it, while deputy governor [Einar Bjarnason]PER preferred less.")
        #expect(deputy.map { $0.role.lowercased() } == ["deputy governor"], "\(deputy)")
        let segments = TitleWords.segment(["deputy", "governor"])
        #expect(segments.count == 1)
        #expect(segments.first?.role == 0..<2)
    }

    @Test func aLowerRankInAnAppositiveIsPartOfTheRole() {
        let deputy = titles(of: "Ivo Sand", in: "The votes went to [Ivo Sand]PER, the bank's deputy governor for monetary policy, on Monday.")
        #expect(deputy.map { $0.role.lowercased() } == ["deputy governor"], "\(deputy)")
    }

    @Test func acronymBeforeTitle() {
        let titles = titles(of: "Ben Carter", in: "HUD Secretary [Ben Carter]PER visited the site.")
        #expect(titles.first?.role == "Secretary")
        #expect(titles.first?.of == "HUD")
    }

    @Test func coordinatedTitlesBeforeAName() {
        let titles = titles(of: "Ada Park", in: "On Monday, Harbor Party leader and Prime Minister [Ada Park]PER thanked voters.")
        #expect(titles.count == 2, "\(titles)")
        #expect(titles.contains { $0.role == "Prime Minister" })
        // The lexicon knows "party leader": the party's name is what it is of.
        let leader = titles.first { $0.role.lowercased().hasSuffix("leader") }
        #expect(leader.map { ($0.of ?? "") + " " + $0.role } == "Harbor Party leader", "\(titles)")
    }

    @Test func chainOfTwoTitles() {
        let titles = titles(
            of: "Ray Dunn", in: "Northern Counties Association President Police Chief [Ray Dunn]PER spoke.")
        #expect(Set(titles.map(\.role)) == ["Police Chief", "President"])
        #expect(titles.first { $0.role == "President" }?.of == "Northern Counties Association")
    }

    @Test func titleWordsAndMistakenNamesInsideAnOrganizationNameAreItsName() {
        // "Generals" is a title word and "Sheriffs" was tagged a person; both name the association.
        let titles = titles(
            of: "Ray Dunn", in: "Major [Sheriffs]PER Generals Association President Police Chief [Ray Dunn]PER spoke.")
        #expect(titles.first { $0.role == "President" }?.of == "Major Sheriffs Generals Association")
    }

    @Test func aKnownPlaceMistakenForAPersonBeforeATitleIsWhatItIsOf() {
        let titles = titles(of: "Dale Moss", in: "[Boston]PER Mayor [Dale Moss]PER spoke on Monday.")
        #expect(titles.first?.role == "Mayor")
        #expect(titles.first?.of == "Boston")
    }

    @Test func attorneyGeneral() {
        let titles = titles(of: "Maria Lopez", in: "Attorney General [Maria Lopez]PER criticized the plan.")
        #expect(titles.map(\.role) == ["Attorney General"])
    }

    @Test func countyBeforeSheriff() {
        let titles = titles(of: "Tom Reed", in: "Hays County Sheriff [Tom Reed]PER criticized the plan.")
        #expect(titles.first?.role == "Sheriff")
        #expect(titles.first?.of == "Hays County")
    }

    @Test func partyAndAbbreviatedTitle() {
        let titles = titles(of: "Ann Bell", in: "Ohio GOP Gov. [Ann Bell]PER cut the funding.")
        #expect(titles.first?.role == "Governor")
        #expect(titles.first?.of == "Ohio")
        #expect(titles.first?.modifier == "GOP")
    }

    @Test func exPrefixMakesAFormerHolder() {
        let titles = titles(of: "Jan Kowal", in: "Ex-Prime Minister [Jan Kowal]PER wrote a letter.")
        #expect(titles.first?.role == "Prime Minister")
        #expect(titles.first?.modifier == "former")
    }

    @Test func titleOfOrganizationBeforeName() {
        let titles = titles(of: "Elaine Moss", in: "Secretary of Transportation [Elaine Moss]PER met them.")
        #expect(titles.first?.role == "Secretary")
        #expect(titles.first?.of == "Transportation")
    }

    @Test func appositiveWithNationality() {
        let document = EntityTestDocument.recognize("[Marco Rossi]PER, the Italian foreign minister, said no.")
        let person = document.entity(named: "Marco Rossi")
        #expect(person?.titles.first?.role == "foreign minister")
        #expect(person?.titles.first?.of == "Italy")
        #expect(person?.aliases.contains("the Italian foreign minister") == true)
    }

    @Test func appositiveWithOfPhraseAndModifier() {
        let titles = titles(
            of: "Nina Ford", in: "[Nina Ford]PER, the current President of the [Regional Council]ORG, wrote to them.")
        #expect(titles.first?.role == "President")
        #expect(titles.first?.of == "Regional Council")
        #expect(titles.first?.modifier == "current")
    }

    @Test func aCaretakerHolderKeepsTheWordAsModifier() {
        let titles = titles(of: "Omar Saleh", in: "[Omar Saleh]PER, the caretaker Prime Minister, resigned.")
        #expect(titles.first?.role == "Prime Minister")
        #expect(titles.first?.modifier == "caretaker")
    }

    @Test func viceBeforeATitleIsPartOfTheRoleNotItsOwner() {
        let titles = titles(of: "Omar Saleh", in: "They met Vice President-elect [Omar Saleh]PER today.")
        #expect(titles.first?.role == "Vice President-elect")
        #expect(titles.first?.of == nil)
    }

    @Test func possessiveDescriptionBeforeName() {
        let titles = titles(of: "Lena Park", in: "[Acme]ORG's director, [Lena Park]PER, said no.")
        #expect(titles.first?.role == "director")
        #expect(titles.first?.of == "Acme")
    }

    @Test func descriptionWithOfBeforeName() {
        let titles = titles(of: "Tom Hale", in: "The mayor of [Springfield]LOC, [Tom Hale]PER, was stabbed.")
        #expect(titles.first?.role == "mayor")
        #expect(titles.first?.of == "Springfield")
    }

    @Test func titleNeverJoinsTheName() {
        let document = EntityTestDocument.recognize("Mayor [Tom Hale]PER spoke.")
        #expect(document.entities.map(\.name) == ["Tom Hale"])
        #expect(document.tokens.first?.entityTag == "O")
    }

    @Test func capitalisedTitleBeforeUntaggedNameMakesAPerson() {
        // The name tagger missed the name; the rule after a title recovers it.
        let document = EntityTestDocument.recognize("Senator Alvarez spoke.")
        #expect(document.entity(named: "Alvarez")?.type == .person)
        #expect(document.entity(named: "Alvarez")?.titles.first?.role == "Senator")
    }
}
