import FactModel
import Testing
@testable import TextPipeline

/// "The president appointed Beck": a description with no known holder is not guessed to be the
/// person its own verb acts on (`EntityRecognizer.namedAsAnObjectOfItsVerb`), as "he" in "He
/// appointed Beck" is not Beck.
@Suite struct DescriptionObjectTests {
    static let pipeline = BundledPipeline.shared

    @Test(.enabled(if: pipeline != nil)) func theDescriptionIsNotTheObjectOfItsVerb() throws {
        let pipeline = try #require(Self.pipeline)
        let text = "Cabinet named\n\nThe president asked Tomas Beck to join the cabinet. The president appointed Beck on Monday.\n"
        let document = pipeline.annotate(text)
        let beck = try #require(document.entity(named: "Tomas Beck"))
        #expect(beck.titles.isEmpty && !beck.aliases.contains { $0.lowercased() == "the president" }, "\(beck)")
    }
}
