import FactModel
import Testing
@testable import QueryLanguage

/// An exact atom's lookups under a binding: one pattern (no list) when every slot is one entity
/// or open, none when a looked-up variable holds text; `patterns(given:)` lists the same.
@Suite struct ExactLookupsTests {
    let source = makeStory()

    /// The exact form of the one atom of `text` (a pattern), with its phrases matched.
    func exactAtom(_ text: String) throws -> ExactAtom {
        guard case .success(let statement)? = QueryParser.parse(text).first, case .pattern(let query) = statement.body,
              case .atom(let atom) = query.condition else { throw ExactLookupsError.notAnAtom }
        let forms = WordForms(lexicon: FakeLexicon())
        func matcher(_ term: Term?) -> PhraseMatcher? {
            guard case .phrase(let phrase) = term else { return nil }
            return PhraseMatcher(phrase: phrase, source: source, forms: forms)
        }
        guard let exact = ExactAtom(atom, subject: matcher(atom.subject), object: matcher(atom.object)) else { throw ExactLookupsError.notExact }
        return exact
    }

    enum ExactLookupsError: Error { case notAnAtom, notExact }

    @Test func oneEntityAndAnOpenSlotAreOneLookup() throws {
        let exact = try exactAtom("?s \"join\" \"Maria Garcetti\"")
        let garcetti = try #require(source.resolve(name: "Maria Garcetti").first)
        let expected = FactPattern(subject: .any, relation: "join", object: .entity(garcetti))
        guard case .one(let pattern)? = exact.lookups(given: .empty) else {
            Issue.record("expected one lookup")
            return
        }
        #expect(pattern == expected)
        #expect(exact.patterns(given: .empty) == [expected])
    }

    @Test func aBoundVariableIsLookedUpAsItsEntityOrNotAtAllAsText() throws {
        let exact = try exactAtom("?s \"join\" \"Maria Garcetti\"")
        let garcetti = try #require(source.resolve(name: "Maria Garcetti").first)
        let beck = try #require(source.resolve(name: "Charles Beck").first)
        let byEntity = Binding(values: ["s": .entity(beck)], score: 1, support: [])
        guard case .one(let pattern)? = exact.lookups(given: byEntity) else {
            Issue.record("expected one lookup")
            return
        }
        #expect(pattern == FactPattern(subject: .entity(beck), relation: "join", object: .entity(garcetti)))
        let byText = Binding(values: ["s": .text("the chief")], score: 1, support: [])
        #expect(exact.lookups(given: byText) == nil)
        #expect(exact.patterns(given: byText) == nil)
    }
}
