import FactModel
import Testing
@testable import TextPipeline

/// "led by Professor Ada Lindqvist of Brookfield University in England and Dr. Tomas Berg of ...":
/// the second person is coordinated with the first, not with the place before "and"
/// (`TreeRepairs.personConjunctHungOnAPlace`). The name tags come from the bundled tagger.
@Suite struct PersonConjunctRepairTests {
    static let pipeline = BundledPipeline.shared

    @Test(.enabled(if: pipeline != nil)) func aPersonAfterAPlaceIsTheConjunctOfThePersonBefore() throws {
        let pipeline = try #require(Self.pipeline)
        let text = "Fossil study published\n\nThe fossil was described by a team led by Professor Ada Lindqvist of Brookfield "
            + "University in England and Dr. Tomas Berg of the Rossland Institute in Oslo.\n"
        let annotated = pipeline.annotate(text)
        let facts = FactExtractor().extract(annotated, document: Document(id: 0, path: "t.txt", title: "t", text: text)).facts
        let leaders = facts.filter { $0.predicate.lemma == "lead" }.map(\.compact)
        #expect(leaders.contains { $0.contains("Tomas Berg") && !$0.contains("in: Dr. Tomas Berg") }, "\(leaders)")
    }
}
