import FactModel
import Testing
@testable import TextPipeline

/// "the nearby town of Puerto Verde": a name in the "of" phrase of a noun for a kind of place is a
/// place wherever the article writes it, however the name tagger typed it (`PlacesByKind`).
@Suite struct PlacesByKindTests {
    func names(_ document: AnnotatedDocument) -> [String] {
        EntityLabel.spans(document.tokens.map(\.entityTag)).map { $0.type + ":" + document.text(ofTokens: $0.range) }
    }

    @Test func aNameAfterTownOfIsAPlaceEverywhere() {
        let document = EntityTestDocument.recognize(
            "Boats came from the town of [Puerto Verde]PER at night . Crews from [Puerto Verde]PER were praised by [Ana Ruiz]PER .")
        #expect(names(document) == ["LOC:Puerto Verde", "LOC:Puerto Verde", "PER:Ana Ruiz"])
    }

    @Test func anUntaggedNameAfterIslandOfIsAPlace() {
        let document = EntityTestDocument.recognize("Divers found the wreck off the island of Lastovo on Monday .")
        #expect(names(document) == ["LOC:Lastovo"])
    }

    @Test func anOrganizationAfterOfStaysAnOrganization() {
        let document = EntityTestDocument.recognize("He works for the port of [Rotterdam Authority]ORG now .")
        #expect(names(document) == ["ORG:Rotterdam Authority"])
    }
}
