import FactModel
import Testing
@testable import QueryLanguage

/// "who had 8 delegates" (here "thanked", which the test lexicon reads): the fact answers that state another number go when one states the asked one.
@Suite struct AskedNumberTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let vik = source.entity("Lena Vik", .person, aliases: ["Vik"])
        let park = source.entity("Ada Park", .person, aliases: ["Park"])
        let reed = source.entity("Paul Reed", .person, aliases: ["Reed"])
        let s0 = source.sentence("Lena Vik thanked 8 delegates, and Ada Park thanked 26 delegates.", mentions: [
            ("Lena Vik", .entity(.person), vik), ("Ada Park", .entity(.person), park)])
        source.add(Argument(text: "Lena Vik", head: "Vik", entity: vik), "thank",
                   Argument(text: "8 delegates", head: "delegates", value: TypedValue(kind: .number, text: "8", normalized: "8", amount: 8)),
                   surface: "thanked", at: s0)
        source.add(Argument(text: "Ada Park", head: "Park", entity: park), "thank",
                   Argument(text: "26 delegates", head: "delegates", value: TypedValue(kind: .number, text: "26", normalized: "26", amount: 26)),
                   surface: "thanked", at: s0)
        let s1 = source.sentence("Paul Reed thanked the most delegates.", mentions: [("Paul Reed", .entity(.person), reed)])
        source.add(Argument(text: "Paul Reed", head: "Reed", entity: reed), "thank", Argument(text: "the most delegates", head: "delegates"),
                   surface: "thanked", at: s1)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func anotherNumberIsNoAnswer() {
        let found = answers("who thanked 8 delegates")
        #expect(found.contains("Lena Vik") && !found.contains("Ada Park"), "\(found)")
    }

    @Test func withoutTheAskedNumberEveryAnswerStays() {
        #expect(Set(answers("who thanked 9 delegates")).isSuperset(of: ["Lena Vik", "Ada Park"]))
    }
}
