import Foundation
import Testing
@testable import TextPipeline

/// Rebuilds the `lexicon-*` resource files and measures lemma accuracy on EWT with gold XPOS.
/// Runs only when FACTSH_DATA names the shared data folder (see scripts/build-lexicon.sh).
@Suite struct LexiconBuildTests {
    static let dataDirectory = ProcessInfo.processInfo.environment["FACTSH_DATA"]

    @Test(.enabled(if: dataDirectory != nil))
    func rebuildLexiconAndMeasureLemmaAccuracy() throws {
        let data = try #require(Self.dataDirectory)
        let resources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/TextPipeline/Resources")
        for line in try LexiconBuilder.build(dataDirectory: data, outputDirectory: resources.path) { print(line) }
        let lemmatizer = try Lemmatizer.load(from: resources)
        for split in ["dev", "test"] {
            let corpus = try CoNLLU.read(path: "\(data)/ud-english-ewt/en_ewt-ud-\(split).conllu")
            let (correct, total) = LemmaEvaluation.accuracy(of: lemmatizer, on: corpus)
            print(String(format: "ewt-%@ gold-xpos lemma=%.2f (%d/%d)", split, 100 * Double(correct) / Double(total), correct, total))
            if split == "dev", ProcessInfo.processInfo.environment["FACTSH_LEMMA_ERRORS"] != nil {
                for error in LemmaEvaluation.errors(of: lemmatizer, on: corpus) { print("lemma-error: \(error)") }
            }
        }
    }
}
