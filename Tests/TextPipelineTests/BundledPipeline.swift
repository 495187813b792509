import FactModel
import Testing
@testable import TextPipeline

/// The bundled pipeline, loaded once for every test that reads real text through the trained
/// models (nil when they cannot be loaded; such tests are then skipped).
enum BundledPipeline {
    static let shared = try? Pipeline.bundled()

    /// What the bundled pipeline extracts from `sentences` under `headline`, every stage as the
    /// shell runs them (`Pipeline.extract`).
    static func extract(_ sentences: String, headline: String) throws -> ExtractedDocument {
        let pipeline = try #require(shared)
        let text = headline + "\n\n" + sentences + "\n"
        return pipeline.extract(Document(id: 0, path: "t.txt", title: "t", text: text))
    }
}
