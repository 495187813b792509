import Testing
@testable import TextPipeline

/// One lemmatizer construction: a form, its Penn tag and the EWT-style lemma.
struct LemmaCase: CustomTestStringConvertible, Sendable {
    let form: String
    let xpos: String
    let lemma: String
    var testDescription: String { "\(form)/\(xpos) → \(lemma)" }
    init(_ form: String, _ xpos: String, _ lemma: String) {
        self.form = form
        self.xpos = xpos
        self.lemma = lemma
    }
}

@Suite struct LemmatizerTests {
    static let closedClass: [LemmaCase] = [
        LemmaCase("'s", "VBZ", "be"), LemmaCase("’s", "VBZ", "be"), LemmaCase("'s", "POS", "'s"),
        LemmaCase("n't", "RB", "not"), LemmaCase("ca", "MD", "can"), LemmaCase("wo", "MD", "will"),
        LemmaCase("'ll", "MD", "will"), LemmaCase("'re", "VBP", "be"), LemmaCase("'ve", "VBP", "have"),
        LemmaCase("me", "PRP", "I"), LemmaCase("them", "PRP", "they"), LemmaCase("was", "VBD", "be"),
        LemmaCase("an", "DT", "a"), LemmaCase("The", "DT", "the"),
    ]
    static let irregular: [LemmaCase] = [
        LemmaCase("went", "VBD", "go"), LemmaCase("met", "VBD", "meet"), LemmaCase("children", "NNS", "child"),
        LemmaCase("better", "JJR", "good"), LemmaCase("said", "VBD", "say"), LemmaCase("took", "VBD", "take"),
    ]
    static let suffixRules: [LemmaCase] = [
        LemmaCase("attends", "VBZ", "attend"), LemmaCase("attended", "VBD", "attend"),
        LemmaCase("attending", "VBG", "attend"), LemmaCase("stopped", "VBD", "stop"),
        LemmaCase("cities", "NNS", "city"), LemmaCase("buses", "NNS", "bus"), LemmaCase("voters", "NNS", "voter"),
        LemmaCase("hoped", "VBD", "hope"), LemmaCase("larger", "JJR", "large"), LemmaCase("Officials", "NNS", "official"),
    ]
    static let conventions: [LemmaCase] = [
        LemmaCase("Garcetti", "NNP", "Garcetti"), LemmaCase("States", "NNPS", "State"),
        LemmaCase("1,000", "CD", "1000"), LemmaCase("NATO", "NNP", "NATO"), LemmaCase("“", "``", "\""),
        LemmaCase("—", ",", "-"),
    ]

    static let lemmatizer = try! Lemmatizer.bundled()

    @Test(arguments: closedClass) func closedClassTable(_ example: LemmaCase) { check(example) }
    @Test(arguments: irregular) func wordNetExceptions(_ example: LemmaCase) { check(example) }
    @Test(arguments: suffixRules) func morphySuffixRules(_ example: LemmaCase) { check(example) }
    @Test(arguments: conventions) func treebankConventions(_ example: LemmaCase) { check(example) }

    func check(_ example: LemmaCase) {
        #expect(Self.lemmatizer.lemma(of: example.form, xpos: example.xpos) == example.lemma)
    }

    @Test func rulesWorkWithoutTheLexiconFiles() {
        let bare = Lemmatizer(lexicon: .empty)
        #expect(bare.lemma(of: "n't", xpos: "RB") == "not")
        #expect(bare.lemma(of: "running", xpos: "VBG") == "run")
        #expect(bare.lemma(of: "Garcetti", xpos: "NNP") == "Garcetti")
    }

    @Test func contractedHasBeforeAParticiple() {
        var document = AnnotatedDocument(text: "She's left. It's big.", tokens: Tokenizer().tokenize("She's left. It's big."))
        let tags = ["PRP", "VBZ", "VBN", ".", "PRP", "VBZ", "JJ", "."]
        for (i, tag) in tags.enumerated() { document.tokens[i].xpos = tag }
        Self.lemmatizer.lemmatize(&document)
        #expect(document.tokens.map(\.lemma) == ["she", "have", "leave", ".", "it", "be", "big", "."])
    }
}
