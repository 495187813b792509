import FactModel
import Testing
@testable import TextPipeline

/// A lede introduces people by role ("a county judge", "a professor") and names them later; the whole
/// bundled pipeline links the two, so facts of the lede are about the named people.
@Suite struct LedeIntroductionTests {
    static let pipeline = BundledPipeline.shared

    @Test(.enabled(if: pipeline != nil)) func anIndefiniteRoleInTheLedeIsThePersonNamedLaterWithThatTitle() throws {
        let pipeline = try #require(Self.pipeline)
        let document = pipeline.annotate("""
            Professor jailed in Brookfield

            On Monday, a county judge sentenced a professor from Brookfield to six years in prison. Professor \
            Alma Reyes was convicted in March of stealing laboratory funds. Judge Victor Hale said the thefts had \
            hurt students.
            """)
        let judge = try #require(document.entity(named: "Victor Hale"))
        let nurse = try #require(document.entity(named: "Alma Reyes"))
        #expect(document.entity(atWord: "a", occurrence: 0)?.name == judge.name, "\(document.entities.map(\.name))")
        #expect(document.entity(atWord: "a", occurrence: 1)?.name == nurse.name)
        // The description is no alias: "a county judge" is not a name for him.
        #expect(!judge.aliases.contains("a county judge"))
    }

    @Test(.enabled(if: pipeline != nil)) func aRoleSomeoneNamedEarlierHoldsIntroducesNobody() throws {
        let pipeline = try #require(Self.pipeline)
        let document = pipeline.annotate("""
            Court news

            Judge Victor Hale opened the session, and a judge from Brookfield read the verdict. Judge Ana Ruiz \
            later spoke to reporters.
            """)
        #expect(document.entity(atWord: "a", occurrence: 0)?.name == nil, "\(document.entities.map(\.name))")
    }

    @Test(.enabled(if: pipeline != nil)) func aBareRoleInTheHeadlineIsThePersonNamedWithThatTitle() throws {
        let pipeline = try #require(Self.pipeline)
        let document = pipeline.annotate("""
            Harbour minister resigns over ferry deal

            Ruritania's Minister of Harbours, Tomas Vell, resigned on Wednesday after a newspaper \
            reported on the deal. Vell denied any wrongdoing.
            """)
        #expect(document.entity(atWord: "minister", occurrence: 0)?.name == "Tomas Vell", "\(document.entities.map(\.name))")
    }
}
