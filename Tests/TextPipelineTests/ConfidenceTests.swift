import Testing
import FactModel
@testable import TextPipeline

/// The confidence ranks facts the way the CaRB measurements say they hold up: over one
/// hand-built sentence, each feature moves a fact's confidence in its direction.
@Suite struct ConfidenceTests {
    /// "The mayor , a lawyer , has been asked to speak at the long annual meeting of the regional
    /// council in the old hall ." (one tree; the drafts below pick their words from it)
    static let tree: SentenceTree = {
        let document = ExtractionTreeBuilder.document("""
            1 The the DET DT 2 det
            2 mayor mayor NOUN NN 9 nsubj:pass
            3 , , PUNCT , 5 punct
            4 a a DET DT 5 det
            5 lawyer lawyer NOUN NN 2 appos
            6 , , PUNCT , 5 punct
            7 has have AUX VBZ 9 aux
            8 been be AUX VBN 9 aux:pass
            9 asked ask VERB VBN 0 root
            10 to to PART TO 11 mark
            11 speak speak VERB VB 9 xcomp
            12 at at ADP IN 16 case
            13 the the DET DT 16 det
            14 long long ADJ JJ 16 amod
            15 annual annual ADJ JJ 16 amod
            16 meeting meeting NOUN NN 11 obl
            17 of of ADP IN 20 case
            18 the the DET DT 20 det
            19 regional regional ADJ JJ 20 amod
            20 council council NOUN NN 16 nmod
            21 in in ADP IN 24 case
            22 the the DET DT 24 det
            23 old old ADJ JJ 24 amod
            24 hall hall NOUN NN 16 nmod
            25 . . PUNCT . 9 punct
            """)
        return SentenceTree(document: document, range: 0..<document.tokens.count)
    }()

    /// A draft over the tree's word indexes (0-based).
    func draft(subject: [Int], relation: [Int], object: [Int]?, qualifiers: [[Int]] = [], kind: FactKind = .event) -> DraftFact {
        var draft = DraftFact(subject: DraftArgument(words: subject, head: subject.last), relationWords: relation, lemma: "ask",
                              object: object.map { DraftArgument(words: $0, head: $0.last) }, kind: kind, anchor: 8)
        draft.qualifiers = qualifiers.map { (marker: "at", argument: DraftArgument(words: $0, head: $0.last), time: false) }
        return draft
    }

    func score(_ draft: DraftFact) -> Float { ConfidenceModel.score(draft, tree: Self.tree) }

    @Test func aFullerRelationIsMoreCertain() {
        // "has been asked" against a bare "asked".
        #expect(score(draft(subject: [0, 1], relation: [6, 7, 8], object: [10])) > score(draft(subject: [0, 1], relation: [8], object: [10])))
    }

    @Test func aLongOrCommaSplitSubjectIsLessCertain() {
        let short = score(draft(subject: [0, 1], relation: [8], object: [10]))
        #expect(score(draft(subject: [0, 1, 2, 3, 4, 5], relation: [8], object: [10])) < short)
    }

    @Test func commasInTheObjectLowerIt() {
        let plain = score(draft(subject: [8], relation: [8], object: [3, 4]))
        #expect(score(draft(subject: [8], relation: [8], object: [2, 3, 4, 5])) < plain)
    }

    @Test func longQualifiersLowerIt() {
        let short = score(draft(subject: [0, 1], relation: [10], object: nil, qualifiers: [[11, 12, 15]]))
        let long = score(draft(subject: [0, 1], relation: [10], object: nil, qualifiers: [Array(11...23)]))
        #expect(long < short)
    }

    @Test func theFeaturesNameWhatTheScoreReads() {
        // "has been asked to speak" from a passive with a five-word subject holding commas.
        var fact = draft(subject: [0, 1, 2, 3, 4, 5], relation: [6, 7, 8], object: [10])
        fact.voice = .passive
        let named = Dictionary(uniqueKeysWithValues: ConfidenceFeatures(fact, tree: Self.tree).named.map { ($0.name, $0.value) })
        #expect(named["bias"] == 1 && named["passive"] == 1 && named["subject.comma"] == 1)
        #expect(named["relation.extraWords"] == 2 && named["subject.wordsOver4"] == 2)
        #expect(named["kind.copula"] == nil && named["noObject.noQualifier"] == nil)
        #expect(ConfidenceModel.score(ConfidenceFeatures(fact, tree: Self.tree)) == score(fact))
    }

    @Test func attributionsRankAboveEvents() {
        #expect(score(draft(subject: [0, 1], relation: [8], object: [10], kind: .attribution))
                > score(draft(subject: [0, 1], relation: [8], object: [10], kind: .event)))
    }
}

/// A bare present participle as the whole relation ranks below a finite verb.
@Suite struct ParticipleConfidenceTests {
    /// "Crowds lining the road cheered the riders ."
    static let tree: SentenceTree = {
        let document = ExtractionTreeBuilder.document("""
            1 Crowds crowd NOUN NNS 5 nsubj
            2 lining line VERB VBG 1 acl
            3 the the DET DT 4 det
            4 road road NOUN NN 2 obj
            5 cheered cheer VERB VBD 0 root
            6 the the DET DT 7 det
            7 riders rider NOUN NNS 5 obj
            8 . . PUNCT . 5 punct
            """)
        return SentenceTree(document: document, range: 0..<document.tokens.count)
    }()

    func score(relation: Int, object: [Int]) -> Float {
        let draft = DraftFact(subject: DraftArgument(words: [0], head: 0), relationWords: [relation], lemma: "x",
                              object: DraftArgument(words: object, head: object.last), anchor: relation)
        return ConfidenceModel.score(draft, tree: Self.tree)
    }

    @Test func aBareParticipleRelationIsLessCertain() {
        #expect(score(relation: 1, object: [2, 3]) < score(relation: 4, object: [5, 6]))
    }
}
