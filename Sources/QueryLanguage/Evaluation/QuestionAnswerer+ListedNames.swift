import FactModel

/// "warnings were issued for the towns of Witchcliffe, Karridale and Hamelin Bay": a list of
/// names kept whole inside one argument binds the answer to one of them (the phrase's entity);
/// every name of the list answers.
extension QuestionAnswerer {
    /// The names of `id`'s type that the fact's argument naming `id` lists with it, `id` among
    /// them, in the order written; empty unless only commas, "and" or "or" stand between them.
    /// O(m) in the sentence's mentions.
    func namesListed(with id: EntityID, in fact: Fact) -> [EntityID] {
        guard let argument = fact.arguments.first(where: { $0.entity == id }) else { return [] }
        let text = argument.text
        let type = source.entity(id).type
        var spans: [(range: Range<String.Index>, entity: EntityID)] = []
        for mention in source.mentions(in: fact.provenance.sentenceRef) {
            guard let entity = mention.entity, source.entity(entity).type == type, let range = text.firstRange(of: mention.text) else { continue }
            spans.append((range, entity))
        }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound || ($0.range.lowerBound == $1.range.lowerBound && $0.range.upperBound > $1.range.upperBound) }
        // Runs of names joined by list separators; the run that holds `id` answers.
        var runs: [[EntityID]] = []
        var end: String.Index?
        for span in spans {
            if let last = end, span.range.lowerBound < last { continue }  // a name inside the one before
            if let last = end, Self.listSeparators.contains(text[last..<span.range.lowerBound].split(separator: " ").joined(separator: " ").lowercased()) {
                runs[runs.count - 1].append(span.entity)
            } else {
                runs.append([span.entity])
            }
            end = span.range.upperBound
        }
        guard let run = runs.first(where: { $0.contains(id) }), run.count > 1 else { return [] }
        var seen = Set<EntityID>()
        return run.filter { seen.insert($0).inserted }
    }

    /// What stands between two names of a list.
    static let listSeparators: Set<String> = [",", "and", ", and", "or", ", or", "&"]
}
