import Testing
import FactModel
@testable import FactShell

/// The CaRB export: the benchmark's tab format, surface order for passives, titles as written,
/// and no tuple with fewer than two arguments.
@Suite struct ExtractionCarbWriterTests {
    let text = "Denver Mayor Kim Lee will be joined by Chief Tom Reyes at the summit .\nThe plan failed .\n"

    func provenance(_ start: Int, _ end: Int, sentence: Int32 = 0) -> Provenance {
        Provenance(document: 0, sentence: sentence, start: Int32(start), end: Int32(end))
    }

    func document() -> Document {
        var document = Document(id: 0, path: "dev.txt", title: "", text: text)
        document.sentences = [0..<70, 71..<87]
        return document
    }

    @Test func passiveIsExportedInSurfaceOrderWithQualifiers() {
        let join = Fact(
            subject: Argument(text: "Chief Tom Reyes", head: "Tom Reyes"),
            predicate: Predicate(surface: "will be joined by", lemma: "join", voice: .passive, modality: "will"),
            object: Argument(text: "Denver Mayor Kim Lee", head: "Kim Lee"),
            qualifiers: [Qualifier(marker: "at", argument: Argument(text: "the summit", head: "summit"))],
            confidence: 0.8125, provenance: provenance(0, 68))
        let lines = CarbWriter.lines(for: ExtractedDocument(document: document(), facts: [join]))
        #expect(lines == ["Denver Mayor Kim Lee will be joined by Chief Tom Reyes at the summit .\t0.8125\twill be joined by\tDenver Mayor Kim Lee\tChief Tom Reyes\tat the summit"])
    }

    @Test func anExtraColumnFollowsTheArgumentsOfTheFactItNames() {
        // The column training reads: the index is the fact's in the document, not the line's.
        let plain = Fact(
            subject: Argument(text: "The plan", head: "plan"), predicate: Predicate(surface: "failed", lemma: "fail"),
            confidence: 0.5, provenance: provenance(71, 86, sentence: 1))
        let join = Fact(
            subject: Argument(text: "Chief Tom Reyes", head: "Tom Reyes"),
            predicate: Predicate(surface: "will be joined by", lemma: "join", voice: .passive),
            object: Argument(text: "Denver Mayor Kim Lee", head: "Kim Lee"), confidence: 0.75, provenance: provenance(0, 68))
        let lines = CarbWriter.lines(for: ExtractedDocument(document: document(), facts: [plain, join])) { "fact \($0)" }
        #expect(lines == ["Denver Mayor Kim Lee will be joined by Chief Tom Reyes at the summit .\t0.7500\twill be joined by\tDenver Mayor Kim Lee\tChief Tom Reyes\tfact 1"])
    }

    @Test func titleReadsAsBeWithTheTitleWordsAndDerivedOrOneArgumentFactsAreLeftOut() {
        let title = Fact(
            subject: Argument(text: "Kim Lee", head: "Kim Lee"), predicate: Predicate(surface: "Mayor", lemma: "mayor"),
            qualifiers: [Qualifier(marker: "of", argument: Argument(text: "Denver", head: "Denver"))],
            kind: .title, confidence: 0.5, provenance: provenance(0, 12))
        let derived = Fact(
            subject: Argument(text: "Kim Lee", head: "Kim Lee"), predicate: Predicate(surface: "attend", lemma: "attend"),
            object: Argument(text: "the summit", head: "summit"), kind: .derived, provenance: provenance(0, 68))
        let alone = Fact(
            subject: Argument(text: "The plan", head: "plan"), predicate: Predicate(surface: "failed", lemma: "fail"),
            provenance: provenance(71, 86, sentence: 1))
        let lines = CarbWriter.lines(for: ExtractedDocument(document: document(), facts: [title, derived, alone]))
        #expect(lines == ["Denver Mayor Kim Lee will be joined by Chief Tom Reyes at the summit .\t0.5000\tbe\tKim Lee\tDenver Mayor"])
    }
}

/// A qualifier's preposition is exported as the sentence writes it.
@Suite struct ExtractionCarbWriterMarkerTests {
    @Test func frontedQualifierKeepsItsCapital() {
        let text = "In 1998 , the mill closed in spring .\n"
        var document = Document(id: 0, path: "dev.txt", title: "", text: text)
        document.sentences = [0..<37]
        let closed = Fact(
            subject: Argument(text: "the mill", head: "mill"), predicate: Predicate(surface: "closed", lemma: "close"),
            qualifiers: [Qualifier(marker: "in", argument: Argument(text: "1998", head: "1998")),
                         Qualifier(marker: "in", argument: Argument(text: "spring", head: "spring"))],
            confidence: 0.5, provenance: Provenance(document: 0, sentence: 0, start: 10, end: 35))
        let lines = CarbWriter.lines(for: ExtractedDocument(document: document, facts: [closed]))
        #expect(lines == ["In 1998 , the mill closed in spring .\t0.5000\tclosed\tthe mill\tIn 1998\tin spring"])
    }
}

/// A predicate shared by coordinated subjects is exported once, with the coordination.
@Suite struct ExtractionCarbWriterCoordinationTests {
    let text = "Ana and Leo moved to Lyon , and Ana sang .\n"

    func fact(_ subject: String, _ relation: String, _ object: String?, confidence: Float) -> Fact {
        Fact(
            subject: Argument(text: subject, head: subject), predicate: Predicate(surface: relation, lemma: relation),
            object: object.map { Argument(text: $0, head: $0) },
            qualifiers: relation == "sang" ? [Qualifier(marker: "time", argument: Argument(text: "then", head: "then"))] : [],
            confidence: confidence, provenance: Provenance(document: 0, sentence: 0, start: 0, end: 41))
    }

    @Test func coordinatedSubjectsOfOneTupleAreWrittenAsTheirCoordination() {
        var document = Document(id: 0, path: "dev.txt", title: "", text: text)
        document.sentences = [0..<42]
        let facts = [fact("Ana", "moved to", "Lyon", confidence: 0.5), fact("Leo", "moved to", "Lyon", confidence: 0.75),
                     fact("Ana", "sang", nil, confidence: 0.25)]
        let lines = CarbWriter.lines(for: ExtractedDocument(document: document, facts: facts)) { "fact \($0)" }
        #expect(lines == [
            "Ana and Leo moved to Lyon , and Ana sang .\t0.7500\tmoved to\tAna and Leo\tLyon\tfact 1",
            "Ana and Leo moved to Lyon , and Ana sang .\t0.2500\tsang\tAna\tthen\tfact 2",
        ])
    }

    @Test func subjectsTheSentenceDoesNotCoordinateStaySeparate() {
        let text = "Ana moved to Lyon before Leo moved to Lyon .\n"
        var document = Document(id: 0, path: "dev.txt", title: "", text: text)
        document.sentences = [0..<44]
        let facts = [fact("Ana", "moved to", "Lyon", confidence: 0.5), fact("Leo", "moved to", "Lyon", confidence: 0.5)]
        let lines = CarbWriter.lines(for: ExtractedDocument(document: document, facts: facts))
        #expect(lines.count == 2)
    }
}

/// An appositive description with a possessor, written before its name, is exported in
/// sentence order.
@Suite struct ExtractionCarbWriterAppositiveTests {
    func lines(_ text: String, name: String, description: String) -> [String] {
        var document = Document(id: 0, path: "dev.txt", title: "", text: text + "\n")
        document.sentences = [0..<text.utf8.count]
        let fact = Fact(
            subject: Argument(text: name, head: name), predicate: Predicate(surface: "be", lemma: "be"),
            object: Argument(text: description, head: description), kind: .appositive, confidence: 0.5,
            provenance: Provenance(document: 0, sentence: 0, start: 0, end: Int32(text.utf8.count)))
        return CarbWriter.lines(for: ExtractedDocument(document: document, facts: [fact]))
    }

    @Test func aPossessedDescriptionBeforeTheNameComesFirst() {
        let text = "Her sister , Ada Park , ran ."
        #expect(lines(text, name: "Ada Park", description: "Her sister") == [text + "\t0.5000\tbe\tHer sister\tAda Park"])
    }

    @Test func aNameBeforeItsDescriptionStaysFirst() {
        let text = "Ada Park , her sister , ran ."
        #expect(lines(text, name: "Ada Park", description: "her sister") == [text + "\t0.5000\tbe\tAda Park\ther sister"])
    }
}
