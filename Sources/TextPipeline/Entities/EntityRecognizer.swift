import FactModel

/// Finds entity and value mentions, titles, and links every mention to one entity per referent.
/// SCAFFOLD: each run of PROPN tokens is a person; the trained recognizer replaces it.
public struct EntityRecognizer: Sendable {
    /// The recognizer with its model and gazetteers, loaded from the package's resources.
    public static func bundled() throws -> EntityRecognizer { EntityRecognizer() }

    /// Sets `document.spans` and `document.entities`.
    public func recognize(_ document: inout AnnotatedDocument) {
        var byName: [String: EntityID] = [:]
        for sentence in document.sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard document.tokens[i].upos == "PROPN" else { i += 1; continue }
                var j = i
                while j < sentence.upperBound, document.tokens[j].upos == "PROPN" { j += 1 }
                let name = document.text(ofTokens: i..<j)
                let id = byName[name] ?? {
                    let id = EntityID(document.entities.count)
                    document.entities.append(Entity(id: id, name: name, type: .person))
                    byName[name] = id
                    return id
                }()
                document.spans.append(EntitySpan(tokens: i..<j, type: .entity(.person), entity: id))
                i = j
            }
        }
    }
}
