import FactModel

/// Runs the text stages in order over one article: tokenize, split, tag, lemmatize, parse,
/// recognize entities, extract facts.
public struct Pipeline: Sendable {
    public let tokenizer: Tokenizer
    public let splitter: SentenceSplitter
    public let tagger: PartOfSpeechTagger
    public let lemmatizer: Lemmatizer
    public let parser: DependencyParser
    public let recognizer: EntityRecognizer
    public let extractor: FactExtractor

    /// The pipeline with every bundled model, loaded from the package's resources.
    public static func bundled() throws -> Pipeline {
        let lemmatizer = try Lemmatizer.bundled()
        return Pipeline(
            tokenizer: Tokenizer(), splitter: SentenceSplitter(), tagger: try .bundled(),
            lemmatizer: lemmatizer, parser: try .bundled(), recognizer: try .bundled(),
            extractor: FactExtractor(lemmatizer: lemmatizer))
    }

    public init(
        tokenizer: Tokenizer, splitter: SentenceSplitter, tagger: PartOfSpeechTagger,
        lemmatizer: Lemmatizer, parser: DependencyParser, recognizer: EntityRecognizer,
        extractor: FactExtractor
    ) {
        self.tokenizer = tokenizer
        self.splitter = splitter
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parser = parser
        self.recognizer = recognizer
        self.extractor = extractor
    }

    /// Tokenizes, splits, tags, lemmatizes, parses and recognizes entities in `text`.
    public func annotate(_ text: String) -> AnnotatedDocument {
        var document = AnnotatedDocument(text: text, tokens: tokenizer.tokenize(text))
        splitter.split(&document)
        tagger.tag(&document)
        lemmatizer.lemmatize(&document)
        parser.parse(&document)
        recognizer.recognize(&document)
        return document
    }

    /// Every stage, ending with the facts of `document`.
    public func extract(_ document: Document) -> ExtractedDocument {
        extractor.extract(annotate(document.text), document: document)
    }
}
