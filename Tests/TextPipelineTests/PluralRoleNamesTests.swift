import FactModel
import Testing
@testable import TextPipeline

/// "opposed by council members Samuel Adeyemi and Priya Raman": the names after a plural role
/// noun are the argument, each with the fact and the role (`TreeRepairs.namesAfterAPluralRole`,
/// `SentenceReader.readTitles`); a "who" clause the parser hung on the verb is the last name's
/// (`TreeRepairs.relativeClauseTakenForParataxis`).
@Suite struct PluralRoleNamesTests {
    static let pipeline = BundledPipeline.shared

    func facts(_ sentence: String) throws -> [Fact] {
        try BundledPipeline.extract(sentence, headline: "Council vote delayed").facts
    }

    @Test(.enabled(if: pipeline != nil)) func everyNameAfterAPluralRoleIsTheAgent() throws {
        let facts = try facts("The motion to delay was proposed by Ortega and opposed by council members Samuel Adeyemi and Priya Raman, "
            + "who said residents had waited long enough.")
        let opposers = facts.filter { $0.predicate.lemma == "oppose" }
        #expect(opposers.contains { $0.subject.text.hasSuffix("Samuel Adeyemi") }, "\(opposers.map(\.compact))")
        #expect(opposers.contains { $0.subject.text == "Priya Raman" }, "\(opposers.map(\.compact))")
        // One fact per name: no derived copy of what the name's own fact says.
        #expect(opposers.filter { $0.subject.text == "Priya Raman" }.count == 1, "\(opposers.map(\.compact))")
        let roles = facts.filter { $0.kind == .appositive && $0.object?.text == "council members" }.map(\.subject.text)
        #expect(Set(roles) == ["Samuel Adeyemi", "Priya Raman"], "\(roles)")
        let speakers = facts.filter { $0.predicate.lemma == "say" }.map(\.subject.text)
        #expect(speakers == ["Priya Raman"], "\(speakers)")
    }

    @Test(.enabled(if: pipeline != nil)) func aPluralRoleBeforeOneNameStaysTheArgument() throws {
        let facts = try facts("The plan was backed by the council members and by Angela Whitcomb.")
        let backers = facts.filter { $0.predicate.lemma == "back" }.map(\.subject.text)
        #expect(backers.contains("the council members"), "\(backers)")
    }
}
