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

/// Titles in an appositive coordination and after "as" (`Appositive.isTitle`,
/// `TreeRepairs.titleModifierTakenForAVerbAfterAs`), and a possessor that is not the one its
/// phrase names (`argument(_:mentions:)`).
@Suite struct CoordinatedAndActingTitleTests {
    static let pipeline = BundledPipeline.shared

    func facts(_ sentence: String) throws -> [Fact] {
        try BundledPipeline.extract(sentence, headline: "Company news").facts
    }

    @Test(.enabled(if: pipeline != nil)) func eachTitleOfACoordinatedAppositiveDescribesTheName() throws {
        let facts = try facts("Paul Varga, the co-founder and chief executive of Lumix, said the firm regretted the error.")
        let described = facts.filter { $0.kind == .appositive && $0.subject.text == "Paul Varga" }.compactMap { $0.object?.text }
        #expect(described.contains("the co-founder") && described.contains("chief executive of Lumix"), "\(facts.map(\.compact))")
    }

    @Test(.enabled(if: pipeline != nil)) func actingBeforeARoleAfterAsIsItsModifier() throws {
        let facts = try facts("Joost Dekker stepped down on Thursday. The party's group chose his deputy, Karin Vos, 44, as acting leader.")
        #expect(facts.contains { $0.kind == .title && $0.subject.text == "Karin Vos" && $0.predicate.lemma == "leader"
            && $0.predicate.modality == "acting" }, "\(facts.map(\.compact))")
        // "his deputy" is not the one "his" stands for.
        let dekker = try #require(facts.first { $0.subject.text == "Joost Dekker" }?.subject.entity)
        #expect(!facts.contains { $0.predicate.lemma == "leader" && $0.subject.entity == dekker }, "\(facts.map(\.compact))")
    }
}

/// The subject of a verb of taking up a role holds the role its "as" phrase names
/// (`appointedTitles`).
@Suite struct TakenUpRoleTests {
    @Test(.enabled(if: BundledPipeline.shared != nil)) func servingAsARoleHoldsIt() throws {
        let facts = try BundledPipeline.extract("Maria Lopez joined the bank in 2019 as chief executive.", headline: "Bank news").facts
        #expect(facts.contains { $0.kind == .title && $0.subject.text == "Maria Lopez" && $0.predicate.lemma == "chief executive" },
                "\(facts.map(\.compact))")
    }
}
