import Foundation
import Testing
import FactModel
@testable import TextPipeline

/// A development probe, off by default: with `EXTRACTION_PROBE=path.conllu` it extracts facts
/// from a treebank's gold trees and prints them, to read the rules' output on many sentences.
@Suite struct ExtractionTreebankProbeTests {
    static let path = ProcessInfo.processInfo.environment["EXTRACTION_PROBE"]

    @Test(.enabled(if: path != nil)) func printsFactsOfGoldTrees() throws {
        let sentences = try CoNLLU.read(path: Self.path!)
        let limit = Int(ProcessInfo.processInfo.environment["EXTRACTION_PROBE_LIMIT"] ?? "200") ?? 200
        var total = 0
        for sentence in sentences.prefix(limit) {
            let annotated = ExtractionTreeBuilder.document(sentences: [sentence])
            let doc = Document(id: 0, path: "probe", title: "", text: annotated.text)
            let facts = FactExtractor().extract(annotated, document: doc).facts
            total += facts.count
            print("# \(annotated.text)")
            for fact in facts { print(String(format: "  %.2f ", fact.confidence) + fact.compact + "  " + fact.keys) }
        }
        #expect(total > 0)
    }
}
