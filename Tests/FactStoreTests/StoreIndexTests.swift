import FactModel
import Testing
@testable import FactStore

/// Each access path of the store, on the council fixtures.
@Suite struct StoreIndexTests {
    let store = StoreFixtures.store()

    func entity(_ name: String) -> EntityID { store.resolve(name: name).first! }
    func subjects(_ ids: [FactID]) -> [String] { ids.map { store.fact($0).subject.text } }

    @Test func entitiesMergeAcrossDocumentsByNameAndType() {
        #expect(store.documentIDs == [0, 1])
        let reyes = store.entity(entity("Tom Reyes"))
        #expect(reyes.type == .person)
        #expect(reyes.aliases == ["Reyes"])
        #expect(reyes.titles.map(\.role) == ["Police Chief"])
        #expect(reyes.mentions.map(\.document) == [0, 1])
        #expect(store.entities(ofType: .group).count == 1, "the city council of both documents is one entity")
    }

    @Test func subjectAndObjectEntityIndexes() {
        let ortiz = entity("Ana Ortiz")
        let reyes = entity("Tom Reyes")
        #expect(subjects(store.facts(matching: FactPattern(subject: .entity(ortiz)))) == ["Ana Ortiz", "Ortiz"])
        #expect(store.facts(matching: FactPattern(object: .entity(reyes))).map { store.fact($0).predicate.canonical } == ["meet"])
        #expect(subjects(store.facts(matching: FactPattern(subject: .entity(reyes)))) == ["Tom Reyes", "Reyes"])
    }

    @Test func anyRoleEntityIndexIncludesQualifiers() {
        let hall = entity("City Hall")
        #expect(store.facts(about: hall) == [0])
        #expect(store.facts(about: entity("Tom Reyes")) == [0, 4, 5])
    }

    @Test func relationIndex() {
        #expect(store.facts(matching: FactPattern(relation: "meet")) == [0])
        #expect(store.facts(matching: FactPattern(relation: "meet with")).isEmpty, "the canonical key, not the surface")
        #expect(store.facts(matching: FactPattern(relation: "attend", object: .head("meeting"))) == [4])
        #expect(store.facts(matching: FactPattern(relation: "nonexistent")).isEmpty)
    }

    @Test func headIndexIsCaseInsensitive() {
        #expect(store.facts(matching: FactPattern(object: .head("MEETING"))) == [4])
        #expect(subjects(store.facts(matching: FactPattern(subject: .head("budget")))) == ["the budget"])
        #expect(store.facts(matching: FactPattern(object: .head("closed-door meeting"))).isEmpty, "a head is one word")
    }

    @Test func wordIndexFindsWordsInsidePhrases() {
        #expect(store.facts(matching: FactPattern(object: .word("closed"))) == [4])
        #expect(store.facts(matching: FactPattern(object: .word("Budget"))) == [2])
        #expect(store.facts(containingWord: "council") == [3, 5])
    }

    @Test func qualifierIndexWithAndWithoutMarker() {
        let hall = entity("City Hall")
        #expect(store.facts(matching: FactPattern(qualifier: .entity(hall))) == [0])
        #expect(store.facts(matching: FactPattern(qualifier: .entity(hall), qualifierMarker: "at")) == [0])
        #expect(store.facts(matching: FactPattern(qualifier: .entity(hall), qualifierMarker: "in")).isEmpty)
        #expect(store.facts(matching: FactPattern(qualifier: .head("monday"), qualifierMarker: "time")) == [0])
        #expect(store.facts(matching: FactPattern(qualifierMarker: "time")) == [0])
    }

    @Test func estimatesAreBoundedBySlotsAndZeroOnlyForNoMatch() {
        let patterns = [FactPattern(relation: "meet"), FactPattern(subject: .entity(entity("Tom Reyes"))),
                        FactPattern(object: .word("council")), FactPattern(), FactPattern(relation: "say", object: .head("rise"))]
        for pattern in patterns {
            #expect(store.estimateContractViolation(pattern, matching: store.facts(matching: pattern)) == nil)
        }
        // One slot: the slot's count exactly.
        #expect(store.estimatedCount(of: FactPattern(relation: "meet")) == store.facts(matching: FactPattern(relation: "meet")).count)
        #expect(store.estimatedCount(of: FactPattern(relation: "nothing")) == 0)
    }

    @Test func severalSlotsAreEstimatedAsIndependent() {
        // A store where a rare relation meets a common object: the estimate follows the rare side
        // scaled by how common the object is, not the object's whole count.
        let store = FactStore()
        var facts: [Fact] = []
        let text = (0..<100).map { "Sentence \($0)." }
        for k in 0..<100 {
            let relation = k < 4 ? "honour" : "mention"
            facts.append(Fact(subject: Argument(text: "Person \(k)", head: "Person"), predicate: Predicate(surface: relation, lemma: relation),
                              object: Argument(text: k % 2 == 0 ? "1968" : "the year", head: k % 2 == 0 ? "1968" : "year"),
                              provenance: Provenance(document: 0, sentence: Int32(k), start: 0, end: 0)))
        }
        store.add(ExtractedDocument(document: StoreFixtures.document("years.txt", text), facts: facts))
        let both = FactPattern(relation: "honour", object: .head("1968"))
        #expect(store.estimatedCount(of: FactPattern(object: .head("1968"))) == 50)
        #expect(store.estimatedCount(of: FactPattern(relation: "honour")) == 4)
        #expect(store.estimatedCount(of: both) == 2)  // 100 · 4/100 · 50/100
        #expect(store.facts(matching: both).count == 2)
    }

    @Test func aliasIndexResolvesNamesSurnamesAndTitles() {
        let ortiz = entity("Ana Ortiz")
        #expect(store.resolve(name: "ana ortiz") == [ortiz])
        #expect(store.resolve(name: "Ortiz") == [ortiz])
        #expect(store.resolve(name: "the mayor") == [ortiz])
        #expect(store.resolve(name: "Mayor of Springfield") == [ortiz])
        #expect(store.resolve(name: "police chief") == [entity("Tom Reyes")])
        #expect(store.resolve(name: "Reyes") == [entity("Tom Reyes")])
        #expect(store.resolve(name: "nobody").isEmpty)
    }

    @Test func typeIndexListsByName() {
        let people = store.entities(ofType: .person).map { store.entity($0).name }
        #expect(people == ["Ana Ortiz", "Tom Reyes"])
        let all = store.entities(ofType: nil).map { store.entity($0).name }
        #expect(all == ["Ana Ortiz", "City Hall", "Tom Reyes", "city council"])
    }

    @Test func relationCountsMostFrequentFirst() {
        let counts = store.relationCounts()
        #expect(counts.count == 6)
        #expect(counts.allSatisfy { $0.count == 1 })
        #expect(counts.map(\.relation) == counts.map(\.relation).sorted())
    }

    @Test func lemmaIndexAndSentences() {
        #expect(store.sentences(containing: "council") == [SentenceRef(document: 0, sentence: 2), SentenceRef(document: 1, sentence: 1)])
        #expect(store.sentences(containing: "ORTIZ").count == 2)
        #expect(store.sentenceText(SentenceRef(document: 1, sentence: 1)) == "Reyes thanked the council.")
        #expect(store.sentenceText(SentenceRef(document: 1, sentence: 9)) == "")
    }

    @Test func mentionsInTextOrder() {
        let mentions = store.mentions(in: SentenceRef(document: 0, sentence: 0))
        #expect(mentions.map(\.text) == ["Ana Ortiz", "Tom Reyes"])
        #expect(mentions.first?.entity == entity("Ana Ortiz"))
        #expect(store.mentions(in: SentenceRef(document: 0, sentence: 1)).first?.value?.amount == 4_100_000)
    }

    @Test func factsRoundTripThroughTheRecords() {
        let original = StoreFixtures.council.facts
        for (index, fact) in original.enumerated() {
            let stored = store.fact(FactID(index))
            #expect(stored.subject.text == fact.subject.text)
            #expect(stored.predicate == fact.predicate)
            #expect(stored.object?.value == fact.object?.value)
            #expect(stored.qualifiers.map(\.marker) == fact.qualifiers.map(\.marker))
            #expect(stored.kind == fact.kind)
            #expect(stored.attribution?.verb == fact.attribution?.verb)
            #expect(stored.confidence == fact.confidence)
            #expect(stored.provenance.sentence == fact.provenance.sentence && stored.provenance.start == fact.provenance.start)
        }
        #expect(store.fact(4).provenance.document == 1)
        #expect(store.document(1)?.line(atOffset: Int(store.fact(5).provenance.start)) == 2)
    }

    /// Heads are classified in batches of 256 arguments; a head repeated inside a batch, in
    /// another case or in a later batch must land in one class, found by any case of it. Enough
    /// arguments that the class table is large: a class stored under a wrong hash is not found
    /// by probing around the whole table.
    @Test func headsSharedByManyArgumentsAreOneCaseInsensitiveClass() {
        var sentences = [String]()
        for i in 0..<300 { sentences.append("The plan \(i) went to the council \(i % 7).") }
        let doc = StoreFixtures.document("news/many.txt", sentences)
        let subjectHeads = ["plan", "Plan", "scheme", "PLAN", "draft"]
        let objectHeads = ["council", "Council", "member"]
        var facts = [Fact]()
        for i in 0..<300 {
            facts.append(StoreFixtures.fact(
                StoreFixtures.phrase("the plan \(i)", head: subjectHeads[i % subjectHeads.count]), "go to",
                StoreFixtures.phrase("the council \(i % 7) seat \(i)", head: objectHeads[i % objectHeads.count]),
                sentence: Int32(i), document: doc))
        }
        let store = FactStore()
        store.add(ExtractedDocument(document: doc, facts: facts, sentenceLemmas: sentences.map { _ in [] }))
        store.checkInvariants()
        for head in ["plan", "PLAN", "Scheme", "draft", "council", "MEMBER"] {
            let subjects = (0..<FactID(store.factCount)).filter { store.fact($0).subject.head.lowercased() == head.lowercased() }
            let objects = (0..<FactID(store.factCount)).filter { store.fact($0).object!.head.lowercased() == head.lowercased() }
            #expect(store.facts(matching: FactPattern(subject: .head(head))) == subjects, "subject head \(head)")
            #expect(store.facts(matching: FactPattern(object: .head(head))) == objects, "object head \(head)")
            #expect(!subjects.isEmpty || !objects.isEmpty)
        }
    }
}
