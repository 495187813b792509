import FactModel
import Testing
@testable import QueryLanguage

/// An answer row keeps one sentence of evidence in itself and a longer list as a list; either
/// way it reads, compares and hashes by its evidence as a list.
@Suite struct AnswerRowTests {
    let first = Evidence(sentence: "The council met on Monday.", path: "council.txt", line: 1)
    let second = Evidence(sentence: "Lee chaired the meeting.", path: "council.txt", line: 2)

    @Test func evidenceReadsBackAsWritten() {
        #expect(AnswerRow(values: ["Lee"]).evidence.isEmpty)
        #expect(AnswerRow(values: ["Lee"], evidence: first).evidence == [first])
        #expect(AnswerRow(values: ["Lee"], evidence: nil as Evidence?).evidence.isEmpty)
        #expect(AnswerRow(values: ["Lee"], evidence: [first, second]).evidence == [first, second])
    }

    @Test func rowsWithTheSameEvidenceAreEqualHoweverBuilt() {
        let single = AnswerRow(values: ["Lee"], evidence: first)
        let listed = AnswerRow(values: ["Lee"], evidence: [first])
        #expect(single == listed)
        #expect(Set([single, listed]).count == 1)
        #expect(single != AnswerRow(values: ["Lee"], evidence: [second]))
    }

    @Test func settingEvidenceReplacesIt() {
        var row = AnswerRow(values: ["Lee"], evidence: first)
        row.evidence = [second, first]
        #expect(row.evidence == [second, first])
        row.evidence = []
        #expect(row == AnswerRow(values: ["Lee"]))
    }
}
