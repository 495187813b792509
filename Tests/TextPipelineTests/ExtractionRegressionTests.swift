import Foundation
import Testing
import FactModel
@testable import TextPipeline

/// A regression set of hand-checked sentences (our own): each tree in
/// `Fixtures/extraction/regression.conllu` carries its expected facts as `# fact = ...` comments
/// in the compact form of `Fact.compact`; the extractor must produce exactly those.
@Suite struct ExtractionRegressionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var conllu: String
        var expected: [String]
        var testDescription: String { text }
    }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/extraction/regression.conllu")

    static func cases() -> [Case] {
        guard let content = try? String(contentsOf: fixture, encoding: .utf8) else { return [] }
        return content.components(separatedBy: "\n\n").compactMap { block in
            let lines = block.split(separator: "\n").map(String.init)
            guard let text = lines.first(where: { $0.hasPrefix("# text = ") })?.dropFirst(9) else { return nil }
            let expected = lines.filter { $0.hasPrefix("# fact = ") }.map { String($0.dropFirst(9)) }
            return Case(text: String(text), conllu: block, expected: expected)
        }
    }

    @Test func fixtureHasCases() {
        #expect(Self.cases().count >= 30)
    }

    @Test(arguments: cases()) func extractsTheCheckedFacts(_ sample: Case) {
        let annotated = ExtractionTreeBuilder.document(sentences: CoNLLU.parse(sample.conllu))
        let document = Document(id: 0, path: "regression", title: "", text: annotated.text, date: "2020-03-04")
        let facts = FactExtractor().extract(annotated, document: document).facts
        #expect(Set(facts.map(\.compact)) == Set(sample.expected))
    }
}
