import Testing
import FactModel
@testable import QueryLanguage

/// "which senator from Westland backed the bill": of the senators who backed it, the one whose
/// title or facts tie them to Westland.
@Suite struct PlaceTieTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let s0 = source.sentence("The bill was backed by Senators Ana Ruiz of Westland and Tom Park of Eastmark.")
        let s1 = source.sentence("Representative Lena Voss, of Northshire, also backed the bill.")
        let ruiz = source.entity("Ana Ruiz", .person, aliases: ["Ruiz"], titles: [Title(role: "Senator", of: "Westland", provenance: s0)])
        let park = source.entity("Tom Park", .person, aliases: ["Park"], titles: [Title(role: "Senator", of: "Eastmark", provenance: s0)])
        let voss = source.entity("Lena Voss", .person, aliases: ["Voss"], titles: [Title(role: "Representative", provenance: s1)])
        source.entity("Westland", .place)
        source.entity("Eastmark", .place)
        source.entity("Northshire", .place)
        let bill = Argument(text: "The bill", head: "bill")
        source.add(Argument(text: "Ana Ruiz", head: "Ana Ruiz", entity: ruiz), "back", bill, at: s0)
        source.add(Argument(text: "Tom Park", head: "Tom Park", entity: park), "back", bill, at: s0)
        source.add(Argument(text: "Lena Voss", head: "Lena Voss", entity: voss), "back", bill, at: s1)
        source.add(Argument(text: "Lena Voss", head: "Lena Voss", entity: voss), "be of", Argument(text: "Northshire", head: "Northshire"), kind: .copula, at: s1)
        let lind = source.entity("Ivo Lind", .person, aliases: ["Lind"])
        let diaz = source.entity("Rosa Diaz", .person, aliases: ["Diaz"])
        let s2 = source.sentence("Lawmakers Ivo Lind of Southvale and Rosa Diaz of Eastmark drafted the bill.", mentions: [
            ("Ivo Lind", .entity(.person), lind), ("Rosa Diaz", .entity(.person), diaz)])
        source.add(Argument(text: "Ivo Lind", head: "Ivo Lind", entity: lind), "draft", bill, at: s2)
        source.add(Argument(text: "Rosa Diaz", head: "Rosa Diaz", entity: diaz), "draft", bill, at: s2)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func aMentionWrittenWithThePlaceAfterItTiesThemWithoutAFact() {
        #expect(answers("who drafted the bill").count == 2)
        #expect(answers("which lawmaker from Southvale drafted the bill") == ["Ivo Lind"])
    }

    @Test func aPlaceAfterTheKindKeepsTheHolderOfItsTitle() {
        #expect(answers("who backed the bill").count == 3)
        #expect(answers("which senator from Westland backed the bill") == ["Ana Ruiz"])
        #expect(answers("which Eastmark senator backed the bill") == ["Tom Park"])
    }

    @Test func aFactSayingWhereTheyAreFromTiesThemToo() {
        #expect(answers("which representative from Northshire backed the bill") == ["Lena Voss"])
    }

    @Test func noAnswerTiedToThePlaceKeepsThemAll() {
        // The articles do not say who is from Northvale: the question's kind is all they can answer.
        #expect(answers("which senator from Northvale backed the bill").count >= 2)
    }
}
