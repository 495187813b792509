import ArgumentParser
import Foundation
import TextPipeline

/// `factsh parse`: show the dependency tree of each sentence of some text.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show the dependency tree of sentences.",
        discussion: "Tokenizes, tags and parses TEXT (or each line of standard input) and draws each sentence's tree.")

    @Argument(help: "Text to parse; without it, standard input is read line by line.")
    var text: [String] = []

    @Flag(help: "Print CoNLL-style columns instead of the tree.")
    var table = false

    @Flag(help: "Show the tree after the extractor's repairs (with names recognized), the one facts are read from.")
    var repaired = false

    @Option(help: "A parser model file instead of the bundled one (to compare a newly trained model).")
    var model: String?

    @OptionGroup var decoding: BranchingOptions

    func run() throws {
        if repaired {
            let bundled = try Pipeline.bundled()
            let pipeline = Pipeline(
                tokenizer: bundled.tokenizer, splitter: bundled.splitter, tagger: bundled.tagger, lemmatizer: bundled.lemmatizer,
                parser: try decoding.parser(modelPath: model), recognizer: bundled.recognizer, extractor: bundled.extractor)
            try each { draw(pipeline.repairedAnnotation($0)) }
            return
        }
        // Only the stages a tree needs (no entity recognition).
        let tokenizer = Tokenizer(), splitter = SentenceSplitter()
        let tagger = try PartOfSpeechTagger.bundled(), lemmatizer = try Lemmatizer.bundled()
        let parser = try decoding.parser(modelPath: model)
        func show(_ line: String) {
            var document = AnnotatedDocument(text: line, tokens: tokenizer.tokenize(line))
            splitter.split(&document)
            tagger.tag(&document)
            lemmatizer.lemmatize(&document)
            parser.parse(&document)
            draw(document)
        }
        try each(show)
    }

    /// Calls `body` with the text of the arguments, or with each non-blank line of standard input.
    private func each(_ body: (String) throws -> Void) throws {
        if !text.isEmpty {
            try body(text.joined(separator: " "))
        } else {
            while let line = readLine() {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { try body(line) }
            }
        }
    }

    private func draw(_ document: AnnotatedDocument) {
        for index in document.sentences.indices {
            print("# \(document.text(ofTokens: document.sentences[index]))")
            print(table ? TreeRenderer.table(document, sentence: index) : TreeRenderer.render(document, sentence: index))
            print()
        }
    }
}
