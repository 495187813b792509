import Foundation
import FactModel

/// Renders extracted facts in the tab format of the CaRB Open IE benchmark, as
/// `../shared/tools/carb-score.py` reads it: `sentence TAB confidence TAB relation TAB arg1 TAB arg2 ...`.
///
/// The sentence column is the input line the fact's sentence starts on (with `--sentences` each
/// line is one sentence, as the benchmark's input is). Facts are exported the way they read in the
/// text: a passive stored active (agent as subject) goes back to "patient; will be joined by;
/// agent"; a title reads (name; be; title words); qualifiers follow as further arguments with their
/// preposition. Facts with fewer than two arguments and derived facts are not exported: the
/// benchmark pairs tuples one to one, so a restatement only costs precision. Possessions are
/// exported at their (low) confidence. Rows that differ only in coordinated subjects are written
/// once, with the coordination (`CarbCoordinatedSubjects`).
public enum CarbWriter {
    /// One line per exported fact, in document order. `extraColumn`, given a fact's index in
    /// `extracted.facts`, adds a last column (the confidence features, for training).
    public static func lines(for extracted: ExtractedDocument, extraColumn: ((Int) -> String)? = nil) -> [String] {
        var seen = Set<String>()
        var rows: [CarbCoordinatedSubjects.Row] = []
        for (index, fact) in extracted.facts.enumerated() {
            guard let tuple = tuple(for: fact, in: extracted.document) else { continue }
            // One tuple once: a title read from an appositive repeats the appositive.
            let key = "\(fact.provenance.sentence)\t\(beNormalized(tuple.relation))\t\(tuple.arguments.joined(separator: "\t"))"
            let sentence = sentenceLine(of: fact, in: extracted.document)
            guard seen.insert(key).inserted, !sentence.isEmpty else { continue }
            rows.append(CarbCoordinatedSubjects.Row(
                sentenceIndex: fact.provenance.sentence, sentence: sentence, confidence: fact.confidence,
                relation: tuple.relation, arguments: tuple.arguments, extra: extraColumn.map { clean($0(index)) }))
        }
        return CarbCoordinatedSubjects.merged(rows).map(line(for:))
    }

    /// "is", "was", "are" ... read as "be", as the scorer reads them.
    static func beNormalized(_ relation: String) -> String {
        let forms: Set<String> = ["is", "are", "was", "were", "'s", "be", "been", "being", "am", "'re"]
        return relation.split(separator: " ").map { forms.contains(String($0)) ? "be" : String($0) }.joined(separator: " ")
    }

    /// The benchmark tuple of one fact, or nil when the fact is not exported.
    public static func tuple(for fact: Fact, in document: Document) -> (relation: String, arguments: [String])? {
        tuple(for: fact, in: document, sentence: sentenceLine(of: fact, in: document))
    }

    static func tuple(for fact: Fact, in document: Document, sentence: String) -> (relation: String, arguments: [String])? {
        switch fact.kind {
        case .derived: return nil
        case .possession:
            guard let object = fact.object else { return nil }
            return (fact.predicate.surface, [fact.subject.text, object.text])
        case .title:
            let start = Int(fact.provenance.start)
            let end = Int(fact.provenance.end)
            let titleWords = document.slice(start..<end)
            guard !titleWords.isEmpty, titleWords != fact.subject.text else { return nil }
            return ("be", [fact.subject.text, titleWords])
        case .appositive:
            guard let object = fact.object else { return nil }
            if isPossessedDescription(object.text, writtenBefore: fact.subject.text, in: sentence) {
                return ("be", [object.text, fact.subject.text])
            }
            return ("be", [fact.subject.text, object.text])
        case .event, .copula, .attribution:
            var arguments: [String]
            if fact.predicate.voice == .passive, let object = fact.object, fact.predicate.surface.hasSuffix(" by") || fact.predicate.surface.contains(" by ") {
                arguments = [object.text, fact.subject.text]
            } else {
                arguments = [fact.subject.text]
                if let object = fact.object { arguments.append(object.text) }
            }
            for qualifier in fact.qualifiers {
                let text = qualifier.argument.text
                let marker = qualifier.marker
                arguments.append(marker.isEmpty || marker == "time" || marker == "place"
                    ? text : writtenMarker(marker, before: text, in: sentence) + " " + text)
            }
            guard arguments.count >= 2, !fact.predicate.surface.isEmpty else { return nil }
            return (fact.predicate.surface, arguments)
        }
    }

    /// True for a description with a possessor written before the name it describes ("His elder
    /// brother, Conte Mazzolini,", "Trek 's president , Dick Burke"): it identifies the person by
    /// the relation, and CaRB gold writes it in sentence order, (His elder brother; was; Conte
    /// Mazzolini). The store keeps the name as the subject, as for every appositive.
    static func isPossessedDescription(_ description: String, writtenBefore name: String, in sentence: String) -> Bool {
        guard let at = sentence.range(of: description), let nameAt = sentence.range(of: name),
              at.upperBound <= nameAt.lowerBound else { return false }
        let words = description.split(separator: " ")
        let possessives: Set<String> = ["his", "her", "its", "their", "my", "our", "your"]
        return words.first.map { possessives.contains($0.lowercased()) } == true || words.dropLast().contains("'s")
    }

    /// The qualifier's preposition as the sentence writes it before the qualifier: the fact keeps
    /// markers lowercased ("in"), but a fronted "In 1970 , ..." reads "In 1970" (the benchmark
    /// compares tokens case-sensitively). The lowercased marker when the sentence does not hold
    /// the pair.
    static func writtenMarker(_ marker: String, before text: String, in sentence: String) -> String {
        let phrase = marker + " " + text
        guard !sentence.contains(phrase), let range = sentence.range(of: phrase, options: .caseInsensitive) else { return marker }
        let written = sentence[range].prefix(marker.count)
        return written.lowercased() == marker ? String(written) : marker
    }

    static func line(for row: CarbCoordinatedSubjects.Row) -> String {
        let fields = [row.sentence, formatted(row.confidence), clean(row.relation)] + row.arguments.map(clean)
        return (fields + (row.extra.map { [$0] } ?? [])).joined(separator: "\t")
    }

    /// The whole input line holding the fact's sentence, without its line break.
    static func sentenceLine(of fact: Fact, in document: Document) -> String {
        let index = Int(fact.provenance.sentence)
        let offset = document.sentences.indices.contains(index) ? document.sentences[index].lowerBound : Int(fact.provenance.start)
        let line = document.line(atOffset: offset)
        let start = document.lineStarts[line - 1]
        let end = line < document.lineStarts.count ? document.lineStarts[line] : document.text.utf8.count
        var text = document.slice(start..<end)
        while let last = text.last, last == "\n" || last == "\r" { text.removeLast() }
        return text
    }

    /// Tabs and line breaks cannot occur inside a field.
    static func clean(_ field: String) -> String {
        String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    static func formatted(_ confidence: Float) -> String {
        let scaled = Int((Double(confidence) * 10000).rounded())
        let whole = scaled / 10000
        let fraction = String(scaled % 10000)
        return "\(whole)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
