import Foundation
import Testing
@testable import TextPipeline

/// Span rules after the name tagger (hand-set tags, no name model): regnal numbers, nationality
/// adjectives, and names repeated in a document.
@Suite struct NameSpanRulesTests {
    func names(_ document: AnnotatedDocument) -> [String] {
        EntityLabel.spans(document.tokens.map(\.entityTag)).map { $0.type + ":" + document.text(ofTokens: $0.range) }
    }

    @Test func aRomanNumeralAfterAPersonIsPartOfTheName() {
        let king = EntityTestDocument.recognize("The court of [Ottokar Brenn]PER III moved to the coast.")
        #expect(names(king) == ["PER:Ottokar Brenn III"])
        // "I" joins the name only when it is not the pronoun.
        let numeral = EntityTestDocument.recognize("[Haakon]PER I ruled the coast.", tags: ["I": ("NUM", "CD")])
        #expect(names(numeral) == ["PER:Haakon I"])
        let pronoun = EntityTestDocument.recognize("Unlike [Haakon]PER I stayed.", tags: ["I": ("PRON", "PRP")])
        #expect(names(pronoun) == ["PER:Haakon"])
    }

    @Test func aNameGoesOnAfterARomanceOf() {
        let company = EntityTestDocument.recognize("The train is run by [Ferrovias]ORG del [Norte Argentino]PER .")
        #expect(names(company) == ["ORG:Ferrovias del Norte Argentino"])
        let bank = EntityTestDocument.recognize("The [Banco]ORG de la Plata raised rates .")
        #expect(names(bank) == ["ORG:Banco de la Plata"])
        // Lower-case words after the particle are no name.
        let words = EntityTestDocument.recognize("[Rosa]PER da silva left .")
        #expect(names(words) == ["PER:Rosa"])
    }

    @Test func capitalisedWordsJoinedToAnInstitutionByAndNameIt() {
        let council = EntityTestDocument.recognize("The State Water and [Environment Council]ORG approved the dam .")
        #expect(names(council) == ["ORG:State Water and Environment Council"])
        // Not after a preposition, nor with a name before "and", nor before a word of no institution.
        let partners = EntityTestDocument.recognize("It met with Water and [Environment Council]ORG staff .")
        #expect(names(partners) == ["ORG:Environment Council"])
        let owned = EntityTestDocument.recognize("It needs [Norway]LOC 's Fisheries and [Coastal Authority]ORG approval .",
                                                 tags: ["'s": ("PART", "POS")])
        #expect(names(owned) == ["LOC:Norway", "ORG:Fisheries and Coastal Authority"])
        let named = EntityTestDocument.recognize("The [Vela]ORG and [Environment Council]ORG met .")
        #expect(names(named) == ["ORG:Vela", "ORG:Environment Council"])
        let two = EntityTestDocument.recognize("It alarmed the Court and [National Assembly]ORG .")
        #expect(names(two) == ["ORG:National Assembly"])
        let parties = EntityTestDocument.recognize("It held the Democratic and [Republican Party]ORG primaries .", tags: ["Democratic": ("ADJ", "JJ")])
        #expect(names(parties) == ["ORG:Republican Party"])
        let company = EntityTestDocument.recognize("The Red and [Blue Holdings]ORG merged .")
        #expect(names(company) == ["ORG:Blue Holdings"])
    }

    @Test func capitalisedWordsJoinedByAnAmpersandAreOneCompany() {
        let firm = EntityTestDocument.recognize("It was designed by the firm [Holm]ORG & [Krogh]PER of Aarhus .")
        #expect(names(firm) == ["ORG:Holm & Krogh"])
        // Lower-case words are not joined.
        let words = EntityTestDocument.recognize("Salt & pepper came from [Holm]ORG .")
        #expect(names(words) == ["ORG:Holm"])
    }

    @Test func aPersonNameEndingWithACountryIsAnOrganisation() {
        #expect(names(EntityTestDocument.recognize("[Garuda Indonesia]PER cancelled its flights .")) == ["ORG:Garuda Indonesia"])
        // A lone country, or a name ending with a name that is also a person's, stays.
        #expect(names(EntityTestDocument.recognize("[Indonesia]PER cancelled its flights .")) == ["PER:Indonesia"])
        #expect(names(EntityTestDocument.recognize("[Michael Jordan]PER scored .")) == ["PER:Michael Jordan"])
    }

    @Test func aPersonNameEndingWithAWordOfACompanysKindIsAnOrganisation() {
        #expect(names(EntityTestDocument.recognize("[Velmora Pharma]PER recalled the tablets .")) == ["ORG:Velmora Pharma"])
        #expect(names(EntityTestDocument.recognize("They were made by [Osk Laboratories]PER .")) == ["ORG:Osk Laboratories"])
        // The word alone is no such name.
        #expect(names(EntityTestDocument.recognize("[Pharma]PER spoke .")) == ["PER:Pharma"])
    }

    @Test func aNameRightBeforeACountrysNameIsACompanyEndingWithIt() {
        let firm = EntityTestDocument.recognize("It was organised by [Tarn Ridge]PER [Nepal]LOC , a Kathmandu-based company .")
        #expect(names(firm) == ["ORG:Tarn Ridge Nepal"])
        // Not a lone word, nor a name set off by a comma.
        #expect(names(EntityTestDocument.recognize("[Ridge]PER [Nepal]LOC spoke .")) == ["PER:Ridge", "LOC:Nepal"])
        #expect(names(EntityTestDocument.recognize("[Tarn Ridge]PER , [Nepal]LOC spoke .")) == ["PER:Tarn Ridge", "LOC:Nepal"])
    }

    @Test func aPersonNameOpenedByAFeatureWordIsAPlace() {
        #expect(names(EntityTestDocument.recognize("[Mount Quell]PER erupted on Tuesday .")) == ["LOC:Mount Quell"])
        #expect(names(EntityTestDocument.recognize("[Mt. Quell]PER erupted .")) == ["LOC:Mt. Quell"])
        #expect(names(EntityTestDocument.recognize("[Quell Mount]PER spoke .")) == ["PER:Quell Mount"])
    }

    @Test func aNationalityAdjectiveAloneIsNoPlace() {
        let document = EntityTestDocument.recognize("The [Danish]LOC ferry left [Denmark]LOC for the [North Korean]LOC port.")
        #expect(names(document) == ["LOC:Denmark"])
        // An organisation span of one adjective stays: UNER marks a government that way.
        #expect(names(EntityTestDocument.recognize("The [Iraqi]ORG said no.")) == ["ORG:Iraqi"])
    }

    @Test func whatAccordingToCitesIsAName() {
        let ledger = EntityTestDocument.recognize("Ten people were arrested , according to The Harbor Ledger .")
        #expect(names(ledger) == ["ORG:Harbor Ledger"])
        // A modifier, or a lower-case "the" before capitals, is no source's name.
        #expect(names(EntityTestDocument.recognize("It is bad luck , according to Nordic belief .")).isEmpty)
        #expect(names(EntityTestDocument.recognize("It is a sin , according to the Old Scroll .")).isEmpty)
    }

    @Test func aNameAfterANounForAKindOfOrganisationIsAnOrganisation() {
        // An acronym the tagger read as a common noun, and a name typed as a person.
        let union = EntityTestDocument.recognize("The dock union KVB criticised the plan .", tags: ["KVB": ("NOUN", "NN")])
        #expect(names(union) == ["ORG:KVB"])
        #expect(union.tokens.first { $0.form == "KVB" }?.upos == "PROPN")
        let company = EntityTestDocument.recognize("The logistics company [Harlow Freight]PER cut jobs .")
        #expect(names(company) == ["ORG:Harlow Freight"])
        // A noun for people as well as firms, a weekday, and a lower-case word are left alone.
        #expect(names(EntityTestDocument.recognize("It went to the manufacturer [Georg Brandt]PER .")) == ["PER:Georg Brandt"])
        #expect(names(EntityTestDocument.recognize("The bank Monday said no .")).isEmpty)
        #expect(names(EntityTestDocument.recognize("The union members left .")).isEmpty)
    }

    @Test func aNameApposedToANounForAKindOfOrganisationIsAnOrganisation() {
        // Untagged (a made-up company name) or typed as a person, before ", the ... company".
        let untagged = EntityTestDocument.recognize("It was funded by Norvance , the Swiss drug company that makes it .")
        #expect(names(untagged) == ["ORG:Norvance"], "\(names(untagged))")
        let typed = EntityTestDocument.recognize("[Saaristo Lines]PER , a family firm , won .")
        #expect(names(typed) == ["ORG:Saaristo Lines"])
        // The kind noun must head its phrase: a founder or a member is a person.
        #expect(names(EntityTestDocument.recognize("[Ann Berg]PER , the company founder , spoke .")) == ["PER:Ann Berg"])
        #expect(names(EntityTestDocument.recognize("[Ann Berg]PER , the party 's leader , spoke .")) == ["PER:Ann Berg"])
        // The article says what the name is once; every other mention of it is that organisation too,
        // and a capitalised word of the name read as a common noun is still part of it.
        let spread = EntityTestDocument.recognize(
            "It went to [Saaristo Lines]LOC , a small operator based in [Naantali]LOC . [Saaristo Lines]LOC said so .",
            tags: ["Lines": ("NOUN", "NNS")])
        #expect(names(spread) == ["ORG:Saaristo Lines", "LOC:Naantali", "ORG:Saaristo Lines"], "\(names(spread))")
        // Typed an organisation where the apposition says so, a person elsewhere: one everywhere.
        let typedOnce = EntityTestDocument.recognize(
            "[Veltro Air]ORG , a regional airline , grew . [Veltro Air]PER said so . [Veltro Air]PER left .")
        #expect(names(typedOnce) == ["ORG:Veltro Air", "ORG:Veltro Air", "ORG:Veltro Air"], "\(names(typedOnce))")
        // A made-up one-word name too; a word the name lists know stays where the tagger put it.
        let app = EntityTestDocument.recognize("The fitness app [Strideline]PER was fined . [Strideline]PER said so .")
        #expect(names(app) == ["ORG:Strideline", "ORG:Strideline"], "\(names(app))")
        // A day before a clause whose subject is a kind noun is no apposition.
        #expect(names(EntityTestDocument.recognize("It expired on Monday , the network no longer had a licence .")).isEmpty)
    }

    @Test func aHyphenJoinsAnOrganisationOrPersonName() {
        let paper = EntityTestDocument.recognize("The [Harbor Review]ORG-Journal reported it.")
        #expect(names(paper) == ["ORG:Harbor Review-Journal"])
        // Places stay apart: "Russia-Ukraine talks" are between two places.
        let talks = EntityTestDocument.recognize("The [Norway]LOC-[Sweden]LOC talks ended.")
        #expect(names(talks) == ["LOC:Norway", "LOC:Sweden"])
    }

    @Test func anInstitutionsNameGoesOnAfterOn() {
        let commission = EntityTestDocument.recognize("The [Harbor Commission]ORG on Fishing Rights met.")
        #expect(names(commission) == ["ORG:Harbor Commission on Fishing Rights"])
        // Not over a date: "wrote to the Harbor Agency on February 18".
        let agency = EntityTestDocument.recognize("They wrote to the [Harbor Agency]ORG on February 18.")
        #expect(names(agency) == ["ORG:Harbor Agency"])
    }

    @Test func anOrganisationGoesOnToTheWordOfItsKind() {
        let services = EntityTestDocument.recognize("They wrote to [Zentra]ORG Web Services on Monday.")
        #expect(names(services) == ["ORG:Zentra Web Services"])
        // Capitalised words that do not end with such a word stay outside the name.
        let other = EntityTestDocument.recognize("They wrote to [Zentra]ORG Chief Omar on Monday.")
        #expect(names(other) == ["ORG:Zentra"])
    }

    @Test func eventsLawsAndTreatiesAreNoNames() {
        let agreement = EntityTestDocument.recognize("Both signed the [Oslo]LOC Climate Agreement in [Oslo]LOC.")
        #expect(names(agreement) == ["LOC:Oslo"])
        let cup = EntityTestDocument.recognize("The [Varn Cup]ORG went to [Estonia]LOC.")
        #expect(names(cup) == ["LOC:Estonia"])
        let treaty = EntityTestDocument.recognize("The Treaty of [Marlow]LOC ended it.")
        #expect(names(treaty) == [])
        // An organisation named after its cause keeps its name.
        let council = EntityTestDocument.recognize("The [Council for Green Revolution]ORG met.")
        #expect(names(council) == ["ORG:Council for Green Revolution"])
    }

    @Test func anOrganizationNameGoesOnAfterFor() {
        let document = EntityTestDocument.recognize("A suit by the [Quorn Alliance]ORG for Fair Rents and Housing was filed.")
        #expect(names(document) == ["ORG:Quorn Alliance for Fair Rents and Housing"])
        // After "of" only from an organisation word, and over a place too.
        #expect(names(EntityTestDocument.recognize("She left the [Quorn Institute]ORG of [Ohio]LOC Technology.")) == ["ORG:Quorn Institute of Ohio Technology"])
        #expect(names(EntityTestDocument.recognize("He met [Zorbix]ORG of [Ohio]LOC today.")) == ["ORG:Zorbix", "LOC:Ohio"])
        #expect(names(EntityTestDocument.recognize("He flew [Zorbix Air]ORG of [Ohio]LOC today.")) == ["ORG:Zorbix Air", "LOC:Ohio"])
        // Not over lower-case words, nor over another name.
        #expect(names(EntityTestDocument.recognize("[Zorbix]ORG for example said no.")) == ["ORG:Zorbix"])
        #expect(names(EntityTestDocument.recognize("[Zorbix]ORG paid for [Ana Ruiz]PER.")) == ["ORG:Zorbix", "PER:Ana Ruiz"])
    }

    @Test func aFacilityNamedAfterAPlaceIsOnePlace() {
        let document = EntityTestDocument.recognize("They landed at [Marlow]LOC International Airport on time.")
        #expect(names(document) == ["LOC:Marlow International Airport"])
        // Not over another place, nor streets, which EWT leaves outside names.
        #expect(names(EntityTestDocument.recognize("They sailed from [Norway]LOC Oslo Harbour.")) == ["LOC:Norway"])
        #expect(names(EntityTestDocument.recognize("They met on [Marlow]LOC Street.")) == ["LOC:Marlow"])
    }

    @Test func peopleForACauseNameAnOrganization() {
        let document = EntityTestDocument.recognize("The march was led by Nurses for [Ohio]LOC Now and others.")
        #expect(names(document) == ["ORG:Nurses for Ohio Now"])
        // Not a plural of things, nor lower-case words after "for".
        #expect(names(EntityTestDocument.recognize("We sold Tickets for Summer Camp.")) == [])
        #expect(names(EntityTestDocument.recognize("It paid Nurses for overtime.")) == [])
    }

    @Test func anEraMarkAfterAYearIsNoName() {
        let document = EntityTestDocument.recognize("It fell in 480 [BC]ORG to [Persia]LOC.")
        #expect(names(document) == ["LOC:Persia"])
        #expect(names(EntityTestDocument.recognize("In the 5th century [BC]ORG it grew.")) == [])
        #expect(names(EntityTestDocument.recognize("Flights to [BC]LOC rose.")) == ["LOC:BC"])
    }

    @Test func aNameFoundOnceIsTheSameNameWhereItIsRepeated() {
        let document = EntityTestDocument.recognize(
            "Fans of [Zorbix Media]ORG cheered. Then they said Zorbix Media lied. Zorbix Media Group is another one.")
        #expect(names(document) == ["ORG:Zorbix Media", "ORG:Zorbix Media"])
        // A longer name named elsewhere takes in the shorter one inside it.
        let longer = EntityTestDocument.recognize("The auditor, [Quell Partners USA]ORG, signed. It hired Quell Partners [USA]LOC too.")
        #expect(names(longer) == ["ORG:Quell Partners USA", "ORG:Quell Partners USA"])
        // A currency's country letters stay outside names.
        let fine = EntityTestDocument.recognize("Officials in the [US]LOC set it. The fine is US$500 now.")
        #expect(names(fine) == ["LOC:US"])
        // Types given equally often decide nothing.
        let tie = EntityTestDocument.recognize("[Arlo]PER met [Arlo]LOC people. Then Arlo left.")
        #expect(names(tie) == ["PER:Arlo", "LOC:Arlo"])
    }
}

/// WordNet's rivers, seas and mountains join the gazetteer's places, unless spelled as a word or a name.
@Suite struct GazetteerGeographyTests {
    @Test func geographicNaturalObjectsArePlaces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wordnet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        name\tlexfile\tinstance_of\tinstance_of_synsets\tsynset
        Zorva River\tnoun.object\triver\t1-n\t2-n
        Quell\tnoun.object\tmountain peak|volcano\t1-n\t3-n
        Sirrah\tnoun.object\tstar\t1-n\t4-n
        Placid\tnoun.object\tlake\t1-n\t5-n
        Hollis\tnoun.object\tsea\t1-n\t6-n
        Edda Brenn\tnoun.person\twriter\t1-n\t7-n

        """.write(to: folder.appendingPathComponent("instances.tsv"), atomically: true, encoding: .utf8)
        try "lemma\tpos\tsenses\nplacid\ta\t1\n".write(to: folder.appendingPathComponent("lemmas.tsv"), atomically: true, encoding: .utf8)
        try "name\tfreq_pct\tcum_pct\trank\nHollis\t0.001\t50.0\t4000\n".write(
            to: folder.appendingPathComponent("last-names.tsv"), atomically: true, encoding: .utf8)
        try "name\tsex\tfreq_pct\tcum_pct\trank\n".write(to: folder.appendingPathComponent("first-names.tsv"), atomically: true, encoding: .utf8)
        let common = try GazetteerBuilder.commonWords(wordnet: folder, gazetteer: folder)
        let lines = try GazetteerBuilder.instances(folder, excluded: common)
        #expect(lines == ["Edda Brenn\tperson", "Quell\tlocation", "Zorva River\tlocation"])
    }

    @Test func theBundledGazetteerKnowsRivers() throws {
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.classes(ofPhrase: "danube").contains(.wordNetLocation))
        #expect(gazetteer.classes(ofPhrase: "adriatic sea").contains(.wordNetLocation))
    }
}

/// Names joined across a hyphen to a Korean given name's second syllable, and across a plural
/// possessive to the words after it.
@Suite struct JoinedNameSpanTests {
    func names(_ document: AnnotatedDocument) -> [String] {
        EntityLabel.spans(document.tokens.map(\.entityTag)).map { $0.type + ":" + document.text(ofTokens: $0.range) }
    }

    @Test func aKoreanGivenNamesSecondSyllableIsPartOfTheName() {
        let person = EntityTestDocument.recognize("Its head of sales, [Park Jin]PER-woo, was charged .")
        #expect(names(person) == ["PER:Park Jin-woo"])
        // A compound with a name is no longer name: "Kim-led", "Obama-era".
        let era = EntityTestDocument.recognize("The [Obama]PER-era rules were dropped .")
        #expect(names(era) == ["PER:Obama"])
    }

    @Test func aNameWithAPluralPossessiveAndCapitalisedWordsIsOneOrganization() {
        let union = EntityTestDocument.recognize("It was called by the [Northern Nurses]ORG' Union on Monday .",
                                                 tags: ["'": ("PART", "POS"), "Union": ("PROPN", "NNP")])
        #expect(names(union) == ["ORG:Northern Nurses' Union"])
    }

    @Test func capitalisedWordsAfterAKindNounAreAName() {
        let company = EntityTestDocument.recognize("A helicopter from the company Himal Sky Rescue flew .",
                                                   tags: ["Himal": ("ADJ", "JJ"), "Sky": ("NOUN", "NN"), "Rescue": ("NOUN", "NN")])
        #expect(names(company) == ["ORG:Himal Sky Rescue"])
    }

    @Test func aTitledPersonIsNoPartOfTheInstitutionAfterOf() {
        let doctor = EntityTestDocument.recognize("Results came from Dr. [Henrik Dahlgaard of Aalborg University Hospital]ORG today .")
        #expect(names(doctor) == ["PER:Henrik Dahlgaard", "ORG:Aalborg University Hospital"])
        // Without a title or a known given name the tagger's span stands.
        let unknown = EntityTestDocument.recognize("Results came from [Bank of Qorvath]ORG today .")
        #expect(names(unknown) == ["ORG:Bank of Qorvath"])
    }
}
