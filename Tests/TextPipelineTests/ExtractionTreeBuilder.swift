import Foundation
import FactModel
@testable import TextPipeline

/// The facts as their compact strings, "(subject; relation; object; marker: argument)", for
/// tests that check which facts a tree gives.
func compact(_ facts: [Fact]) -> Set<String> { Set(facts.map(\.compact)) }

/// Builds `AnnotatedDocument`s from hand-written dependency trees, so extraction tests do not
/// depend on the trained tagger and parser.
///
/// A tree is written one word a line, as the first columns of CoNLL-U separated by any spaces:
/// `ID FORM LEMMA UPOS XPOS HEAD DEPREL`, optionally followed by `_` or `SpaceAfter=No`.
/// Sentences are separated by blank lines. Entities are marked by their text.
enum ExtractionTreeBuilder {
    /// A document of the given sentences with entity mentions for `entities` (each occurrence of
    /// the name's words becomes a span linked to one entity per name) and value spans for `values`.
    static func document(
        _ trees: String, entities: [(String, EntityType)] = [], values: [(String, ValueKind)] = []
    ) -> AnnotatedDocument {
        var conllu = ""
        for line in trees.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { conllu += "\n"; continue }
            let columns = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            precondition(columns.count >= 7, "bad tree line: \(trimmed)")
            let misc = columns.count > 7 ? columns[7] : "_"
            conllu += [columns[0], columns[1], columns[2], columns[3], columns[4], "_", columns[5], columns[6], "_", misc]
                .joined(separator: "\t") + "\n"
        }
        return document(sentences: CoNLLU.parse(conllu), entities: entities, values: values)
    }

    /// A document of parsed CoNLL-U sentences, one after the other.
    static func document(
        sentences: [CoNLLUSentence], entities: [(String, EntityType)] = [], values: [(String, ValueKind)] = []
    ) -> AnnotatedDocument {
        var text = ""
        var tokens: [Token] = []
        var ranges: [Range<Int>] = []
        for sentence in sentences {
            let base = tokens.count
            for word in sentence.words {
                let start = text.utf8.count
                text += word.form
                let end = text.utf8.count
                if word.spaceAfter { text += " " }
                tokens.append(Token(
                    start: Int32(start), end: Int32(end), form: word.form, spaceAfter: word.spaceAfter,
                    upos: word.upos, xpos: word.xpos, lemma: word.lemma,
                    head: word.head == 0 ? -1 : Int32(base + word.head - 1), deprel: word.deprel))
            }
            ranges.append(base..<tokens.count)
        }
        var document = AnnotatedDocument(text: text, tokens: tokens, sentences: ranges)
        for (name, type) in entities {
            let id = EntityID(document.entities.count)
            document.entities.append(Entity(id: id, name: name, type: type))
            for range in occurrences(of: name, in: tokens) {
                document.spans.append(EntitySpan(tokens: range, type: .entity(type), entity: id))
            }
        }
        for (textValue, kind) in values {
            for range in occurrences(of: textValue, in: tokens) {
                let value = TypedValue(kind: kind, text: textValue, normalized: textValue)
                document.spans.append(EntitySpan(tokens: range, type: .value(kind), value: value))
            }
        }
        document.spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return document
    }

    static func occurrences(of phrase: String, in tokens: [Token]) -> [Range<Int>] {
        let words = phrase.split(separator: " ").map(String.init)
        guard !words.isEmpty, tokens.count >= words.count else { return [] }
        var result: [Range<Int>] = []
        for start in 0...(tokens.count - words.count) where (0..<words.count).allSatisfy({ tokens[start + $0].form == words[$0] }) {
            result.append(start..<(start + words.count))
        }
        return result
    }

    /// Runs the extractor over the trees and returns its facts.
    static func facts(
        _ trees: String, entities: [(String, EntityType)] = [], values: [(String, ValueKind)] = [],
        date: String? = nil
    ) -> [Fact] {
        let annotated = document(trees, entities: entities, values: values)
        let doc = Document(id: 0, path: "test.txt", title: "test", text: annotated.text, date: date)
        return FactExtractor().extract(annotated, document: doc).facts
    }
}

extension Fact {
    /// A compact rendering for assertions: `(subject; relation; object; marker: qualifier ...)`
    /// with the kind when it is not an event, e.g. `title (Eric Garcetti; Mayor; of: Los Angeles)`.
    var compact: String {
        var parts = [subject.text, predicate.surface]
        if let object { parts.append(object.text) }
        for q in qualifiers { parts.append(q.marker.isEmpty ? q.argument.text : "\(q.marker): \(q.argument.text)") }
        let body = "(" + parts.joined(separator: "; ") + ")"
        return kind == .event ? body : "\(kind.rawValue) \(body)"
    }

    /// The normalized form: `(subject head; canonical; object head)`.
    var keys: String {
        "(\(subject.head); \(predicate.canonical); \(object?.head ?? "-"))"
    }
}
