import FactModel

extension QuestionAnswerer {
    /// One sentence that mentions an entity: where it is, where it starts in its document, and
    /// the entity's own mentions in it (with their spans).
    struct EntitySentence {
        var ref: SentenceRef
        var start: Int
        var mentions: [Mention]
    }

    /// Each sentence that mentions the entity once, in order of its mentions. O(mentions).
    func sentences(mentioning id: EntityID) -> [EntitySentence] {
        var seen = Set<SentenceRef>()
        var found: [EntitySentence] = []
        for mention in source.entity(id).mentions {
            let ref = mention.sentenceRef
            guard seen.insert(ref).inserted, let start = source.document(ref.document)?.startOfSentence(Int(ref.sentence)) else { continue }
            found.append(EntitySentence(ref: ref, start: start,
                                        mentions: source.mentions(in: ref)))
        }
        return found
    }
}
