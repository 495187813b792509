import Testing
@testable import TextPipeline

/// `SemicolonClauses`: clauses joined by a semicolon are parsed apart when the whole parse tangles
/// them, and joined as the first clause's `parataxis`; the whole parse stands otherwise.
@Suite struct SemicolonClausesTests {
    static let labels = DependencyLabelSet.collect(from: CoNLLU.parse("""
        1\tx\tx\tX\tX\t_\t0\troot\t_\t_
        2\tx\tx\tX\tX\t_\t1\tnsubj\t_\t_
        3\tx\tx\tX\tX\t_\t1\tobj\t_\t_
        4\tx\tx\tX\tX\t_\t1\tparataxis\t_\t_
        5\tx\tx\tX\tX\t_\t1\tpunct\t_\t_
        6\tx\tx\tX\tX\t_\t1\tnmod\t_\t_

        """))
    let clauses = SemicolonClauses(labels: Self.labels)

    func id(_ label: String) -> UInt8 { Self.labels.id(of: label)! }
    func names(_ labels: [UInt8]) -> [String] { labels.map { Self.labels.name(of: $0) } }

    /// "Ana left ; Ben stayed ." with "Ben" hung on "left" as its object, across the semicolon.
    static let sentence = ExtractionTreeBuilder.document("""
        1 Ana Ana PROPN NNP 2 nsubj
        2 left leave VERB VBD 0 root
        3 ; ; PUNCT , 5 punct
        4 Ben Ben PROPN NNP 2 obj
        5 stayed stay VERB VBD 2 parataxis
        6 . . PUNCT . 2 punct
        """)

    var tangled: (heads: [Int32], labels: [UInt8]) {
        ([1, 6, 4, 1, 1, 1], [id("nsubj"), id("root"), id("punct"), id("obj"), id("parataxis"), id("punct")])
    }

    /// Each clause parsed alone, with or without a subject in the second.
    func parseClause(secondHasSubject: Bool) -> (Range<Int>) -> (heads: [Int32], labels: [UInt8]) {
        { range in
            if range == 0..<2 { return ([1, 2], [self.id("nsubj"), self.id("root")]) }
            #expect(range == 3..<6)
            return ([1, 3, 1], [self.id(secondHasSubject ? "nsubj" : "obj"), self.id("root"), self.id("punct")])
        }
    }

    @Test func tangledClausesAreParsedApartAndJoined() throws {
        let result = try #require(clauses.reparse(tangled, sentence: 0..<6, document: Self.sentence,
                                                  parse: parseClause(secondHasSubject: true)))
        #expect(result.heads == [1, 6, 4, 4, 1, 1])
        #expect(names(result.labels) == ["nsubj", "root", "punct", "nsubj", "parataxis", "punct"])
    }

    @Test func aPartThatIsNoFullClauseKeepsTheWholeParse() {
        #expect(clauses.reparse(tangled, sentence: 0..<6, document: Self.sentence, parse: parseClause(secondHasSubject: false)) == nil)
    }

    @Test func untangledClausesAreNotParsedAgain() {
        let untangled: (heads: [Int32], labels: [UInt8]) = (
            [1, 6, 4, 4, 1, 1], [id("nsubj"), id("root"), id("punct"), id("nsubj"), id("parataxis"), id("punct")])
        #expect(clauses.reparse(untangled, sentence: 0..<6, document: Self.sentence, parse: { _ in
            Issue.record("parsed again")
            return ([], [])
        }) == nil)
    }

    @Test func aSemicolonInsideQuotationMarksEndsNoClause() {
        #expect(SemicolonClauses.clauseSemicolons(["\"", "we", "pledge", ";", "we", "seek", "\"", "she", "said", "."]) == [])
        #expect(SemicolonClauses.clauseSemicolons(["Ana", "left", ";", "Ben", "stayed", "."]) == [2])
    }
}
