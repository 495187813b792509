import Testing
import FactModel
@testable import QueryLanguage

/// Patterns whose fixed slots are quoted names: quoted means exactly (the named entity, or an
/// argument with exactly those words or that head), and such atoms are read by index lookups
/// alone (`ExactAtom`), giving the bindings the phrase matcher would.
@Suite struct QueryExactPatternTests {
    let source = makeStory()
    var engine: QueryEngine { QueryEngine(source: source, lexicon: FakeLexicon()) }

    func rows(_ text: String) -> [[String]] {
        guard case .success(let table)? = engine.run(text).first else { return [["<error>"]] }
        return table.rows.map(\.values)
    }

    @Test func aQuotedPhraseMatchesExactlyNotInsideALongerOne() {
        // "the meeting" is Adler's object word for word; Garcetti's and Beck's is "the closed-door
        // meeting with Kelly", which only contains it.
        #expect(rows("?x \"attend\" \"the meeting\"") == [["Steven Adler"]])
        // A quoted head noun still matches every phrase it heads.
        #expect(Set(rows("?x \"attend\" \"meeting\"").map { $0[0] }) == ["Maria Garcetti", "Charles Beck", "Steven Adler"])
    }

    @Test func quotedNamesAreReadThroughTheIndexes() throws {
        let plan = try engine.explain("?x \"join\" \"Maria Garcetti\"").first!.get()
        #expect(plan.contains("via index {relation join, object #"))
        #expect(rows("?x \"join\" \"Maria Garcetti\"") == [["Charles Beck"]])
        // A name that resolves to nothing is not exact: the phrase matcher reads the relation.
        let unknown = try engine.explain("?x \"join\" \"Nobody Known\"").first!.get()
        #expect(!unknown.contains("via index"))
    }

    @Test func aQuotedRelationIsReadByItsOwnKeyAlone() throws {
        // "hold" is read both ways as a verb ("belong to" is its inverse); quoted, it matches only
        // itself, so its lookups fetch no facts of the inverse.
        // (An unquoted object: the lookup goes by relation, and the plan lists the keys.)
        let quoted = try engine.explain("?x \"hold\" office").first!.get()
        #expect(quoted.contains("via relation {hold}"))
        let verb = try engine.explain("?x holds office").first!.get()
        #expect(verb.contains("belong"))
    }

    /// Every (subject, relation, entity object) of the story, asked as `?s "r" "Object"`, gives
    /// the subjects a scan of the facts finds, and asked as `"Subject" "r" ?o`, the objects.
    @Test func exactLookupsAgreeWithAScanOfEveryFact() {
        var asked = 0
        for id in 0..<FactID(source.factCount) {
            let fact = source.fact(id)
            guard fact.kind != .title, !fact.predicate.negated, let object = fact.object?.entity,
                  let subject = fact.subject.entity else { continue }
            let relation = fact.predicate.canonical
            let objectName = source.entity(object).name
            let subjectName = source.entity(subject).name
            let expectedSubjects = Set((0..<FactID(source.factCount)).map(source.fact).filter {
                $0.predicate.canonical == relation && $0.object?.entity == object && !$0.predicate.negated
            }.map { $0.subject.entity.map { source.entity($0).name } ?? $0.subject.text })
            #expect(Set(rows("?s \"\(relation)\" \"\(objectName)\"").map { $0[0] }) == expectedSubjects)
            #expect(rows("\"\(subjectName)\" \"\(relation)\" ?o").map { $0[0] }.contains(objectName))
            asked += 1
        }
        #expect(asked >= 1)
    }

    @Test func aRelationVariableBindsEveryFactOfTheNamedEntity() {
        // Beck joins Garcetti (an entity object, read exactly) and attends a meeting (a phrase
        // object, which the phrase matcher binds as its text).
        let found = Set(rows("\"Charles Beck\" ?relation ?object"))
        #expect(found.contains(["join", "Maria Garcetti"]))
        #expect(found.contains(["attend", "the closed-door meeting with Kelly"]))
    }
}
