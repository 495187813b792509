import Foundation
import Testing
@testable import TextPipeline

/// Documents in IOB2 files and the name tagger's second pass over the first pass's labels of the
/// same word elsewhere in the document.
@Suite struct NamedEntityDocumentLabelsTests {
    static func tag(_ name: String) -> Int { EntityLabel.index(of: name) }

    /// A token as the document labels see it: only its word, case and first character count.
    static func token(_ form: String) -> NamedEntityFeatures.TokenFeatures {
        NamedEntityFeatures.TokenFeatures(
            keys: [], word: FeatureHasher.hash(EntityContext.fold(form)), shape: 0, upos: 0,
            capitalized: NamedEntityFeatures.isCapitalized(form),
            startsWithLetter: form.unicodeScalars.first?.properties.isAlphabetic ?? false)
    }

    @Test func iob2ReadsDocumentMarks() {
        let text = """
            # newdoc id = a
            # sent_id = a-1
            1\tHello\tO

            # sent_id = a-2
            1\tBye\tO

            # newdoc id = b
            1\tOslo\tB-LOC

            """
        let sentences = IOB2.parse(text)
        #expect(sentences.map(\.startsDocument) == [true, false, true])
        #expect(IOB2.documents(sentences) == [0..<2, 2..<3])
        // Without marks each sentence is its own document.
        let unmarked = IOB2.parse("1\tHello\tO\n\n1\tBye\tO\n")
        #expect(unmarked.map(\.startsDocument) == [true, true])
        #expect(IOB2.documents(unmarked) == [0..<1, 1..<2])
        #expect(IOB2.documents([IOB2Sentence(words: ["a"], tags: ["O"]), IOB2Sentence(words: ["b"], tags: ["O"])]) == [0..<1, 1..<2])
    }

    @Test func documentOfSentences() {
        let document = AnnotatedDocument(sentencesOfWords: [["We", "met", "."], ["Bye", "."]])
        #expect(document.text == "We met . Bye .")
        #expect(document.sentences == [0..<3, 3..<5])
        #expect(document.text(ofTokens: 3..<4) == "Bye")
        #expect(AnnotatedDocument(words: []).sentences.isEmpty)
    }

    @Test func labelsElsewhereInTheDocument() {
        // "Google" is an organisation in the first sentence, outside in the second: the second
        // learns of the first, the first only that the word was also outside a name (no feature).
        let first = ["We", "joined", "Google", "."].map(Self.token)
        let second = ["google", "it", "-", "Google", "."].map(Self.token)
        let labels = [[0, 0, Self.tag("B-ORG"), 0], [0, 0, 0, 0, 0]]
        let found = NamedEntityDocumentLabels.features([first, second], labels: labels)
        let org = NamedEntityDocumentLabels.organization
        #expect(found[0] == [nil, nil, nil, nil])
        #expect(found[1][0] == NamedEntityDocumentLabels.key(mask: org | NamedEntityDocumentLabels.outside, capitalized: false))
        #expect(found[1][3] == NamedEntityDocumentLabels.key(mask: org | NamedEntityDocumentLabels.outside, capitalized: true))
        #expect(found[1][1] == nil && found[1][2] == nil)
        // Punctuation inside a name shares nothing; a word named once has nothing elsewhere.
        let names = NamedEntityDocumentLabels.features(
            [["Al", "-", "Zaman"].map(Self.token), ["-"].map(Self.token)],
            labels: [[Self.tag("B-ORG"), Self.tag("I-ORG"), Self.tag("I-ORG")], [0]])
        #expect(names == [[nil, nil, nil], [nil]])
        // Two types elsewhere give both bits.
        let both = NamedEntityDocumentLabels.features(
            [["Jordan"].map(Self.token), ["Jordan"].map(Self.token), ["Jordan"].map(Self.token)],
            labels: [[Self.tag("B-PER")], [Self.tag("B-LOC")], [0]])
        #expect(both[2] == [NamedEntityDocumentLabels.key(mask: NamedEntityDocumentLabels.person | NamedEntityDocumentLabels.place, capitalized: true)])
        #expect(Set(NamedEntityDocumentLabels.allKeys).isSuperset(of: [both[2][0]!, found[1][0]!, found[1][3]!]))
    }

    /// A model by hand: a capitalised word after "at" begins an organisation, and a capitalised
    /// word that is an organisation elsewhere in the document is one.
    static func handModel(documentLabels: Bool) -> NamedEntityTagger {
        var builder = PerceptronModel.Builder(classCount: EntityLabel.tags.count)
        builder.addRow(key: FeatureHasher.feature(NamedEntityFeatures.T.wordPrev.rawValue, FeatureHasher.hash("at")),
                       weights: [(tag("B-ORG"), 10)])
        let org = NamedEntityDocumentLabels.organization
        for mask in [org, org | NamedEntityDocumentLabels.outside] {
            builder.addRow(key: NamedEntityDocumentLabels.key(mask: mask, capitalized: true), weights: [(tag("B-ORG"), 10)])
        }
        var recipe = ["decoder": "viterbi"]
        if documentLabels { recipe["document"] = "labels" }
        return NamedEntityTagger(model: builder.build(), recipe: recipe)
    }

    @Test func secondPassReadsTheFirstPassLabels() throws {
        let document = AnnotatedDocument(sentencesOfWords: [["She", "works", "at", "Zorbix", "."], ["Zorbix", "hired", "him", "."]])
        let context = EntityContext(document: document, gazetteer: try .bundled(), titles: try .bundled())
        let features = document.sentences.map {
            NamedEntityFeatures.staticFeatures(sentence: $0, document: document, context: context)
        }
        let org = Self.tag("B-ORG")
        // Alone, the second sentence's "Zorbix" has no clue.
        let plain = Self.handModel(documentLabels: false)
        #expect(plain.decodeDocument(features) == [[0, 0, 0, org, 0], [0, 0, 0, 0]])
        let twoPass = Self.handModel(documentLabels: true)
        #expect(twoPass.documentLabels)
        #expect(twoPass.decodeDocument(features) == [[0, 0, 0, org, 0], [org, 0, 0, 0]])
        // Sentence by sentence, as separate documents, it has none either.
        #expect(features.map { twoPass.decodeDocument([$0]) } == [[[0, 0, 0, org, 0]], [[0, 0, 0, 0]]])
    }

    @Test func documentLabelTrainingIsDeterministic() throws {
        // Two toy documents, each naming an organisation after "at" and then alone.
        let toy = [
            IOB2Sentence(words: ["She", "works", "at", "Zorbix", "."], tags: ["O", "O", "O", "B-ORG", "O"], startsDocument: true),
            IOB2Sentence(words: ["Zorbix", "hired", "him", "."], tags: ["B-ORG", "O", "O", "O"]),
            IOB2Sentence(words: ["He", "works", "at", "Quandle", "."], tags: ["O", "O", "O", "B-ORG", "O"], startsDocument: true),
            IOB2Sentence(words: ["Quandle", "hired", "her", "."], tags: ["B-ORG", "O", "O", "O"]),
        ]
        var trainer = NamedEntityTrainer(gazetteer: try .bundled(), titles: try .bundled())
        trainer.epochs = 3
        trainer.viterbi = true
        trainer.documentLabels = true
        trainer.heldOutFolds = 2
        let first = trainer.train(train: toy, dev: toy, annotate: NamedEntityViterbiTests.annotate, recipe: [:], log: { _ in })
        let second = trainer.train(train: toy, dev: toy, annotate: NamedEntityViterbiTests.annotate, recipe: [:], log: { _ in })
        #expect(first.tagger.model == second.tagger.model)
        #expect(first.tagger.recipe["document"] == "labels")
        #expect(first.tagger.documentLabels)
    }

    @Test func membersWithoutDocumentLabelsTrainAFixedNumberOfPasses() throws {
        let toy = [
            IOB2Sentence(words: ["She", "works", "at", "Zorbix", "."], tags: ["O", "O", "O", "B-ORG", "O"], startsDocument: true),
            IOB2Sentence(words: ["Zorbix", "hired", "him", "."], tags: ["B-ORG", "O", "O", "O"]),
            IOB2Sentence(words: ["He", "works", "at", "Quandle", "."], tags: ["O", "O", "O", "B-ORG", "O"], startsDocument: true),
            IOB2Sentence(words: ["Quandle", "hired", "her", "."], tags: ["B-ORG", "O", "O", "O"]),
        ]
        var trainer = NamedEntityTrainer(gazetteer: try .bundled(), titles: try .bundled())
        trainer.epochs = 5
        trainer.fixedEpochs = 2
        trainer.viterbi = true
        trainer.documentLabels = true
        trainer.heldOutFolds = 2
        trainer.plainMembers = 2
        let result = trainer.train(train: toy, dev: toy, annotate: NamedEntityViterbiTests.annotate, recipe: [:], log: { _ in })
        // One member with document labels and two without, each kept after exactly two passes.
        #expect(result.tagger.recipe["ensemble"] == "3")
        #expect(result.tagger.recipe["plain_members"] == "2")
        #expect(result.tagger.recipe["epochs"] == "2,2,2")
        #expect(result.tagger.documentLabels)
    }
}

/// `factsh eval entities`: documents annotated as one, scores per sentence.
@Suite struct EntityEvaluationDocumentTests {
    @Test func documentsAreAnnotatedTogetherAndScoredBySentence() throws {
        let pipeline = try Pipeline.bundled()
        // Two documents; the second sentence repeats the first one's surname, also an adjective.
        let sentences = IOB2.parse("""
            # newdoc id = a
            1\tThe\tO
            2\tbanker\tO
            3\tMarc\tB-PER
            4\tRich\tI-PER
            5\tspoke\tO
            6\tin\tO
            7\tBoston\tB-LOC
            8\t.\tO

            1\tRich\tB-PER
            2\tleft\tO
            3\tearly\tO
            4\t.\tO

            # newdoc id = b
            1\tIt\tO
            2\trained\tO
            3\t.\tO

            """)
        let together = EntityEvaluation.run(sentences, pipeline: pipeline)
        let alone = EntityEvaluation.run(sentences, pipeline: pipeline, byDocument: false)
        for evaluation in [together, alone] {
            #expect(evaluation.sentences == 3)
            #expect(evaluation.tokens == 15)
            #expect(evaluation.tagged.map(\.words) == sentences.map(\.words))
            #expect(evaluation.tagged.map(\.predicted.count) == [8, 4, 3])
            #expect(evaluation.score.gold == 3)
        }
        // Annotated with its document, the lone surname is the person named before; alone, the
        // sentence gives no reason to read "Rich" as a name.
        #expect(together.tagged[1].predicted == ["B-PER", "O", "O", "O"])
        #expect(alone.tagged[1].predicted == ["O", "O", "O", "O"])
        #expect(together.score.correct == alone.score.correct + 1)
    }
}
