import FactModel
import Testing
@testable import TextPipeline

/// One entity per referent within a document.
@Suite struct CoreferenceTests {
    /// A short article written for this test.
    static let article = """
        Springfield Mayor [Helen Drake]PER met police leaders on Monday. Police Chief [Omar Reyes]PER \
        joined the meeting at [City Hall]LOC. [Reyes]PER said the meeting went well. The mayor thanked \
        him for his work. Her brother, [Paul Drake]PER, also attended. [Paul Drake]PER said he \
        supported the plan.
        """

    let document = EntityTestDocument.recognize(CoreferenceTests.article)

    /// Hangs the first word written `form` on the first word written `head` (the root for nil)
    /// with `relation`: the test documents have no parser, so a test sets the clauses it needs.
    static func attach(_ form: String, to head: String?, as relation: String, in document: inout AnnotatedDocument) {
        func index(_ form: String) -> Int { document.tokens.firstIndex { $0.form == form }! }
        document.tokens[index(form)].head = head.map { Int32(index($0)) } ?? -1
        document.tokens[index(form)].deprel = relation
    }

    @Test func surnameJoinsTheFullName() {
        #expect(document.entity(atWord: "Reyes", occurrence: 1)?.name == "Omar Reyes")
        #expect(document.entity(named: "Omar Reyes")?.aliases.contains("Reyes") == true)
    }

    @Test func definiteDescriptionJoinsTheTitleHolder() {
        #expect(document.entity(atWord: "The", occurrence: 0)?.name == "Helen Drake")
        #expect(document.entity(named: "Helen Drake")?.aliases.contains("The mayor") == true)
    }

    @Test func pronounsJoinTheRightPerson() {
        #expect(document.entity(atWord: "him")?.name == "Omar Reyes")
        #expect(document.entity(atWord: "Her")?.name == "Helen Drake")
        #expect(document.entity(atWord: "he")?.name == "Paul Drake")
    }

    @Test func anObjectPronounIsNotTheSubjectItsVerbShares() {
        // "to replace him": Cole does the replacing, so "him" is Reyes. The clause structure is set
        // by hand (the test documents have no parser).
        var document = EntityTestDocument.make("[Omar Reyes]PER resigned in May. [Paul Cole]PER joined the race to replace him.")
        Self.attach("Paul", to: "joined", as: "nsubj", in: &document)
        Self.attach("joined", to: nil, as: "root", in: &document)
        Self.attach("race", to: "joined", as: "obj", in: &document)
        Self.attach("replace", to: "joined", as: "advcl", in: &document)
        Self.attach("him", to: "replace", as: "obj", in: &document)
        EntityTestDocument.recognizer.recognize(&document)
        #expect(document.entity(atWord: "him")?.name == "Omar Reyes", "\(document.entities.map(\.name))")
    }

    @Test func aSubjectPronounPrefersTheOwnerOfAnEarlierSubjectToANearerExample() {
        // "His views ... leaders such as Sanders; he opposes ...": he is the owner of the views.
        var document = EntityTestDocument.make(
            "[Dan Moss]PER spoke for an hour. His views clashed with leaders such as [Ben Sanders]PER; he opposes the plan.")
        Self.attach("His", to: "views", as: "nmod:poss", in: &document)
        Self.attach("views", to: "clashed", as: "nsubj", in: &document)
        Self.attach("clashed", to: nil, as: "root", in: &document)
        Self.attach("leaders", to: "clashed", as: "obl", in: &document)
        Self.attach("Ben", to: "leaders", as: "nmod", in: &document)
        Self.attach("he", to: "opposes", as: "nsubj", in: &document)
        Self.attach("opposes", to: "clashed", as: "parataxis", in: &document)
        EntityTestDocument.recognizer.recognize(&document)
        #expect(document.entity(atWord: "he")?.name == "Dan Moss", "\(document.entities.map(\.name))")
    }

    @Test func aNameInAppositionToTheSubjectIsTheSubject() {
        // "Norway's other league, the Coastal League, cancelled its final": its is the league
        // the subject names, not Norway, the owner of the subject.
        var document = EntityTestDocument.make(
            "[Norway]LOC's other league, the [Coastal League]ORG, cancelled its final.")
        Self.attach("Norway", to: "league", as: "nmod:poss", in: &document)
        Self.attach("league", to: "cancelled", as: "nsubj", in: &document)
        Self.attach("Coastal", to: "League", as: "compound", in: &document)
        Self.attach("League", to: "league", as: "appos", in: &document)
        Self.attach("cancelled", to: nil, as: "root", in: &document)
        Self.attach("its", to: "final", as: "nmod:poss", in: &document)
        Self.attach("final", to: "cancelled", as: "obj", in: &document)
        EntityTestDocument.recognizer.recognize(&document)
        #expect(document.entity(atWord: "its")?.name == "Coastal League", "\(document.entities.map(\.name))")
    }

    @Test func inAnEarlierSentenceTheOwnerOfTheSubjectComesBeforeTheNamesApposedToIt() {
        // "His parents, Omar Moss and Ruth Moss, were farmers. He studied law.": he is the son.
        var document = EntityTestDocument.make(
            "[Dan Moss]PER was born in 1950. His parents, [Omar Moss]PER and [Ruth Moss]PER, were farmers. He studied law.")
        Self.attach("His", to: "parents", as: "nmod:poss", in: &document)
        Self.attach("parents", to: "farmers", as: "nsubj", in: &document)
        Self.attach("Omar", to: "parents", as: "appos", in: &document)
        Self.attach("farmers", to: nil, as: "root", in: &document)
        Self.attach("He", to: "studied", as: "nsubj", in: &document)
        EntityTestDocument.recognizer.recognize(&document)
        #expect(document.entity(atWord: "He")?.name == "Dan Moss", "\(document.entities.map(\.name))")
    }

    @Test func inAnEarlierSentenceTheMainClauseSubjectComesBeforeASubordinateClausesSubject() {
        // "When Hale announced his retirement, Reed joined the race. He served ...": he is Reed,
        // though Hale is the sentence's first subject.
        var document = EntityTestDocument.make(
            "When Senator [Tom Hale]PER announced his retirement, [Paul Reed]PER joined the race. He served for ten years.")
        Self.attach("Tom", to: "announced", as: "nsubj", in: &document)
        Self.attach("announced", to: "joined", as: "advcl", in: &document)
        Self.attach("Paul", to: "joined", as: "nsubj", in: &document)
        Self.attach("joined", to: nil, as: "root", in: &document)
        Self.attach("He", to: "served", as: "nsubj", in: &document)
        Self.attach("served", to: nil, as: "root", in: &document)
        EntityTestDocument.recognizer.recognize(&document)
        #expect(document.entity(atWord: "He")?.name == "Paul Reed", "\(document.entities.map(\.name))")
    }

    @Test func aLoneNameTypedAsAnOrganizationJoinsThePersonItNames() {
        let document = EntityTestDocument.recognize("""
            [Karim bin Nasser]PER ruled the island for forty years. [Karim]ORG's reign ended in 2020.             [Nasser]ORG thanked the council.
            """)
        #expect(document.entity(atWord: "Karim", occurrence: 1)?.name == "Karim bin Nasser")
        #expect(document.entity(atWord: "Nasser", occurrence: 1)?.name == "Karim bin Nasser")
        #expect(!document.entities.contains { $0.type == .organization }, "\(document.entities.map(\.name))")
        let company = EntityTestDocument.recognize("[Acme]ORG hired [Dana Cole]PER. [Acme]ORG grew.")
        #expect(company.entity(atWord: "Acme", occurrence: 1)?.type == .organization, "a name no person bears stays an organization")
    }

    @Test func bothAsASubjectStandsForTheGroupBeforeIt() {
        func recognized(_ text: String) -> AnnotatedDocument {
            var document = EntityTestDocument.make(text)
            for i in document.tokens.indices where document.tokens[i].form == "Both" {
                document.tokens[i].upos = "DET"
                document.tokens[i].deprel = "nsubj"
            }
            EntityTestDocument.recognizer.recognize(&document)
            return document
        }
        let group = recognized("Two police officers were honoured on Monday. Both received medals.")
        #expect(group.entity(atWord: "Both")?.type == .group, "\(group.entities.map(\.name))")
        // One organisation of a pair is not what "both" stands for.
        let pair = recognized("[Acme]ORG and [Zenith]ORG merged. Both gained.")
        #expect(pair.entity(atWord: "Both") == nil)
    }

    @Test func twoPeopleWithOneSurnameStayApart() {
        let drakes = document.entities.filter { $0.name.hasSuffix("Drake") }
        #expect(drakes.map(\.name).sorted() == ["Helen Drake", "Paul Drake"])
        #expect(document.entity(named: "Paul Drake")?.mentions.count == 2 + 1)
    }

    @Test func aliasesIncludeSurnameAndRole() {
        let mayor = document.entity(named: "Helen Drake")
        #expect(mayor?.aliases.contains("Drake") == true)
        #expect(mayor?.aliases.contains("the mayor") == true)
        #expect(mayor?.titles.first?.of == "Springfield")
    }

    @Test func aSurnameKeepsItsParticles() {
        let document = EntityTestDocument.recognize("[Lotte De Smedt]PER leads the inquiry. [Pieter van der Loon]PER left.")
        #expect(document.entity(named: "Lotte De Smedt")?.aliases.contains("De Smedt") == true, "\(document.entities.map(\.aliases))")
        #expect(document.entity(named: "Pieter van der Loon")?.aliases.contains("van der Loon") == true, "\(document.entities.map(\.aliases))")
    }

    @Test func theHeadStruckIsNoTitle() {
        let document = EntityTestDocument.recognize("The guard [Olaf Brink]PER was struck on the head. The head of the unit, [Ada Moss]PER, spoke.")
        #expect(document.entity(named: "Olaf Brink")?.aliases.contains("the head") == false, "\(document.entities.map(\.aliases))")
    }

    @Test func aSharedSurnameStaysWithThePersonTheArticleCallsByIt() {
        // An obituary names the man's daughter and son in full; "Monteiro" alone is still him.
        let document = EntityTestDocument.recognize("""
            [Rafael Monteiro]PER died on Saturday. [Monteiro]PER recorded 31 albums. His daughter, \
            [Clara Monteiro]PER, said he died in his sleep. His son, [Davi Monteiro]PER, plays the drums. \
            [Monteiro]PER was married twice.
            """)
        #expect(document.entity(atWord: "Monteiro", occurrence: 1)?.name == "Rafael Monteiro")
        #expect(document.entity(atWord: "Monteiro", occurrence: 4)?.name == "Rafael Monteiro", "\(document.entities.map(\.name))")
        // Never called by the surname alone before, the one mentioned last is meant.
        let pair = EntityTestDocument.recognize("[John Smith]PER spoke first. Then [Mary Smith]PER spoke. [Smith]PER left early.")
        #expect(pair.entity(atWord: "Smith", occurrence: 2)?.name == "Mary Smith")
    }

    @Test func theTitleOfAWorkIsNoPersonAndTakesNoPronoun() {
        let document = EntityTestDocument.recognize("""
            [Rafael Monteiro]PER wrote many songs. His best-known song, "[Noite de Sal]PER", was recorded \
            in 20 languages. He is survived by his wife.
            """)
        #expect(document.entity(named: "Noite de Sal") == nil, "\(document.entities.map(\.name))")
        #expect(document.entity(atWord: "He")?.name == "Rafael Monteiro")
        let album = EntityTestDocument.recognize("His first album, [Mare Alta]PER, was released in 1969. The film [Salt]LOC opened.")
        #expect(album.entities.isEmpty, "\(album.entities.map(\.name))")
        // A name after a comma that does not close an apposition is no title: "the album, Smith said".
        let speaker = EntityTestDocument.recognize("Fans loved the album, [Ann Smith]PER said.")
        #expect(speaker.entity(named: "Ann Smith")?.type == .person)
    }

    @Test func theCompanyRefersBackToTheOrganization() {
        let document = EntityTestDocument.recognize(
            "[Strideline]ORG was fined on Monday. Its chief, [Aoife Brennan]PER, said the company accepted the findings.")
        #expect(document.entity(atWord: "company")?.name == "Strideline", "\(document.entities.map(\.name))")
        // Only an organization: "the company" is no person.
        let person = EntityTestDocument.recognize("[Aoife Brennan]PER spoke. She said the company would appeal.")
        #expect(person.entity(atWord: "company") == nil)
    }

    @Test func laterFullNameExtendsAnEarlierSurname() {
        let document = EntityTestDocument.recognize("[Okafor]PER won. Coach [Ben Okafor]PER said so.")
        #expect(document.entities.filter { $0.type == .person }.map(\.name) == ["Ben Okafor"])
    }

    @Test func aLaterNameContinuingAnEarlierOneIsThatPerson() {
        // The headline calls her by two names, the text by three (a second surname).
        let document = EntityTestDocument.recognize("[Ana Ruiz]PER wins. The board chose [Ana Ruiz Gil]PER on Monday.")
        #expect(document.entities.filter { $0.type == .person }.map(\.name) == ["Ana Ruiz Gil"], "\(document.entities.map(\.name))")
    }

    @Test func theGovernorIsNoDeputyGovernor() {
        let document = EntityTestDocument.recognize("Deputy Governor [Ivo Sand]PER spoke. The governor had left early.")
        #expect(document.entity(atWord: "The", occurrence: 0) == nil)
        #expect(document.entity(named: "Ivo Sand")?.aliases.contains("The governor") == false)
    }

    @Test func aNewTitleIsNotGuessedForSomeoneHoldingAnother() {
        // "the new governor" in the Finance Minister's sentence is not the minister.
        let document = EntityTestDocument.recognize(
            "Finance Minister [Luis Pardo]PER said he would work with the new governor from the first day.")
        #expect(document.entity(named: "Luis Pardo")?.titles.map(\.role) == ["Finance Minister"])
    }

    @Test func formerTitleDescriptionTeachesTheTitle() {
        let document = EntityTestDocument.recognize(
            "Attorney General [Jeff Sessions]PER criticized the cities. The former Senator said they broke the law.")
        #expect(document.entity(atWord: "The", occurrence: 0)?.name == "Jeff Sessions")
        #expect(document.entity(named: "Jeff Sessions")?.titles.contains { $0.role == "Senator" && $0.modifier == "former" } == true)
    }

    @Test func aGivenNameTypedAPlaceIsThePersonNamedBefore() {
        let document = EntityTestDocument.recognize(
            "[Ilse Varnaby]PER was named chief executive . \" [Ilse]LOC is the leader we need , \" the founder said .")
        #expect(document.entities.map(\.name) == ["Ilse Varnaby"], "\(document.entities.map(\.name))")
    }

    @Test func anAcronymInBracketsAfterANameIsItsOwnWhateverItsLetters() {
        let document = EntityTestDocument.recognize(
            "The [State Criminal Police Office]ORG ( [LKA]ORG ) opened an inquiry . Later the [LKA]ORG named a suspect .")
        let organizations = document.entities.filter { $0.type == .organization }
        #expect(organizations.map(\.name) == ["State Criminal Police Office"], "\(organizations.map(\.name))")
        #expect(organizations.first?.aliases.contains("LKA") == true)
        // Letters that spell more than the name's initials show the name was cut short: the
        // acronym names the organisation.
        let cut = EntityTestDocument.recognize("Arts groups , Educational , [Scientific and Cultural Organization]ORG ( [UNESCO]ORG ) , protested .")
        #expect(cut.entities.filter { $0.type == .organization }.map(\.name) == ["UNESCO"], "\(cut.entities.map(\.name))")
        // Without the brackets, letters that do not spell the name are another organisation.
        let apart = EntityTestDocument.recognize("The [State Criminal Police Office]ORG met the [LKA]ORG .")
        #expect(apart.entities.filter { $0.type == .organization }.count == 2)
    }

    @Test func acronymJoinsTheOrganization() {
        let document = EntityTestDocument.recognize(
            "The [Department of Homeland Security]ORG opened an office. [DHS]ORG said it would hire staff.")
        let organizations = document.entities.filter { $0.type == .organization }
        #expect(organizations.count == 1)
        #expect(organizations.first?.name == "Department of Homeland Security")
        #expect(document.entity(atWord: "it")?.name == "Department of Homeland Security")
    }

    @Test func aCompanyNameWithAndWithoutItsDesignatorIsOneOrganization() {
        let document = EntityTestDocument.recognize(
            "The regulator fined [Veltro]ORG on Monday. [Veltro Corporation]ORG is the largest airline in the region.")
        let organizations = document.entities.filter { $0.type == .organization }
        #expect(organizations.map(\.name) == ["Veltro Corporation"], "\(document.entities.map(\.name))")
        #expect(organizations.first?.aliases.contains("Veltro") == true)
        let two = EntityTestDocument.recognize("[Veltro Air]ORG sued [Veltro Corporation]ORG.")
        #expect(two.entities.filter { $0.type == .organization }.count == 2, "one word more than a designator is another name")
    }

    @Test func aCompanyCalledByTheFirstWordOfItsNameIsThatCompany() {
        // The headline names it first, typed as a person; the body names it in full.
        let document = EntityTestDocument.recognize(
            "[Harlow]PER to buy a rival. The firm [Harlow Group]ORG agreed on Monday. [Harlow]PER will pay in cash.")
        let organizations = document.entities.filter { $0.type == .organization }
        #expect(organizations.map(\.name) == ["Harlow Group"], "\(document.entities.map(\.name))")
        #expect(!document.entities.contains { $0.type == .person }, "\(document.entities.map(\.name))")
        let person = EntityTestDocument.recognize("[Gerald Harlow]PER founded the [Harlow Foundation]ORG. [Harlow]PER spoke.")
        #expect(person.entity(atWord: "Harlow", occurrence: 2)?.name == "Gerald Harlow", "a person's name word stays the person's")
    }

    @Test func aNameOfSeveralWordsHasOneTypeInADocument() {
        let document = EntityTestDocument.recognize(
            "The site is run by the company [Cultura Nova]ORG. Researchers wrote to [Cultura Nova]PER twice.")
        let named = document.entities.filter { $0.type != .group }
        #expect(named.map(\.name) == ["Cultura Nova"], "\(document.entities.map(\.name))")
        #expect(named.first?.type == .organization)
    }

    @Test func aLoneUnknownNameTypedAsAPlaceJoinsThePersonOrOrganizationItNames() {
        let document = EntityTestDocument.recognize("""
            President [Rodrigo Dutra]PER met the [National Broadcasting Board]ORG on Monday. Critics of \
            [Dutra]LOC's plan wrote to the [NBB]LOC.
            """)
        #expect(document.entity(atWord: "Dutra", occurrence: 1)?.name == "Rodrigo Dutra")
        #expect(document.entity(atWord: "NBB")?.name == "National Broadcasting Board")
        #expect(!document.entities.contains { $0.type == .place }, "\(document.entities.map(\.name))")
        let city = EntityTestDocument.recognize("[George Washington]PER led the army. [Washington]LOC grew after the war.")
        #expect(city.entity(atWord: "Washington", occurrence: 1)?.type == .place, "a place the gazetteer knows stays a place")
    }

    @Test func aTitledPersonIsNotGuessedToHoldAnotherTitle() {
        // Nobody holds "the Prime Minister"; the president just named is not guessed to.
        let document = EntityTestDocument.recognize(
            "President [Ana Cole]PER spoke on Monday. The Prime Minister had advised the Queen.")
        #expect(document.entity(named: "Ana Cole")?.titles.map(\.role) == ["President"])
    }

    @Test func descriptionWithItsOwnOwnerNamesSomeoneNew() {
        // Nobody holds "head of Salem's fire department": the description must not fall back to
        // the person a pronoun would take (the sheriff just named).
        let document = EntityTestDocument.recognize(
            "Sheriff [Ana Cole]PER spoke on Monday. The head of [Salem]LOC's fire department also attended.")
        #expect(document.entity(atWord: "The", occurrence: 0) == nil)
        #expect(document.entity(named: "Ana Cole")?.titles.map(\.role) == ["Sheriff"])
    }

    @Test func placeAliasesMerge() {
        let document = EntityTestDocument.recognize("The [United States]LOC won. The [U.S.]LOC team left.")
        #expect(document.entities.filter { $0.type == .place }.count == 1)
    }

    @Test func pluralNationalitiesAreGroups() {
        let document = EntityTestDocument.recognize(
            "Thousands of Swedes joined the march, and Iranians joined too.",
            tags: ["Swedes": ("PROPN", "NNPS"), "Iranians": ("PROPN", "NNPS"), "Thousands": ("NOUN", "NNS")])
        let groups = Set(document.entities.filter { $0.type == .group }.map(\.name))
        #expect(groups.contains { $0.hasSuffix("Swedes") }, "\(groups)")
        #expect(groups.contains { $0.hasSuffix("Iranians") }, "\(groups)")
    }

    @Test func aPluralPossessiveBeforeANameWordIsNoGroup() {
        // "Workers' Party" is a name; the workers after it are people.
        let document = EntityTestDocument.recognize(
            "Leaders of the Farm Workers' Party met striking workers.",
            tags: ["Workers": ("NOUN", "NNS"), "workers": ("NOUN", "NNS")])
        let groups = document.entities.filter { $0.type == .group }.map(\.name)
        #expect(!groups.contains { $0.contains("Workers") }, "\(groups)")
        #expect(groups.contains { $0.hasSuffix("workers") }, "\(groups)")
    }

    @Test func groupsAreEntities() {
        let document = EntityTestDocument.recognize(
            "A handful of mayors from the [U.S. Conference of Mayors]ORG met. Police chiefs attended. The mayors left.")
        let groups = document.entities.filter { $0.type == .group }
        #expect(groups.map(\.name).contains("mayors from the U.S. Conference of Mayors"))
        #expect(groups.map(\.name).contains("Police chiefs"))
        #expect(groups.count == 2)
    }
}

/// Descriptions read over a parse (hand-built tree, names tagged by hand).
@Suite struct DescriptionHolderTests {
    @Test func aDescriptionInARelativeClauseBelongsToItsAntecedent() {
        // "Bolton often argued with Mike Pompeo who is the secretary of state."
        var document = ExtractionTreeBuilder.document("""
            1 Bolton Bolton PROPN NNP 3 nsubj
            2 often often ADV RB 3 advmod
            3 argued argue VERB VBD 0 root
            4 with with ADP IN 5 case
            5 Mike Mike PROPN NNP 3 obl
            6 Pompeo Pompeo PROPN NNP 5 flat
            7 who who PRON WP 10 nsubj
            8 is be AUX VBZ 10 cop
            9 the the DET DT 10 det
            10 secretary secretary NOUN NN 5 acl:relcl
            11 of of ADP IN 12 case
            12 state state NOUN NN 10 nmod
            13 . . PUNCT . 3 punct
            """)
        document.spans = []
        document.entities = []
        for (i, tag) in ["B-PER", "O", "O", "O", "B-PER", "I-PER"].enumerated() { document.tokens[i].entityTag = tag }
        EntityTestDocument.recognizer.recognize(&document)
        let pompeo = document.entity(named: "Mike Pompeo")
        #expect(pompeo?.titles.contains { $0.role.lowercased().contains("secretary") } == true, "\(document.entities.map { ($0.name, $0.titles.map(\.role)) })")
        #expect(document.entity(named: "Bolton")?.titles.isEmpty == true)
    }
}
