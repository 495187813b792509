import FactModel

/// The pipeline as the query language's sentence parser: the stages up to the parser over one
/// sentence's text (no names, no facts), words in the order written.
extension Pipeline: SentenceParsing {
    public func tree(of sentence: String) -> DependencyTree? {
        var document = AnnotatedDocument(text: sentence, tokens: tokenizer.tokenize(sentence))
        splitter.split(&document)
        tagger.tag(&document)
        lemmatizer.lemmatize(&document)
        parser.parse(&document)
        return DependencyTree(words: document.tokens.map { token in
            DependencyTree.Word(start: Int(token.start), end: Int(token.end), lemma: token.lemma, upos: token.upos, xpos: token.xpos,
                              head: token.head >= 0 ? Int(token.head) : nil, relation: token.deprel)
        })
    }
}
