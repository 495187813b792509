import FactModel
import Foundation
import Testing
@testable import TextPipeline

/// The whole entity stage with the bundled name model, on documents with hand-set tags.
@Suite struct EntityRecognizerTests {
    static let recognizer = try! EntityRecognizer.bundled()

    func recognize(_ text: String) -> AnnotatedDocument {
        var document = EntityTestDocument.make(text)
        for i in document.tokens.indices { document.tokens[i].entityTag = "O" }
        Self.recognizer.recognize(&document)
        return document
    }

    func names(_ document: AnnotatedDocument) -> [String] {
        EntityLabel.spans(document.tokens.map(\.entityTag)).map {
            $0.type + ":" + document.text(ofTokens: $0.range)
        }
    }

    @Test func personAndPlace() {
        let document = recognize("Yesterday Angela Merkel visited Paris with her husband.")
        #expect(names(document) == ["PER:Angela Merkel", "LOC:Paris"])
        #expect(document.entity(named: "Angela Merkel")?.type == .person)
        #expect(document.entity(named: "Paris")?.type == .place)
    }

    @Test func titleStaysOutsideTheName() {
        let document = recognize("Police Chief Charlie Beck spoke to reporters in Chicago.")
        #expect(names(document).contains("PER:Charlie Beck"))
        #expect(document.tokens[0].entityTag == "O")
        #expect(document.entity(named: "Charlie Beck")?.titles.first?.role == "Police Chief")
    }

    @Test func spansAreOrderedAndLinked() {
        let document = recognize("Mayor Tom Hale paid $2 million to Boston on Monday. Later, Hale said he was glad.")
        let starts = document.spans.map(\.tokens.lowerBound)
        #expect(starts == starts.sorted())
        for span in document.spans {
            switch span.type {
            case .entity: #expect(span.entity.map { Int($0) < document.entities.count } == true)
            case .value: #expect(span.value != nil)
            }
        }
        #expect(document.entity(atWord: "Hale", occurrence: 1)?.name == "Tom Hale")
        #expect(document.entity(atWord: "he")?.name == "Tom Hale")
        #expect(document.value(startingAt: "$")?.normalized == "2000000 USD")
    }

    @Test func mentionsCiteSentenceAndBytes() throws {
        // A name opening a sentence: tag it as the tagger does in context, not as a capitalised noun.
        var document = EntityTestDocument.make(
            "The talks ended. Angela Merkel left Berlin.", tags: ["Angela": ("PROPN", "NNP")])
        for i in document.tokens.indices { document.tokens[i].entityTag = "O" }
        Self.recognizer.recognize(&document)
        let merkel = try #require(document.entity(named: "Angela Merkel"))
        let mention = try #require(merkel.mentions.first)
        #expect(mention.document == 0)
        #expect(mention.sentence == 1)
        let utf8 = Array(document.text.utf8)
        #expect(String(decoding: utf8[Int(mention.start)..<Int(mention.end)], as: UTF8.self) == "Angela Merkel")
    }

    @Test func modelFileRoundTrip() throws {
        let tagger = try NamedEntityTagger.bundled()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-roundtrip-\(UUID().uuidString).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try tagger.write(to: url)
        let reloaded = try NamedEntityTagger(contentsOf: url)
        #expect(reloaded.model == tagger.model)
        #expect(reloaded.recipe == tagger.recipe)
    }

    @Test func scoringCountsExactTypedSpans() {
        var score = EntityScore()
        // Gold: PER 0-2, LOC 3; predicted: PER 0-2 (right), ORG 3 (wrong type), I-LOC 5 (a span by CoNLL rules).
        score.add(gold: ["B-PER", "I-PER", "O", "B-LOC", "O", "O"],
                  predicted: ["B-PER", "I-PER", "O", "B-ORG", "O", "I-LOC"])
        #expect(score.gold == 2)
        #expect(score.predicted == 3)
        #expect(score.correct == 1)
        #expect(abs(score.f1 - 40) < 0.001)
    }

    @Test func otherTagsCountAsOutside() {
        var score = EntityScore()
        score.add(gold: ["B-OTH", "B-O", "B-PER"], predicted: ["O", "O", "B-PER"])
        #expect(score.gold == 1 && score.correct == 1)
    }

    @Test func aKnownPlaceRunningIntoAFirstNameIsSplitIntoPlaceAndPerson() {
        let document = EntityTestDocument.recognize("US Ambassador to [Norway Richard Hale]LOC spoke on Monday.")
        #expect(document.entity(named: "Richard Hale")?.type == .person)
        #expect(document.entity(named: "Norway")?.type == .place)
        // A building named after someone stays one place.
        let school = EntityTestDocument.recognize("They met at [Ohio Richard Hale School]LOC on Monday.")
        #expect(school.entity(named: "Richard Hale") == nil)
    }

    @Test func aBuildingNamedAfterSomeoneIsAPlace() {
        let document = EntityTestDocument.recognize("Mourners prayed at the Sultan [Omar Hadi]PER Grand Mosque on Friday.")
        #expect(document.entity(named: "Omar Hadi") == nil)
        // The building's name keeps the title before the person's name.
        #expect(document.entity(named: "Sultan Omar Hadi Grand Mosque")?.type == .place)
        // The same when the tagger took the institution word into the person span.
        let inside = EntityTestDocument.recognize("Mourners prayed at the Sultan [Omar Hadi Grand Mosque]PER on Friday.")
        #expect(inside.entity(named: "Sultan Omar Hadi Grand Mosque")?.type == .place)
        // Not when that word is also a surname.
        let surname = EntityTestDocument.recognize("The show starred [Arsenio Hall]PER on Friday.")
        #expect(surname.entity(named: "Arsenio Hall")?.type == .person)
        // Halls for games and shows.
        let pavilion = EntityTestDocument.recognize("The match was played at the [Rui Sousa Pavilion]PER in Porto.")
        #expect(pavilion.entity(named: "Rui Sousa Pavilion")?.type == .place)
    }
}
