import Testing
import FactModel
@testable import QueryLanguage

/// With many articles loaded, a question that names someone is answered from the articles that
/// mention them; a question that names no one, or only a role, is not narrowed.
@Suite struct ArticleAnchorTests {
    let source = makeTwoPresidentsStory()
    var answerer: QuestionAnswerer { QuestionAnswerer(source: source, forms: WordForms(lexicon: FakeLexicon()), isCancelled: { false }) }

    func question(_ text: String) -> Question {
        guard case .success(let statement)? = QueryParser.parse(text).first, case .question(let question) = statement.body else {
            fatalError("not a question: \(text)")
        }
        return question
    }

    func candidate(_ text: String, document: DocumentID) -> Candidate {
        Candidate(value: .text(text), text: text, score: 0.5,
                  support: .sentence(SentenceRef(document: document, sentence: 0), nil), fromSentence: true)
    }

    @Test func answersComeFromTheArticlesThatNameWhatIsAsked() {
        let ruritania = source.resolve(name: "Ruritania")
        #expect(!ruritania.isEmpty)
        let kept = answerer.fromArticlesNaming(Set(ruritania), [candidate("bridge", document: 0), candidate("visit", document: 1)])
        #expect(kept.map(\.text) == ["bridge"])
        // No candidate from such an article: all stay (a narrower answer would be none).
        let none = answerer.fromArticlesNaming(Set(ruritania), [candidate("visit", document: 1)])
        #expect(none.map(\.text) == ["visit"])
        #expect(answerer.fromArticlesNaming([], [candidate("visit", document: 1)]).count == 1)
    }

    @Test func aPlaceNamedOnlyInATitleAnchorsItsArticle() {
        // "Lakonian President Rhea Moss": a title of Lakonia, no mention of Lakonia itself.
        let source = FakeFactSource()
        let lakonia = source.entity("Lakonia", .place)
        _ = source.sentence("Voters went to the polls.", document: 0)
        let s1 = source.sentence("Lakonian President Rhea Moss named a new cabinet.", document: 1)
        _ = source.sentence("The cabinet met on Friday.", document: 2)
        _ = source.entity("Rhea Moss", .person, titles: [Title(role: "President", of: "Lakonia", provenance: s1)])
        let answerer = QuestionAnswerer(source: source, forms: WordForms(lexicon: FakeLexicon()), isCancelled: { false })
        let kept = answerer.fromArticlesNaming([lakonia], [candidate("cabinet", document: 1), candidate("Friday", document: 2)])
        #expect(kept.map(\.text) == ["cabinet"])
    }

    @Test func aTitleQuestionIsAnchoredByItsOwnersNameNotByItsRole() {
        let osterlich = Set(source.resolve(name: "Osterlich"))
        #expect(answerer.anchors(of: question("who is the President of Osterlich"), named: []) == osterlich)
        // "the court" is any court; a role alone names no article.
        #expect(answerer.anchors(of: question("who is the President of the court"), named: []).isEmpty)
        #expect(answerer.anchors(of: question("who is the Prime Minister"), named: []).isEmpty)
    }

    @Test func answersComeFromTheArticlesHoldingEveryWordOfTheQuestion() {
        // Three articles count delegates; only one of them tells of the Lakonian primary.
        let source = FakeFactSource()
        _ = source.sentence("Moss earned 26 delegates in the caucuses.", document: 0)
        _ = source.sentence("Moss earned 6 delegates in the Lakonian primary.", document: 1)
        _ = source.sentence("Delegates gathered in the capital.", document: 2)
        let answerer = QuestionAnswerer(source: source, forms: WordForms(lexicon: FakeLexicon()), isCancelled: { false })
        let asked = question("how many delegates did Moss earn in the Lakonian primary")
        let kept = answerer.fromArticlesCovering(asked, [candidate("26", document: 0), candidate("6", document: 1),
                                                         candidate("capital", document: 2)], held: answerer.questionWordsHeld(asked))
        #expect(kept.map(\.text) == ["6"])
        // Articles that lack the same number of words stay together; one article is never narrowed.
        let short = question("how many delegates did Moss earn")
        let tied = answerer.fromArticlesCovering(short, [candidate("26", document: 0), candidate("6", document: 1)],
                                                 held: answerer.questionWordsHeld(short))
        #expect(tied.map(\.text) == ["26", "6"])
        #expect(answerer.fromArticlesCovering(asked, [candidate("26", document: 0)], held: answerer.questionWordsHeld(asked)).count == 1)
        // The answers from the caucus article alone leave the primary article's sentences to read.
        #expect(answerer.anotherArticleHoldsMore([candidate("26", document: 0)], held: answerer.questionWordsHeld(asked)))
        #expect(!answerer.anotherArticleHoldsMore([candidate("6", document: 1)], held: answerer.questionWordsHeld(asked)))
    }

    @Test func theSentencesAreReadInTheArticlesHoldingMostOfTheQuestion() {
        let source = FakeFactSource()
        _ = source.sentence("Moss was fined on Monday.", document: 0)
        _ = source.sentence("Moss has five children.", document: 0)
        _ = source.sentence("Drivers were fined in the capital.", document: 1)
        _ = source.sentence("Shops were fined too.", document: 1)
        let answerer = QuestionAnswerer(source: source, forms: WordForms(lexicon: FakeLexicon()), isCancelled: { false })
        let asked = question("how much was Moss fined")
        let held = answerer.questionWordsHeld(asked)
        #expect(answerer.articlesHoldingMost(held) == [0])
        let ranked = answerer.fallback.rank(asked.words, within: [0]).ranked
        #expect(ranked.map(\.ref.document) == [0, 0])
        // Within the article "fined" is as rare as "Moss": the sentence holding both leads.
        #expect(ranked.first?.ref.sentence == 0)
        // One article loaded: every sentence is read.
        let one = FakeFactSource()
        _ = one.sentence("Moss was fined on Monday.")
        let alone = QuestionAnswerer(source: one, forms: WordForms(lexicon: FakeLexicon()), isCancelled: { false })
        #expect(alone.articlesHoldingMost(alone.questionWordsHeld(asked)) == nil)
    }
}
