import FactModel
import Testing
@testable import TextPipeline

/// "X, a member of Y," gives (X; be of; Y), the form party affiliations take.
@Suite struct MembershipsTests {
    @Test func aMemberOfDescriptionNamesTheGroup() {
        #expect(Memberships.memberOf("a member of the Harbor Party") == "the Harbor Party")
        #expect(Memberships.memberOf("members of the city council") == "the city council")
        #expect(Memberships.memberOf("a former member of the Harbor Party") == nil)
        #expect(Memberships.memberOf("the leader of the Harbor Party") == nil)
    }

    @Test func anAppositiveMembershipIsDerivedAndOtherFactsAreNot() {
        let provenance = Provenance(document: 0, sentence: 0, start: 0, end: 10)
        let member = Fact(subject: Argument(text: "Ada Park", head: "Ada Park", entity: 0),
                          predicate: Predicate(surface: "be", lemma: "be"),
                          object: Argument(text: "a member of the Harbor Party", head: "member"),
                          qualifiers: [], kind: .appositive, confidence: 0.8, provenance: provenance)
        var event = member
        event.kind = .event
        let derived = Memberships.derived(from: [member, event])
        #expect(derived.count == 1)
        #expect(derived.first?.predicate.lemma == "be of")
        #expect(derived.first?.object?.text == "the Harbor Party")
        #expect(derived.first?.kind == .derived)
    }
}
