import FactModel
import Testing
@testable import QueryLanguage

/// "since when" and "until when" ask for the time the sentence introduces with a matching
/// preposition; the other times of the sentences go when one is so introduced, and when no fact's
/// time is, the sentences are searched for one ("delay ... until November 4" for "postponed").
@Suite struct TimeBoundaryTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let vik = source.entity("Lena Vik", .person, aliases: ["Vik"])
        _ = source.sentence("Lena Vik was attacked last night at the harbour festival.", mentions: [
            ("Lena Vik", .entity(.person), vik), ("last night", .value(.date), nil)])
        _ = source.sentence("Vik has been harbour master since 1998.", mentions: [("Vik", .entity(.person), vik), ("1998", .value(.date), nil)])
        _ = source.sentence("The harbour stays closed through October 14; the festival deadline is October 31.", mentions: [
            ("October 14", .value(.date), nil), ("October 31", .value(.date), nil)])
        // The fact holds only the day of the postponing; the end of the delay is in the next sentence.
        let postponed = source.sentence("The vote on the harbour levy was postponed on Tuesday.", mentions: [("Tuesday", .value(.date), nil)])
        source.add(Argument(text: "The vote on the harbour levy", head: "vote"), "postpone", nil,
                   qualifiers: [Qualifier(marker: "on", argument: Argument(text: "Tuesday", head: "Tuesday",
                                                                           value: TypedValue(kind: .date, text: "Tuesday", normalized: "Tuesday")))],
                   voice: .passive, surface: "was postponed", at: postponed)
        _ = source.sentence("The board voted to delay the levy vote until November 4.", mentions: [("November 4", .value(.date), nil)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func sinceWhenAsksForTheStart() {
        #expect(answers("since when has Vik been harbour master") == ["1998"])
    }

    @Test func untilWhenAsksForTheEnd() {
        #expect(answers("until when does the harbour stay closed") == ["October 14"])
    }

    @Test func aMissingBoundaryIsSoughtInTheSentences() {
        #expect(answers("until when was the levy vote postponed") == ["November 4"])
        #expect(answers("when was the levy vote postponed") == ["Tuesday"])
    }

    @Test func whenAloneKeepsEveryTime() {
        #expect(answers("when does the harbour stay closed").count == 2)
    }
}
