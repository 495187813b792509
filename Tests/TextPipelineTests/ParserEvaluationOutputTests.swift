import Foundation
import Testing
@testable import TextPipeline

/// The parsed sentences `eval parser --write` saves for error analysis.
@Suite struct ParserEvaluationOutputTests {
    @Test func formattedSentencesReadBackUnchanged() {
        let text = """
            # sent_id = own-1
            # text = Lee, the city manager, resigned.
            1\tLee\tLee\tPROPN\tNNP\t_\t7\tnsubj\t_\tSpaceAfter=No
            2\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_
            3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
            4\tcity\tcity\tNOUN\tNN\t_\t5\tcompound\t_\t_
            5\tmanager\tmanager\tNOUN\tNN\t_\t1\tappos\t_\tSpaceAfter=No
            6\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_
            7\tresigned\tresign\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
            8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_


            """
        // Every sentence ends with a blank line, the last one too.
        let sentences = CoNLLU.parse(text)
        #expect(CoNLLU.format(sentences) == text)
        #expect(CoNLLU.parse(CoNLLU.format(sentences)) == sentences)
    }

    @Test func predictedSentencesHoldTheParsersHeadsAndRelations() throws {
        let sentences = try CoNLLU.read(path: ParserTests.fixture.path)
        let model = try ParserTests.tinyModel()
        let result = ParserEvaluation.run(sentences, parser: DependencyParser(model: model), tagger: nil, lemmatizer: nil)
        #expect(result.predicted.count == sentences.count)
        var rightHeads = 0
        for (gold, parsed) in zip(sentences, result.predicted) {
            #expect(parsed.words.map(\.form) == gold.words.map(\.form))
            #expect(parsed.words.filter { $0.head == 0 }.count == 1, "one root per sentence")
            rightHeads += zip(gold.words, parsed.words).filter { $0.head == $1.head }.count
        }
        #expect(rightHeads == result.correctHeads, "the written trees are the ones scored")
    }
}
