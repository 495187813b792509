import FactModel
import Testing
@testable import TextPipeline

/// A dateline opening a paragraph ("OSLO, Norway, 3 November -") is a sentence of its own
/// (`SentenceSplitter`), so its place is not the first sentence's subject, and its date is no
/// description of the place (`readAppositives`).
@Suite struct DatelineTests {
    @Test func aDatelineIsASentenceOfItsOwn() {
        let text = "Minister resigns\n\nOSLO, Norway, 3 November - The fisheries minister resigned on Monday. He denied wrongdoing."
        #expect(SentenceSplitterTests.sentences(of: text).1
            == ["Minister resigns", "OSLO, Norway, 3 November -", "The fisheries minister resigned on Monday.", "He denied wrongdoing."])
    }

    @Test func anAgencyDatelineIsOneToo() {
        let text = "ST. LOUIS (Reuters) – The city council voted on Tuesday."
        #expect(SentenceSplitterTests.sentences(of: text).1 == ["ST. LOUIS (Reuters) –", "The city council voted on Tuesday."])
    }

    @Test func capitalsThatOpenASentenceAreNoDateline() {
        for text in ["NATO, the alliance, met on Monday - and agreed.", "EU - China talks resumed on Monday.",
                     "The council met in OSLO, Norway - and voted."] {
            #expect(SentenceSplitterTests.sentences(of: text).1 == [text])
        }
    }

    @Test(.enabled(if: BundledPipeline.shared != nil)) func theDatelinePlaceIsNoSubject() throws {
        let facts = try BundledPipeline.extract(
            "MÁLAGA, Spain, 29 November - Portugal won the regatta for the third time on Sunday.", headline: "Portugal win regatta").facts
        #expect(facts.contains { $0.predicate.lemma == "win" && $0.subject.text == "Portugal" }, "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.predicate.lemma == "win" && $0.subject.text.contains("MÁLAGA") }, "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.kind == .appositive && ($0.object?.text ?? "").contains("November") }, "\(facts.map(\.compact))")
    }
}

extension DatelineTests {
    @Test func aHeadlineInCapitalsStaysApartFromTheDateline() {
        let text = "MINISTER RESIGNS\n\nOSLO, Norway, 3 November - The minister resigned."
        #expect(SentenceSplitterTests.sentences(of: text).1 == ["MINISTER RESIGNS", "OSLO, Norway, 3 November -", "The minister resigned."])
    }
}
