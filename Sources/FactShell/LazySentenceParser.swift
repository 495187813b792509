import FactModel
import TextPipeline

/// The sentence parser the query engine asks: the loader's pipeline, loaded on first use (a
/// corpus opened from the snapshot cache needs it only when a question falls back to sentences).
struct LazySentenceParser: SentenceParsing {
    let loader: CorpusLoader

    func tree(of sentence: String) -> DependencyTree? {
        guard case .success(let pipeline) = loader.models else { return nil }
        return pipeline.tree(of: sentence)
    }
}
