import ArgumentParser
import Foundation
import TextPipeline

/// `factsh eval parser FILE.conllu`: attachment scores from gold tokenization and predicted tags.
struct EvalParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Measure the parser on a .conllu file (gold tokenization, predicted tags).",
        discussion: """
        Scores every word, punctuation included; LAS compares universal relations, as the CoNLL 2018 \
        shared task does (las_full also compares subtypes). The last line is \
        `uas=NN.NN las=NN.NN tokens_per_s=N`, tokens per CPU second of tagging, lemmatizing and parsing.
        """)

    @Argument(help: "A CoNLL-U file.")
    var file: String

    @Flag(help: "Parse from the file's gold tags instead of the tagger's.")
    var goldTags = false

    @Option(help: "A parser model file instead of the bundled one.")
    var model: String?

    @Option(help: "A tagger model file instead of the bundled one.")
    var tagger: String?

    @OptionGroup var decoding: BranchingOptions

    @Flag(help: "Print the labeled score of each relation.")
    var relations = false

    @Option(help: "Write the parsed sentences (predicted tags, heads, relations) to this CoNLL-U file, for error analysis.")
    var write: String?

    @Option(help: "Also time the whole text pipeline (tokenize, split, tag, lemmatize, parse) on this plain-text file.")
    var speedText: String?

    func run() throws {
        let sentences = try CoNLLU.read(path: file)
        guard !sentences.isEmpty else { throw ValidationError("\(file): no sentences") }
        let parser = try decoding.parser(modelPath: model)
        let tagger = goldTags ? nil : try self.tagger.map { try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: $0)) }
            ?? PartOfSpeechTagger.bundled()
        let result = ParserEvaluation.run(sentences, parser: parser, tagger: tagger, lemmatizer: try Lemmatizer.bundled())
        if let write {
            try CoNLLU.format(result.predicted).write(toFile: write, atomically: true, encoding: .utf8)
        }
        if relations {
            for (relation, counts) in result.byRelation.sorted(by: { $0.value.words > $1.value.words }) {
                let padded = relation.padding(toLength: max(16, relation.count), withPad: " ", startingAt: 0)
                print(padded + String(format: " %6d  %6.2f", counts.words, 100 * Double(counts.correct) / Double(counts.words)))
            }
        }
        if let speedText {
            let text = try String(contentsOfFile: speedText, encoding: .utf8)
            let tokenizer = Tokenizer(), splitter = SentenceSplitter()
            let pipelineTagger = try tagger ?? PartOfSpeechTagger.bundled(), lemmatizer = try Lemmatizer.bundled()
            let start = ParserEvaluation.threadCPUSeconds()
            var document = AnnotatedDocument(text: text, tokens: tokenizer.tokenize(text))
            splitter.split(&document)
            pipelineTagger.tag(&document)
            lemmatizer.lemmatize(&document)
            parser.parse(&document)
            let seconds = ParserEvaluation.threadCPUSeconds() - start
            print(String(format: "pipeline tokenize-to-parse: %d tokens in %.3f CPU s = %.0f tokens/s",
                         document.tokens.count, seconds, Double(document.tokens.count) / seconds))
        }
        print("sentences=\(sentences.count) words=\(result.words) tags=\(goldTags ? "gold" : "predicted")"
              + String(format: " las_full=%.2f uas_without_punct=%.2f", result.lasFull, result.uasWithoutPunct))
        print(String(format: "uas=%.2f las=%.2f tokens_per_s=%.0f", result.uas, result.las, result.tokensPerSecond))
    }
}
