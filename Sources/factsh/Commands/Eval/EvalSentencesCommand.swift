import ArgumentParser
import Foundation
import TextPipeline

/// `factsh eval sentences FILE.conllu`: measure tokenization and sentence splitting from raw text.
struct EvalSentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Measure tokenization and sentence splitting on a .conllu file, from its raw # text lines.")

    @Argument(help: "A CoNLL-U file with # text lines (and # newdoc / # newpar comments).")
    var file: String

    @Flag(help: "Print tokens per CPU second of tokenize, of tokenize + split, and of tokenize + split + tag + lemmatize, over the rebuilt text.")
    var speed = false

    @Option(help: "Print up to N missed gold tokens and sentences (for tuning on dev data).")
    var showErrors = 0

    func run() throws {
        let corpus = try CoNLLU.read(path: file)
        let result = SentenceEvaluation.evaluate(corpus, errorLimit: showErrors)
        for error in result.tokenErrors.prefix(showErrors) { print("token: \(error)") }
        for error in result.sentenceErrors.prefix(showErrors) { print("sentence: \(error)") }
        func line(_ name: String, _ score: SentenceEvaluation.Score) -> String {
            String(format: "%@ gold=%d predicted=%d correct=%d precision=%.2f recall=%.2f",
                   name, score.gold, score.predicted, score.correct, 100 * score.precision, 100 * score.recall)
        }
        print("documents=\(result.documents) unaligned_gold_words=\(result.unalignedWords)")
        print(line("tokens", result.tokens))
        print(line("sentences", result.sentences))
        if speed { print(try Self.measureSpeed(corpus)) }
        print(String(format: "sentence_f1=%.2f token_f1=%.2f", 100 * result.sentences.f1, 100 * result.tokens.f1))
    }

    /// Runs the first stages over the rebuilt documents repeatedly for about a second of CPU
    /// time each: tokenize; tokenize and split; tokenize, split, tag and lemmatize (the bundled
    /// models). Rates are per CPU second (one core), so a busy machine does not distort them.
    static func measureSpeed(_ corpus: [CoNLLUSentence]) throws -> String {
        let texts = SentenceEvaluation.goldDocuments(corpus).map(\.text)
        let tokenizer = Tokenizer(), splitter = SentenceSplitter()
        let tagger = try PartOfSpeechTagger.bundled(), lemmatizer = try Lemmatizer.bundled()
        func rate(splitting: Bool, tagging: Bool = false) -> Int {
            var tokens = 0
            let start = clock()
            repeat {
                for text in texts {
                    var document = AnnotatedDocument(text: text, tokens: tokenizer.tokenize(text))
                    if splitting { splitter.split(&document) }
                    if tagging {
                        tagger.tag(&document)
                        lemmatizer.lemmatize(&document)
                    }
                    tokens += document.tokens.count
                }
            } while clock() - start < CLOCKS_PER_SEC
            return Int(Double(tokens) * Double(CLOCKS_PER_SEC) / Double(clock() - start))
        }
        return "tokenize_tokens_per_s=\(rate(splitting: false)) tokenize_split_tokens_per_s=\(rate(splitting: true))"
            + " tokenize_split_tag_lemmatize_tokens_per_s=\(rate(splitting: true, tagging: true))"
    }
}
