import FactModel
import Testing
@testable import TextPipeline

/// "by Gulnora Tashbekova, Kyrgyzstan's deputy minister of mining,": a name the tagger read as a
/// place is a person when a title stands in apposition to it
/// (`NameRules.nameBeforeATitleInApposition`); an adverb before a conjunct's preposition ("and
/// then by a Kazakh judge") is no part of the conjunct (`SentenceTree.argumentSpan`).
@Suite struct TitleInAppositionNameTests {
    static let pipeline = BundledPipeline.shared

    func extracted(_ sentence: String) throws -> ExtractedDocument {
        try BundledPipeline.extract(sentence, headline: "Inquiry opens")
    }

    @Test(.enabled(if: pipeline != nil)) func aTitleInAppositionMakesTheNameAPerson() throws {
        let document = try extracted("The inquiry will be led for its first year by Gulnora Tashbekova, Kyrgyzstan's deputy minister "
            + "of mining, and then by a Kazakh judge.")
        let person = document.mentions.first { $0.text == "Gulnora Tashbekova" }
        #expect(person?.type == .entity(.person), "\(document.mentions.map { "\($0.text): \($0.type)" })")
        // "by X and then by a Kazakh judge": the judge is a second agent
        // (`TreeRepairs.conjunctRepeatingItsPreposition`), without the adverb.
        let leaders = document.facts.filter { $0.predicate.lemma == "lead" }.map(\.subject.text)
        #expect(leaders == ["Gulnora Tashbekova", "a Kazakh judge"], "\(document.facts.map(\.compact))")
        let arguments = document.facts.flatMap { [$0.subject.text] + $0.qualifiers.map(\.argument.text) }
        #expect(!arguments.contains { $0.hasPrefix("then") }, "\(arguments)")
    }

    @Test(.enabled(if: pipeline != nil)) func aPlaceBeforeANounThatIsNoTitleStaysAPlace() throws {
        let document = try extracted("The team flew to Kyrgyzstan, the country's main mining region, on Monday.")
        let place = document.mentions.first { $0.text == "Kyrgyzstan" }
        #expect(place?.type == .entity(.place), "\(document.mentions.map { "\($0.text): \($0.type)" })")
    }
}

/// "Her lawyer, Tomas Brenner,": a role held toward an owner is a title when its owner is
/// written (`TitleWords.ownedRoles`); "a lawyer, Ana Ruiz," only describes.
@Suite struct OwnedRoleTitleTests {
    @Test(.enabled(if: TitleInAppositionNameTests.pipeline != nil)) func aRoleWithItsOwnerIsATitle() throws {
        let facts = try BundledPipeline.extract("Mara Quist was charged with fraud on Monday. Her lawyer, Tomas Brenner, said she would appeal. "
            + "A lawyer, Ana Ruiz, said the case was weak.", headline: "Quist charged").facts
        let titles = facts.filter { $0.kind == .title && $0.predicate.lemma == "lawyer" }
        #expect(titles.map(\.subject.text) == ["Tomas Brenner"], "\(facts.map(\.compact))")
        let owner = titles.first?.qualifiers.first?.argument
        let quist = facts.first { $0.subject.text == "Mara Quist" }?.subject.entity
        #expect(owner?.text == "Her" && owner?.entity != nil && owner?.entity == quist, "\(titles.map(\.compact))")
    }
}
