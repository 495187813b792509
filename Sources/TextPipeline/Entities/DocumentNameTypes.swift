import FactModel

/// One type for each name within an article, before coreference: the name tagger types each
/// mention from its own sentence, and a name with little evidence of its own (a made-up company
/// name, an acronym) comes out as a person in one sentence and an organization in the next.
enum DocumentNameTypes {
    /// Applies both rules to the document's name mentions; returns the first words that begin
    /// exactly one organization name of several words in the document, which a lone mention of
    /// that word may be short for ("Mahan" for "Mahan Air"; not "House" beside both the "House
    /// Intelligence Committee" and the "House of Representatives"). O(mentions).
    static func apply(_ mentions: inout [EntityMention], document: AnnotatedDocument, context: EntityContext) -> Set<String> {
        // Each name's folded words, made once for the three passes (nil for other mentions).
        let words: [[String]?] = mentions.map { mention in
            guard case .name = mention.kind else { return nil }
            return Coreference.words(mention.tokens, document, context)
        }
        oneTypePerName(&mentions, words: words)
        shortCompanyNames(&mentions, words: words, context: context)
        var names: [String: Set<[String]>] = [:]
        for (mention, words) in zip(mentions, words) {
            guard case .name(.organization) = mention.kind, let words, words.count >= 2 else { continue }
            names[words[0], default: []].insert(words)
        }
        return Set(names.filter { $0.value.count == 1 }.keys)
    }

    /// A name of two or more words takes one type wherever the article writes it: the type given
    /// to most of its mentions, ties going to organization, then place ("the Mexican company
    /// Cultura Colectiva", then "an email to Cultura Colectiva" typed as a person).
    static func oneTypePerName(_ mentions: inout [EntityMention], words: [[String]?]) {
        var counts: [[String]: [EntityType: Int]] = [:]
        for (mention, words) in zip(mentions, words) {
            guard case .name(let type) = mention.kind, let words, words.count >= 2 else { continue }
            counts[words, default: [:]][type, default: 0] += 1
        }
        let preference: [EntityType] = [.organization, .place, .person]
        for index in mentions.indices {
            guard let words = words[index], words.count >= 2, let types = counts[words], types.count > 1 else { continue }
            let most = types.values.max()!
            if let chosen = preference.first(where: { types[$0] == most }) { mentions[index].kind = .name(chosen) }
        }
    }

    /// A company called by the first word of its name: "Nordhavn" for "Nordhavn Group". The name
    /// tagger has no given name or context of a company to go by for the lone word, and often
    /// types it as a person or a place. Every one-word person or place name (a place only when no
    /// gazetteer knows it as one) that is the first word of an organization named with more words
    /// anywhere in the document becomes an organization, unless a person of several words has
    /// that word in their name ("Ford" stays a person beside "Gerald Ford" and the "Ford Foundation").
    static func shortCompanyNames(_ mentions: inout [EntityMention], words: [[String]?], context: EntityContext) {
        var companyFirstWords = Set<String>()
        var personWords = Set<String>()
        for (mention, words) in zip(mentions, words) {
            guard case .name(let type) = mention.kind, type == .organization || type == .person, let words, words.count >= 2 else { continue }
            if type == .organization { companyFirstWords.insert(words[0]) } else { personWords.formUnion(words) }
        }
        guard !companyFirstWords.isEmpty else { return }
        for index in mentions.indices {
            guard case .name(let type) = mentions[index].kind, type == .person || type == .place,
                  let words = words[index] else { continue }
            let tokens = mentions[index].tokens
            guard words.count == 1, companyFirstWords.contains(words[0]), !personWords.contains(words[0]) else { continue }
            if type == .place, tokens.contains(where: { !context.word[$0].isDisjoint(with: .place) || !context.phrase[$0].isDisjoint(with: .place) }) {
                continue
            }
            mentions[index].kind = .name(.organization)
        }
    }
}
