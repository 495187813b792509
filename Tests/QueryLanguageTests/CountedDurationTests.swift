import Testing
import FactModel
@testable import QueryLanguage

/// "how many years" may be answered by a duration ("40 years"); "how many votes" never by one
/// ("two days before the vote").
@Suite struct CountedDurationTests {
    let forms = WordForms(lexicon: FakeLexicon())

    func counting(_ noun: String?) -> Set<ValueKind>? {
        let phrase = noun.map { Phrase(words: [$0], range: SourceRange(at: SourcePosition(line: 1, column: 1, offset: 0))) }
        return AnswerTypes.valueKinds(for: .count(phrase), forms: forms)
    }

    @Test func onlyTimeUnitsCountADuration() {
        #expect(counting("votes")?.contains(.duration) == false)
        #expect(counting("delegates")?.contains(.duration) == false)
        #expect(counting("years")?.contains(.duration) == true)
        #expect(counting("weeks")?.contains(.duration) == true)
        #expect(counting(nil)?.contains(.duration) == true)
    }
}
