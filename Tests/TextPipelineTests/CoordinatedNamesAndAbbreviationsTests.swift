import FactModel
import Testing
@testable import TextPipeline

/// Names written out before their abbreviation, institutions the tagger read as common nouns,
/// conjuncts the parser hung inside a name or a description, "the approval of" a body, parties
/// joined to a party, a party and a title before a name, and the given name "Will".
@Suite struct CoordinatedNamesAndAbbreviationsTests {
    static let pipeline = BundledPipeline.shared

    func extracted(_ sentences: String) throws -> ExtractedDocument {
        try BundledPipeline.extract(sentences, headline: "Research funding announced")
    }

    func subjects(of lemma: String, in document: ExtractedDocument) -> Set<String> {
        Set(document.facts.filter { $0.predicate.lemma == lemma }.map(\.subject.text))
    }

    func mention(_ text: String, in document: ExtractedDocument) -> MentionType? {
        document.mentions.first { $0.text == text }?.type
    }

    @Test(.enabled(if: pipeline != nil)) func aNameBeforeItsAbbreviationIsWrittenOutInFull() throws {
        let document = try extracted("The study was paid for by the Dutch Research Foundation and by Peru's National Council for "
            + "Science and Technology Development (NACOSTED).")
        #expect(mention("National Council for Science and Technology Development", in: document) == .entity(.organization),
                "\(document.mentions.map(\.text))")
        #expect(mention("Dutch Research Foundation", in: document) == .entity(.organization), "\(document.mentions.map(\.text))")
    }

    @Test(.enabled(if: pipeline != nil)) func anAbbreviatedTitleOrLawIsNoOrganisation() throws {
        let document = try extracted("Member of Parliament (MP) Oskar Lind spoke against the Water Quality Protection Act (WQPA).")
        #expect(mention("Member of Parliament", in: document) == nil, "\(document.mentions.map(\.text))")
        #expect(mention("Water Quality Protection Act", in: document) == nil, "\(document.mentions.map(\.text))")
        #expect(mention("Oskar Lind", in: document) == .entity(.person), "\(document.mentions.map(\.text))")
    }

    @Test(.enabled(if: pipeline != nil)) func aNameEndingWithOfGoesOnOverThePlace() throws {
        let document = try extracted("The probe was built by the Federal University of Rio Grande in Brazil.")
        #expect(mention("Federal University of Rio Grande", in: document) == .entity(.organization), "\(document.mentions.map(\.text))")
    }

    @Test(.enabled(if: pipeline != nil)) func aConjunctHungInsideANameIsTheNamesConjunct() throws {
        let document = try extracted("The complaint was filed by the Bar Association of Ghana and Haki Pwani, a rights group based in Accra.")
        #expect(subjects(of: "file", in: document).isSuperset(of: ["the Bar Association of Ghana", "Haki Pwani"]),
                "\(document.facts.map(\.compact))")
    }

    @Test(.enabled(if: pipeline != nil)) func aPersonConjunctHungOnAPlaceInADescription() throws {
        let document = try extracted("The survey was led by Ana Souto, a geologist at the National Museum of Natural History in Lisbon, "
            + "and Karl Weber of the Technical University in Munich.")
        let leaders = subjects(of: "lead", in: document)
        #expect(leaders.contains("Ana Souto") && leaders.contains { $0.hasPrefix("Karl Weber") }, "\(document.facts.map(\.compact))")
    }

    @Test(.enabled(if: pipeline != nil)) func theApprovalOfABodyIsGivenByIt() throws {
        let document = try extracted("The merger needs the approval of the European Commission and of the Norwegian Competition Authority.")
        let approvals = document.facts.filter { $0.predicate.lemma == "approve" }
        #expect(Set(approvals.map(\.subject.text)).isSuperset(of: ["the European Commission", "the Norwegian Competition Authority"]),
                "\(document.facts.map(\.compact))")
        #expect(approvals.allSatisfy { $0.object?.text == "The merger" && $0.predicate.voice == .active }, "\(approvals.map(\.compact))")
    }

    @Test(.enabled(if: pipeline != nil)) func aMadeUpNameJoinedToAPartyIsAParty() throws {
        let document = try extracted("The opposition Social Democratic Party (SDP) and Varjupaik voted against the bill. "
            + "Varjupaik MP Liis-Mari Kask called it rushed.")
        #expect(subjects(of: "vote", in: document).isSuperset(of: ["Social Democratic Party", "Varjupaik"]), "\(document.facts.map(\.compact))")
        #expect(mention("Liis-Mari Kask", in: document) == .entity(.person), "\(document.mentions.map(\.text))")
        #expect(document.mentions.filter { $0.text == "Varjupaik" }.allSatisfy { $0.type == .entity(.organization) },
                "\(document.mentions.map { "\($0.text): \($0.type)" })")
    }

    @Test(.enabled(if: pipeline != nil)) func willBeforeASurnameIsAGivenName() throws {
        let document = try extracted("Opener Will Thompson top-scored for Wales with 64.")
        #expect(mention("Will Thompson", in: document) == .entity(.person), "\(document.mentions.map(\.text))")
        #expect(!document.facts.contains { $0.predicate.modality?.lowercased() == "will" }, "\(document.facts.map(\.compact))")
    }

    @Test func acronymsAreCapitalsWithDigitsOrAmpersands() {
        #expect(NameWordsTakenForOtherWords.isAcronym("NAFOSTED"))
        #expect(NameWordsTakenForOtherWords.isAcronym("AT&T"))
        #expect(!NameWordsTakenForOtherWords.isAcronym("Ltd"))
        #expect(!NameWordsTakenForOtherWords.isAcronym("A"))
    }
}
