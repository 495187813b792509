import FactModel
import Testing
@testable import TextPipeline

/// "run by Professor Ana Berglund, a cardiologist at the institute, together with Dr. Piet Jansen
/// and Dr. Sara Okafor": the names after "together with" share the first name's role even with a
/// description between (`TreeRepairs.togetherWithAfterADescription`).
@Suite struct TogetherWithTests {
    static let pipeline = BundledPipeline.shared

    func facts(_ sentence: String) throws -> [Fact] {
        try BundledPipeline.extract(sentence, headline: "Trial results").facts
    }

    @Test(.enabled(if: pipeline != nil)) func namesAfterTogetherWithShareTheRoleAcrossADescription() throws {
        let facts = try facts("The trial was run by Professor Ana Berglund, a cardiologist at the Lund Heart Institute, "
            + "together with Dr. Piet Jansen of Utrecht Medical Centre and Dr. Sara Okafor.")
        let runners = facts.filter { $0.predicate.lemma == "run" }.map(\.subject.text)
        #expect(runners.count == 3, "\(runners)")
        #expect(runners.contains { $0.hasSuffix("Ana Berglund") } && runners.contains { $0.contains("Piet Jansen") }
                && runners.contains { $0.hasSuffix("Sara Okafor") }, "\(runners)")
        // The description is the first name's alone.
        let described = facts.filter { $0.kind == .appositive }.compactMap { $0.object?.text }
        #expect(described == ["a cardiologist at the Lund Heart Institute"], "\(described)")
    }
}
