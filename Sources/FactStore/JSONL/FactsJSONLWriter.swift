import FactModel

/// Writes the JSON Lines fact format (docs/fact-format.md): a header line, then for each
/// document its `document` line followed by its `entity`, `mention`, `fact` and `lemmas` lines.
public enum FactsJSONL {
    /// The format's name and version, written in the header line.
    public static let formatName = "factsh-facts"
    public static let version = 1

    /// The header line (without a newline).
    public static func header() -> String {
        "{\"type\":\"header\",\"format\":\"\(formatName)\",\"version\":\(version)}"
    }

    /// The lines of one document (each without a newline).
    public static func lines(of extracted: ExtractedDocument) -> [String] {
        var lines = [String]()
        let document = extracted.document
        let sentences = document.sentences.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",")
        lines.append("{\"type\":\"document\",\"path\":\(JSONText.quote(document.path)),\"title\":\(JSONText.quote(document.title)),"
                     + "\"date\":\(JSONText.quote(document.date)),\"sentences\":[\(sentences)],\"text\":\(JSONText.quote(document.text))}")
        for (index, entity) in extracted.entities.enumerated() {
            let aliases = entity.aliases.map { JSONText.quote($0) }.joined(separator: ",")
            let titles = entity.titles.map(title).joined(separator: ",")
            let mentions = entity.mentions.map(span).joined(separator: ",")
            lines.append("{\"type\":\"entity\",\"id\":\(index),\"name\":\(JSONText.quote(entity.name)),\"entityType\":\"\(entity.type.rawValue)\","
                         + "\"aliases\":[\(aliases)],\"titles\":[\(titles)],\"mentions\":[\(mentions)]}")
        }
        for mention in extracted.mentions {
            lines.append("{\"type\":\"mention\",\"text\":\(JSONText.quote(mention.text)),\"mentionType\":\"\(mentionType(mention.type))\","
                         + "\"entity\":\(id(mention.entity)),\"value\":\(value(mention.value)),\"span\":\(span(mention.provenance))}")
        }
        for fact in extracted.facts {
            let predicate = fact.predicate
            let qualifiers = fact.qualifiers.map { "{\"marker\":\(JSONText.quote($0.marker)),\"argument\":\(argument($0.argument))}" }
            let attribution = fact.attribution.map { "{\"speaker\":\(argument($0.speaker)),\"verb\":\(JSONText.quote($0.verb))}" } ?? "null"
            lines.append("{\"type\":\"fact\",\"subject\":\(argument(fact.subject)),"
                         + "\"predicate\":{\"surface\":\(JSONText.quote(predicate.surface)),\"lemma\":\(JSONText.quote(predicate.lemma)),"
                         + "\"canonical\":\(JSONText.quote(predicate.canonical)),\"voice\":\"\(predicate.voice.rawValue)\","
                         + "\"negated\":\(predicate.negated),\"modality\":\(JSONText.quote(predicate.modality))},"
                         + "\"object\":\(fact.object.map(argument) ?? "null"),\"qualifiers\":[\(qualifiers.joined(separator: ","))],"
                         + "\"kind\":\"\(fact.kind.rawValue)\",\"attribution\":\(attribution),"
                         + "\"confidence\":\(JSONText.number(fact.confidence)),\"span\":\(span(fact.provenance))}")
        }
        for (index, lemmas) in extracted.sentenceLemmas.enumerated() {
            lines.append("{\"type\":\"lemmas\",\"sentence\":\(index),\"lemmas\":[\(lemmas.map { JSONText.quote($0) }.joined(separator: ","))]}")
        }
        return lines
    }

    /// The whole format for some documents: the header line and every document's lines.
    public static func encode(_ documents: [ExtractedDocument]) -> String {
        var out = header() + "\n"
        for document in documents {
            for line in lines(of: document) { out += line; out += "\n" }
        }
        return out
    }

    /// `[sentence, start, end]`: a provenance within the current document.
    static func span(_ provenance: Provenance) -> String {
        "[\(provenance.sentence),\(provenance.start),\(provenance.end)]"
    }

    static func id(_ entity: EntityID?) -> String { entity.map { String($0) } ?? "null" }

    static func mentionType(_ type: MentionType) -> String {
        switch type {
        case .entity(let type): return type.rawValue
        case .value(let kind): return "value:\(kind.rawValue)"
        }
    }

    static func value(_ value: TypedValue?) -> String {
        guard let value else { return "null" }
        return "{\"kind\":\"\(value.kind.rawValue)\",\"text\":\(JSONText.quote(value.text)),\"normalized\":\(JSONText.quote(value.normalized)),"
            + "\"amount\":\(value.amount.map(JSONText.number) ?? "null"),\"approximation\":\(JSONText.quote(value.approximation))}"
    }

    static func argument(_ argument: Argument) -> String {
        "{\"text\":\(JSONText.quote(argument.text)),\"head\":\(JSONText.quote(argument.head)),\"entity\":\(id(argument.entity)),\"value\":\(value(argument.value))}"
    }

    static func title(_ title: Title) -> String {
        "{\"role\":\(JSONText.quote(title.role)),\"of\":\(JSONText.quote(title.of)),\"modifier\":\(JSONText.quote(title.modifier)),"
            + "\"span\":\(title.provenance.map(span) ?? "null")}"
    }
}
