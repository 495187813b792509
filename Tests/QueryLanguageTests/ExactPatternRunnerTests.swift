import Testing
import FactModel
@testable import QueryLanguage

/// `ExactPatternRunner` reads patterns of quoted names and relations without the general plan;
/// it must give the very bindings the general plan gives (values, order, scores, support), or
/// decline. Checked over every such pattern of a seeded random story with the awkward facts an
/// exact read cannot bind: negated, modal and attributed facts, text objects, titles, two
/// entities of one name, and varied confidences.
@Suite struct ExactPatternRunnerTests {
    static let relations = ["meet", "join", "praise", "go to"]
    static let names = ["Ana Ruiz", "Bo Lind", "Cy Park", "Dee Moss", "Eli Stone", "Fay Cole"]

    /// A story of `count` random facts among the named people (Ana Ruiz is two people).
    static func makeRandomStory(seed: UInt64, count: Int) -> FakeFactSource {
        var random = QueryFuzzTests.Random(state: seed)
        let source = FakeFactSource()
        var people = names.map { source.entity($0, .person) }
        people.append(source.entity("Ana Ruiz", .person))
        for k in 0..<count {
            let subject = people.randomElement(using: &random)!
            let object = people.randomElement(using: &random)!
            let relation = relations.randomElement(using: &random)!
            let at = source.sentence("Sentence \(k) of the story.", mentions: [])
            let objectArgument = Int.random(in: 0..<8, using: &random) == 0
                ? Argument(text: "the plan", head: "plan")
                : Argument(text: source.entity(object).name, head: source.entity(object).name, entity: object)
            let feature = Int.random(in: 0..<10, using: &random)
            source.facts.append(Fact(
                subject: Argument(text: source.entity(subject).name, head: source.entity(subject).name, entity: subject),
                predicate: Predicate(surface: relation, lemma: relation, negated: feature == 0, modality: feature == 1 ? "may" : nil),
                object: objectArgument, kind: feature == 2 ? .title : .event,
                attribution: feature == 3 ? Attribution(speaker: Argument(text: "Cy Park", head: "Cy Park"), verb: "say") : nil,
                confidence: Float(Int.random(in: 5...10, using: &random)) / 10, provenance: at))
        }
        return source
    }

    /// Every one-atom and two-atom pattern, and some of three atoms, of quoted names and relations over the story.
    static func patterns() -> [String] {
        var texts: [String] = []
        for r in relations {
            for n in names {
                // Three atoms: the join order then weighs bound variables against relations.
                texts += ["?x \"\(r)\" ?y and ?y \"meet\" ?z and ?z \"join\" \"\(n)\"",
                          "?x \"\(r)\" \"\(n)\" and ?x \"go to\" ?z and ?x \"praise\" ?y"]
                texts += ["?s \"\(r)\" \"\(n)\"", "\"\(n)\" \"\(r)\" ?o", "distinct ?s where ?s \"\(r)\" \"\(n)\"", "?s ?r \"\(n)\""]
                for r2 in relations {
                    texts += ["distinct ?x where ?x \"\(r)\" ?y and ?y \"\(r2)\" \"\(n)\"",
                              "?x \"\(r)\" \"\(n)\" and ?x \"\(r2)\" ?y", "?x \"\(r)\" ?y and \"\(n)\" \"\(r2)\" ?y"]
                }
            }
        }
        return texts
    }

    /// A binding as comparable data: its values in order of `variables`, score and support.
    static func describe(_ binding: Binding, _ variables: [String]) -> String {
        "\(variables.map { binding.values[$0].map { "\($0)" } ?? "-" }) \(binding.score) \(Array(binding.support))"
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func givesTheGeneralPlansBindingsOrDeclines(seed: UInt64) throws {
        let source = Self.makeRandomStory(seed: seed, count: 60)
        let forms = WordForms(lexicon: FakeLexicon())
        var (read, declined) = (0, 0)
        for text in Self.patterns() {
            guard case .success(let statement)? = QueryParser.parse(text).first, case .pattern(let query) = statement.body else {
                Issue.record("does not parse: \(text)")
                continue
            }
            let general = PlanExecutor(source: source, isCancelled: { false })
                .run(QueryPlanner(source: source, forms: forms, estimatesEveryLookup: false).plan(query.condition))
            guard let exact = ExactPatternRunner(source: source, isCancelled: { false }).bindings(of: query.condition) else {
                declined += 1
                continue
            }
            read += 1
            let variables = query.conditionVariables
            #expect(exact.map { Self.describe($0, variables) } == general.map { Self.describe($0, variables) }, "\(text)")
        }
        // Both ways are taken: most patterns are read exactly, and a modal fact, a title or a
        // text object sends some back to the general plan.
        #expect(read > Self.patterns().count / 4)
        #expect(declined > 0)
    }

    @Test func declinesWhatOnlyThePhraseMatcherReads() throws {
        let source = makeStory()
        let runner = ExactPatternRunner(source: source, isCancelled: { false })
        func condition(_ text: String) throws -> Condition {
            guard case .success(let statement)? = QueryParser.parse(text).first, case .pattern(let query) = statement.body else {
                throw ParseFailure()
            }
            return query.condition
        }
        // Read exactly: a quoted relation and a quoted name that resolves.
        #expect(runner.bindings(of: try condition("?x \"join\" \"Maria Garcetti\"")) != nil)
        // Not: an unquoted verb, an unquoted name, a name that resolves to nothing, a pronoun,
        // an `or`, and a fact whose object has no entity ("attend" a meeting).
        for text in ["?x joins \"Maria Garcetti\"", "?x \"join\" Garcetti", "?x \"join\" \"Nobody Known\"", "?x \"join\" \"her\"",
                     "?x \"join\" \"Maria Garcetti\" or ?x \"meet\" \"John Kelly\"", "\"Charles Beck\" \"attend\" ?what"] {
            #expect(runner.bindings(of: try condition(text)) == nil, "\(text)")
        }
    }

    struct ParseFailure: Error {}
}

/// The fuzz tests' seeded generator, for `randomElement(using:)`.
extension QueryFuzzTests.Random: RandomNumberGenerator {}
