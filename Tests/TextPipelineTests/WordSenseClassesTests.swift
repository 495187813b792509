import Foundation
import Testing
@testable import TextPipeline

/// The parser's semantic word classes: built from WordNet files, read by tag, kept in the model file.
@Suite struct WordSenseClassesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/wordnet-mini").path

    func name(_ value: UInt64, _ classes: WordSenseClasses) -> String? {
        value == ParserInput.noneValue ? nil : classes.names[Int(value) - 1]
    }

    @Test func aWordTakesTheClassOfItsFirstSenseForItsTag() throws {
        let classes = try WordSenseClasses.build(wordNetDirectory: Self.folder)
        #expect(name(classes.value(form: "meetings", lemma: "meeting", upos: "NOUN"), classes) == "noun.event",
                "the first-ranked sense, not the second (noun.group)")
        #expect(name(classes.value(form: "said", lemma: "say", upos: "VERB"), classes) == "verb.communication")
        #expect(name(classes.value(form: "say", lemma: "say", upos: "NOUN"), classes) == "noun.communication")
        #expect(name(classes.value(form: "Monday", lemma: "Monday", upos: "PROPN"), classes) == "noun.time")
        #expect(name(classes.value(form: "Denver", lemma: "Denver", upos: "PROPN"), classes) == "noun.location",
                "a proper noun WordNet lists as an instance")
        #expect(classes.value(form: "York", lemma: "York", upos: "PROPN") == ParserInput.noneValue,
                "multiword instances are not split into words")
        #expect(classes.value(form: "quickly", lemma: "quickly", upos: "ADV") == ParserInput.noneValue)
        #expect(classes.value(form: "zorbs", lemma: "zorb", upos: "NOUN") == ParserInput.noneValue)
    }

    @Test func aDocumentIsEncodedAsItsWordLists() throws {
        let classes = try WordSenseClasses.build(wordNetDirectory: Self.folder)
        let forms = ["The", "MEETINGS", "in", "Denver", "said", "Zürich", "’s", "3"]
        let lemmas = ["the", "Meeting", "in", "Denver", "say", "Zürich", "’s", "3"]
        let xpos = ["DT", "NNS", "IN", "NNP", "VBD", "NNP", "POS", "CD"]
        let upos = ["DET", "NOUN", "ADP", "PROPN", "VERB", "PROPN", "PART", "NUM"]
        var document = ParserTests.document(["Before"] + forms, tags: nil)
        for (i, token) in zip(1..., zip(zip(lemmas, xpos), upos)) {
            document.tokens[i].lemma = token.0.0
            document.tokens[i].xpos = token.0.1
            document.tokens[i].upos = token.1
        }
        let encoded = ParserInput(document, range: 1..<(forms.count + 1), senses: classes)
        let expected = ParserInput(forms: forms, xpos: xpos, upos: upos, lemmas: lemmas, senses: classes)
        #expect(encoded.count == expected.count)
        #expect(encoded.words == expected.words && encoded.lemmas == expected.lemmas)
        #expect(encoded.xpos == expected.xpos && encoded.upos == expected.upos)
        #expect(encoded.classes == expected.classes)
        #expect(name(encoded.classes[1], classes) == "noun.event", "an upper-case lemma is looked up lowercased")
    }

    @Test func classesSurviveTheParserModelFile() throws {
        let classes = try WordSenseClasses.build(wordNetDirectory: Self.folder)
        let sentences = try CoNLLU.read(path: ParserTests.fixture.path)
        let labels = DependencyLabelSet.collect(from: sentences)
        var options = ParserTrainer.Options()
        options.epochs = 2
        options.bucketBits = 12
        options.pruneThreshold = 1e-3
        var trainer = ParserTrainer(labels: labels, templates: .withWordClasses, senses: classes, options: options)
        let model = trainer.train(sentences.map { ParserTrainingSentence($0, labels: labels, senses: classes) }, recipe: [:])
        let loaded = try ParserModel(file: try ModelFile(bytes: model.file().encoded()))
        #expect(loaded.senses == classes)
        #expect(loaded.templates == .withWordClasses)
        #expect(try ParserModel(file: try ModelFile(bytes: ParserTests.tinyModel().file().encoded())).senses == .empty,
                "a model trained without classes stores none")
    }

    @Test func theBundledParserCarriesWordClasses() throws {
        let parser = try DependencyParser.bundled()
        #expect(parser.model.senses.names.contains("noun.time"))
        #expect(parser.model.templates.names.contains("s0c+b0c"))
    }
}
