import FactModel
import Testing
@testable import TextPipeline

/// Rules that repair the name tagger's spans around titles (hand-set tags, no name model).
@Suite struct NameRulesTests {
    func names(_ document: AnnotatedDocument) -> [String] {
        EntityLabel.spans(document.tokens.map(\.entityTag)).map { $0.type + ":" + document.text(ofTokens: $0.range) }
    }

    @Test func aGivenNameTypedAsAPlaceIsAPerson() {
        // "Cedric" is a known first name and no list knows "Zinsou" as a place.
        let scorer = EntityTestDocument.recognize("The goal came from the substitute [Cedric Zinsou]LOC late on .")
        #expect(names(scorer) == ["PER:Cedric Zinsou"])
        // A known city stays a place ("Carson City"), and so does a name with a geographic word.
        let city = EntityTestDocument.recognize("They flew to [Carson City]LOC on Monday .")
        #expect(names(city) == ["LOC:Carson City"])
        let valley = EntityTestDocument.recognize("They rode through [Jordan Valley]LOC on Monday .")
        #expect(names(valley) == ["LOC:Jordan Valley"])
    }

    @Test func aBuildingNamedAfterATitledPersonKeepsTheTitle() {
        // The title rule first takes "Sultan" out of the person's name; the building takes it back.
        let mosque = EntityTestDocument.recognize("Prayers were held at the Sultan [Qaboos]PER Grand Mosque in [Muscat]LOC .")
        #expect(names(mosque).contains("LOC:Sultan Qaboos Grand Mosque"), "\(names(mosque))")
        let stadium = EntityTestDocument.recognize("Fans filled the King [Fahd Stadium]PER on Friday .")
        #expect(names(stadium) == ["LOC:King Fahd Stadium"], "\(names(stadium))")
        // A titled person stays a person.
        let person = EntityTestDocument.recognize("The crowd cheered King [Harald Berg]PER on Friday .")
        #expect(names(person) == ["PER:Harald Berg"], "\(names(person))")
    }

    @Test func aTitleTaggedAsANameBeforeAPersonIsTheTitle() {
        let document = EntityTestDocument.recognize("He and his wife [First]ORG Lady [Ana Ruiz]PER tested positive.")
        #expect(names(document) == ["PER:Ana Ruiz"])
        #expect(document.entity(named: "Ana Ruiz")?.titles.contains { $0.role.lowercased() == "first lady" } == true)
        // Its words are no values either: "First" is no ordinal here.
        #expect(!document.spans.contains { document.text(ofTokens: $0.tokens) == "First" })
    }

    @Test func aSurnameAloneNamesThePersonNamedInFullBefore() {
        // The tagger missed both later "Ruiz"; "Ruiz Street" is another name.
        let document = EntityTestDocument.recognize("[Ana Ruiz]PER spoke first. Ruiz came in second. Critics said Ruiz lost on Ruiz Street.")
        #expect(names(document) == ["PER:Ana Ruiz", "PER:Ruiz", "PER:Ruiz"])
        #expect(document.entity(named: "Ana Ruiz")?.mentions.count == 3)
    }

    @Test func aTitledNameAtTheEndOfAnOrganizationIsAPerson() {
        let document = EntityTestDocument.recognize(
            "Also there was [Regional Sheriffs Council President Police Chief Maria Lopez]ORG of Dayton.")
        #expect(names(document) == ["ORG:Regional Sheriffs Council", "PER:Maria Lopez"])
        #expect(document.entity(named: "Maria Lopez")?.type == .person)
    }

    @Test func aNameAfterATitlesOfComplementIsAPerson() {
        // The tagger ran the title's owner and the name together.
        let document = EntityTestDocument.recognize("Reporters met Speaker of the [Assembly Maria Lopez]ORG on Monday.")
        #expect(names(document) == ["ORG:Assembly", "PER:Maria Lopez"])
        // Without a title before "of", the span stays as it is.
        let plain = EntityTestDocument.recognize("Reporters met members of the [Assembly Maria Lopez]ORG on Monday.")
        #expect(names(plain) == ["ORG:Assembly Maria Lopez"])
    }

    @Test func aNameAfterATitleAndItsOwnerIsAPerson() {
        // The tagger left the name untagged after "Ambassador to [Norway]".
        let document = EntityTestDocument.recognize("French Ambassador to [Norway]LOC Richard Varenne spoke first.")
        #expect(names(document) == ["LOC:Norway", "PER:Richard Varenne"])
        // A lower-case title works too when the name starts with a known first name.
        let lower = EntityTestDocument.recognize("In 2008, then-governor of [Alaska]LOC Sarah Palin was chosen.")
        #expect(names(lower) == ["LOC:Alaska", "PER:Sarah Palin"])
        // Without a first name to start it, the run is not read as a person.
        let other = EntityTestDocument.recognize("French Ambassador to [Norway]LOC Oslo Harbour spoke first.")
        #expect(names(other) == ["LOC:Norway"])
    }

    @Test func aPlaceOwnerTheTaggerPutIntoTheNameLeavesIt() {
        // "[Norway Ostap Varenko]PER": the owner of "President of" starts the person's span.
        let document = EntityTestDocument.recognize("President of [Norway Ostap Varenko]PER said the talks would go on.")
        #expect(names(document) == ["LOC:Norway", "PER:Ostap Varenko"])
    }

    @Test func aTitleEndingAnOrganizationBeforeANameIsNotPartOfIt() {
        let document = EntityTestDocument.recognize("[Ohio GOP Gov.]ORG Mark Tallis then vetoed the bill.")
        #expect(names(document) == ["ORG:Ohio GOP", "PER:Mark Tallis"])
    }

    @Test func aLoneFirstNameTakesTheCapitalisedWordAfterIt() {
        let document = EntityTestDocument.recognize("Crime Commissioner [Stephen]PER Mold urged a review.")
        #expect(names(document) == ["PER:Stephen Mold"])
        // A weekday or a place after the first name is not its surname.
        #expect(names(EntityTestDocument.recognize("[Maria]PER Friday said no.")) == ["PER:Maria"])
        #expect(names(EntityTestDocument.recognize("We met [Maria]PER London style.")) == ["PER:Maria"])
    }

    @Test func aNameBeforeOfACountryIsAPerson() {
        #expect(names(EntityTestDocument.recognize("Bronze went to [Abdul Ramza]LOC of [Qatar]LOC.")) == ["PER:Abdul Ramza", "LOC:Qatar"])
        // A geographic name stays a place.
        #expect(names(EntityTestDocument.recognize("Ships crossed the [Gulf Waters]LOC of [Qatar]LOC.")) == ["LOC:Gulf Waters", "LOC:Qatar"])
    }

    @Test func aFirstAndLastNameTypedAsAnOrganizationIsAPerson() {
        #expect(names(EntityTestDocument.recognize("[Theresa Dunmore]ORG resigned.")) == ["PER:Theresa Dunmore"])
        // An acronym, or an organisation word, keeps it an organisation.
        #expect(names(EntityTestDocument.recognize("[ISIS Caliphate]ORG fell.")) == ["ORG:ISIS Caliphate"])
        #expect(names(EntityTestDocument.recognize("[Maria Lopez Foundation]ORG gave.")) == ["ORG:Maria Lopez Foundation"])
    }

    @Test func anOrganizationWhoseLastWordsAreNoPersonsNameStaysWhole() {
        let document = EntityTestDocument.recognize("Fares rose at [Metro Transit Board Chairman Bay Line]ORG last year.")
        #expect(names(document) == ["ORG:Metro Transit Board Chairman Bay Line"], "'Bay' is no first name")
    }
}
