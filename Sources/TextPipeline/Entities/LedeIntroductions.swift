import FactModel

/// News ledes introduce people by role and name them later: "a federal judge sentenced a doctor
/// based in Martinsville ... Dr. Joel Smithers was found guilty ... Judge James Parker Jones
/// handed down the sentence." An indefinite description of a person title in the first sentences
/// of the body ("a doctor", "a United States federal judge") stands for the first person named
/// after it who holds that title, when nobody named before it does. So does a bare description
/// in the headline, which has no articles ("Finnish transport minister resigns over ferry
/// contract" is Harri Vesterinen, named in the first sentence with his title).
extension EntityRecognizer {
    /// Sentences (after the headline) in which an indefinite description may introduce someone.
    static let ledeSentences = 2

    /// "a/an" + modifiers + a singular person title that is an argument of its clause (not the
    /// predicate of "is a doctor", not an apposition, not a title before a name); in a headline,
    /// the modifiers and title with no article before them.
    func introductions(
        in sentence: Range<Int>, index: Int, document: AnnotatedDocument, context: EntityContext,
        blocked: [Bool], titleTokens: Set<Int>, headline: Bool = false
    ) -> [EntityMention] {
        var result: [EntityMention] = []
        for end in sentence {
            guard let (titleStart, match) = freeTitle(endingAt: end, in: sentence, document: document, context: context,
                                                      blocked: blocked, titleTokens: titleTokens),
                  ["nsubj", "nsubj:pass", "obj", "iobj"].contains(document.tokens[end].deprel),
                  !sentence.contains(where: { Int(document.tokens[$0].head) == end && document.tokens[$0].deprel == "cop" })
            else { continue }
            // Back over the title's modifiers ("United States federal") to the article.
            var start = titleStart
            while start - 1 >= sentence.lowerBound, Int(document.tokens[start - 1].head) == end || Int(document.tokens[start - 1].head) == start,
                  ["ADJ", "PROPN", "NOUN"].contains(document.tokens[start - 1].upos) {
                start -= 1
            }
            let role = TitleReader.expansions[match.entry.canonical]?.lowercased() ?? match.entry.canonical
            if headline {
                guard start == sentence.lowerBound || document.tokens[start - 1].upos != "DET" else { continue }
                result.append(EntityMention(tokens: start..<end + 1, sentence: index, kind: .introduction(title: role)))
                continue
            }
            guard start - 1 >= sentence.lowerBound, ["a", "an"].contains(context.lower[start - 1]),
                  Int(document.tokens[start - 1].head) == end else { continue }
            result.append(EntityMention(tokens: start - 1..<end + 1, sentence: index, kind: .introduction(title: role)))
        }
        return result
    }

    /// The first person name after `token` whose titles include `title`; nil when a person
    /// resolved before already holds it (the description may then be about someone else).
    static func namedHolder(
        of title: String, after token: Int, mentions: [EntityMention], titles: [Int: [(mention: Int, found: FoundTitle)]],
        coreference: Coreference
    ) -> Int? {
        func matches(_ role: String) -> Bool {
            let role = role.lowercased()
            return role == title || title.hasSuffix(" " + role) || role.hasSuffix(" " + title)
        }
        if coreference.entities.contains(where: { $0.type == .person && $0.roles.contains { matches($0.role) } }) { return nil }
        let later = mentions.indices.filter { mentions[$0].tokens.lowerBound > token }
            .sorted { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }
        for index in later {
            guard case .name(.person) = mentions[index].kind else { continue }
            if (titles[index] ?? []).contains(where: { $0.found.title.map { matches($0.role) } == true }) { return index }
        }
        return nil
    }
}
