import FactModel
import Testing
@testable import TextPipeline

/// What a winner gained and whom a newcomer replaced: "beat X to win Y" is the winner's win
/// (`TreeRepairs.resultOfAVictoryTakenForAComplement`), "took over from X" replaced X
/// (`Successions`), and "the energy and health ministries" are two ministries (`sharedHeadNoun`).
@Suite struct VictoryAndSuccessionTests {
    static let pipeline = BundledPipeline.shared

    func facts(_ sentence: String) throws -> [Fact] {
        try BundledPipeline.extract(sentence, headline: "Sports and business").facts
    }

    @Test(.enabled(if: pipeline != nil)) func theWinnerWinsWhatItBeatARivalTo() throws {
        let facts = try facts("Portugal beat Norway to win the sailing championship on Sunday.")
        let winners = facts.filter { $0.predicate.lemma == "win" }.map(\.subject.text)
        #expect(winners == ["Portugal"], "\(facts.map(\.compact))")
    }

    @Test(.enabled(if: pipeline != nil)) func takingOverFromSomeoneReplacesThem() throws {
        let facts = try facts("Lena Holm took over at Nordbank in 2021 from Erik Sand, who had led the bank for nine years.")
        #expect(facts.contains { $0.kind == .derived && $0.predicate.lemma == "replace" && $0.subject.text == "Lena Holm"
            && $0.object?.text == "Erik Sand" }, "\(facts.map(\.compact))")
    }

    @Test(.enabled(if: pipeline != nil)) func coordinatedBareNounsShareTheLastHeadNoun() throws {
        let facts = try facts("Anna Berg and Tom Lund will head the energy and health ministries respectively.")
        let headed = facts.filter { $0.predicate.lemma == "head" }.map { "\($0.subject.text): \($0.object?.text ?? "")" }
        #expect(headed.sorted() == ["Anna Berg: the energy ministries", "Tom Lund: health ministries"], "\(headed)")
    }

    @Test(.enabled(if: pipeline != nil)) func aCopularClauseBeforeAnotherIsNoSubject() throws {
        let facts = try facts("Retired general Olav Dahl will be defence minister, and Anna Berg and Tom Lund will head the new ministries.")
        let heads = facts.filter { $0.predicate.lemma == "head" }.map(\.subject.text)
        #expect(heads.sorted() == ["Anna Berg", "Tom Lund"], "\(facts.map(\.compact))")
    }
}
