import FactModel
import Testing
@testable import TextPipeline

/// "signed by Norwegian Prime Minister Ida Berntsen, who chaired the talks, Danish Foreign Minister
/// Karl Holm, ... and Estonian Prime Minister Mart Kask": a list of names, each with its title
/// before it, is a coordination of the names, whatever the parser made of it; a "who" clause after
/// the first name is that name's (`TreeRepairs.listOfTitledNames`).
@Suite struct TitledNameListTests {
    static let pipeline = BundledPipeline.shared

    func facts(_ sentence: String) throws -> [Fact] {
        try BundledPipeline.extract(sentence, headline: "Treaty signed").facts
    }

    @Test(.enabled(if: pipeline != nil)) func everyTitledNameOfTheListIsTheAgent() throws {
        let facts = try facts("The treaty was signed in Geneva by Norwegian Prime Minister Ida Berntsen, who chaired the talks, "
            + "Danish Foreign Minister Karl Holm, Finnish President Aino Salo and Estonian Prime Minister Mart Kask.")
        let signers = facts.filter { $0.predicate.lemma == "sign" && $0.object?.text == "The treaty" }.map(\.subject.text)
        #expect(signers == ["Norwegian Prime Minister Ida Berntsen", "Danish Foreign Minister Karl Holm",
                            "Finnish President Aino Salo", "Estonian Prime Minister Mart Kask"], "\(signers)")
        let chairs = facts.filter { $0.predicate.lemma == "chair" }.map(\.subject.text)
        #expect(chairs == ["Norwegian Prime Minister Ida Berntsen"], "\(chairs)")
        let titles = facts.filter { $0.kind == .title }.map { "\($0.subject.text): \($0.predicate.surface)" }
        #expect(titles.contains("Karl Holm: Foreign Minister") && titles.contains("Mart Kask: Prime Minister"), "\(titles)")
    }

    @Test(.enabled(if: pipeline != nil)) func aNameBeforeAVerbStartsAClauseOfItsOwn() throws {
        let facts = try facts("Finnish President Aino Salo thanked Danish Foreign Minister Karl Holm, who chaired the talks, "
            + "and Estonian Prime Minister Mart Kask praised the outcome.")
        let thanked = facts.filter { $0.predicate.lemma == "thank" }.compactMap { $0.object?.text }
        #expect(thanked == ["Danish Foreign Minister Karl Holm"], "\(thanked)")
        let praisers = facts.filter { $0.predicate.lemma == "praise" }.map(\.subject.text)
        #expect(praisers.count == 1 && praisers[0].hasSuffix("Mart Kask"), "\(praisers)")
    }
}

/// `TreeRepairs.conjunctionInsideAName` over a hand-built tree of our own sentence: a name with
/// "and" inside it is one argument, not two.
@Suite struct ConjunctionInsideANameTests {
    @Test func anInstitutionWithAndInItsNameIsOneArgument() {
        // "The ferry was inspected by Norway's Fisheries and Coastal Authority." parsed with
        // "Fisheries" the agent and "Authority" its conjunct.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 ferry ferry NOUN NN 4 nsubj:pass
            3 was be AUX VBD 4 aux:pass
            4 inspected inspect VERB VBN 0 root
            5 by by ADP IN 8 case
            6 Norway Norway PROPN NNP 8 nmod:poss SpaceAfter=No
            7 's 's PART POS 6 case
            8 Fisheries fishery NOUN NNS 4 obl:agent
            9 and and CCONJ CC 11 cc
            10 Coastal Coastal PROPN NNP 11 compound
            11 Authority Authority PROPN NNP 8 conj
            12 . . PUNCT . 4 punct
            """, entities: [("Norway", .place), ("Fisheries and Coastal Authority", .organization)])
        let inspectors = facts.filter { $0.predicate.lemma == "inspect" }.map(\.subject.text)
        #expect(inspectors == ["Norway's Fisheries and Coastal Authority"], "\(facts.map(\.compact))")
        #expect(facts.first { $0.predicate.lemma == "inspect" }?.subject.entity == 1, "\(facts.map(\.compact))")
    }
}
