import FactModel
import Testing
@testable import TextPipeline

/// A name after an organisation kind noun and "called", "named" or "known as" is an organisation
/// (`NameAfterKindNoun`); "named" as the verb of appointing is no such phrase.
@Suite struct NameCalledByAKindNounTests {
    static let pipeline = BundledPipeline.shared

    func mentions(_ sentences: String) throws -> [String: MentionType] {
        let document = try BundledPipeline.extract(sentences, headline: "Security report")
        return Dictionary(document.mentions.map { ($0.text, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    @Test(.enabled(if: pipeline != nil)) func aNameKnownAsAfterAKindNounIsAnOrganisation() throws {
        let found = try mentions("The break-in was carried out by a criminal gang known as Nightjar, police said.")
        #expect(found["Nightjar"] == .entity(.organization), "\(found)")
    }

    @Test(.enabled(if: pipeline != nil)) func aNameCalledAfterAKindNounIsAnOrganisation() throws {
        let found = try mentions("The audit was done by a small firm called Redwatch.")
        #expect(found["Redwatch"] == .entity(.organization), "\(found)")
    }

    @Test(.enabled(if: pipeline != nil)) func namedAsTheVerbOfAppointingMakesNoOrganisation() throws {
        let found = try mentions("The association named Emmanuel Asante-Darko, the coach of the under-23 team, as his replacement "
            + "until the end of the qualifying campaign.")
        #expect(!found.values.contains(.entity(.organization)), "\(found)")
    }
}
