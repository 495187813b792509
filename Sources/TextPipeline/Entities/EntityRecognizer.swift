import FactModel

/// Finds entity and value mentions, titles, and links every mention to one entity per referent.
///
/// Steps, per document: the name tagger labels person, organization and place names (BIO);
/// rules fix names after titles; values are read by rule; the title reader attaches titles and
/// roles to people; groups of people are found; coreference links names, descriptions and pronouns.
public struct EntityRecognizer: Sendable {
    let tagger: NamedEntityTagger?
    let gazetteer: Gazetteer
    let titles: PersonTitleLexicon

    /// The recognizer with its model and gazetteers, loaded from the package's resources.
    public static func bundled() throws -> EntityRecognizer {
        EntityRecognizer(tagger: try .bundled(), gazetteer: try .bundled(), titles: try .bundled())
    }

    /// A recognizer with a given tagger; without one, names come from the tokens' `entityTag`s
    /// (as set by hand or by an earlier run).
    public init(tagger: NamedEntityTagger?, gazetteer: Gazetteer, titles: PersonTitleLexicon) {
        self.tagger = tagger
        self.gazetteer = gazetteer
        self.titles = titles
    }

    /// Sets `document.spans` and `document.entities` (and each token's `entityTag`).
    public func recognize(_ document: inout AnnotatedDocument) {
        let context = EntityContext(document: document, gazetteer: gazetteer, titles: titles)
        if let tagger {
            let features = document.sentences.map {
                NamedEntityFeatures.staticFeatures(sentence: $0, document: document, context: context)
            }
            for (sentence, labels) in zip(document.sentences, tagger.decodeDocument(features)) {
                for (offset, label) in labels.enumerated() {
                    document.tokens[sentence.lowerBound + offset].entityTag = EntityLabel.tags[label]
                }
            }
        }
        NameRules.apply(to: &document, context: context)
        resolve(&document, context: context)
    }

    /// Everything after name tagging: values, titles, groups, coreference and the entity table.
    func resolve(_ document: inout AnnotatedDocument, context: EntityContext) {
        let titleReader = TitleReader(titles: titles, gazetteer: gazetteer)
        let nationalities = NationalityReferences(gazetteer: gazetteer)
        let groupRecognizer = GroupRecognizer(gazetteer: gazetteer)
        let valueRecognizer = ValueRecognizer()
        var mentions: [EntityMention] = []
        var foundTitles: [(mention: Int, found: FoundTitle)] = []
        var valueSpans: [EntitySpan] = []
        var blocked = [Bool](repeating: false, count: document.tokens.count)
        var speakers: [Int: Int] = [:]
        for (pronoun, speaker) in QuotationSpeakers.firstPersonSpeakers(in: document) { speakers[pronoun] = speaker }

        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let named = EntityLabel.spans(sentence.map { document.tokens[$0].entityTag }).map {
                (range: $0.range.lowerBound + sentence.lowerBound..<$0.range.upperBound + sentence.lowerBound,
                 type: Self.entityType($0.type))
            }.filter { span in
                // "The Irishman thanked his coach": a person of a country, no name of one.
                !(span.range.count == 1 && span.range.lowerBound > sentence.lowerBound
                    && nationalities.mention(at: span.range.lowerBound - 1, in: sentence, document: document, lower: context.lower) != nil)
            }
            var sentenceMentions: [EntityMention] = []
            var firstNameMention = mentions.count
            for span in named {
                for i in span.range { blocked[i] = true }
                sentenceMentions.append(EntityMention(tokens: span.range, sentence: sentenceIndex, kind: .name(span.type)))
            }
            firstNameMention = mentions.count
            // Titles, before values so that "Adamowicz, 53," still reads as an age.
            let found = titleReader.read(sentence: sentence, named: named, document: document, context: context)
            var titleTokens = Set<Int>()
            for title in found {
                foundTitles.append((firstNameMention + title.holder, title))
                for i in title.tokens { titleTokens.insert(i) }
            }
            // A title's words are no values: "First Lady Melania Trump" holds no ordinal.
            var valueBlocked = blocked
            for i in titleTokens { valueBlocked[i] = true }
            let values = valueRecognizer.values(
                sentence: sentence, document: document, lower: context.lower, blocked: valueBlocked,
                personSpans: named.filter { $0.type == .person }.map(\.range))
            for value in values { for i in value.tokens { blocked[i] = true } }
            valueSpans += values
            for group in groupRecognizer.groups(sentence: sentence, document: document, context: context, blocked: blocked, named: named)
            where !group.tokens.contains(where: { titleTokens.contains($0) }) {
                for i in group.tokens { blocked[i] = true }
                sentenceMentions.append(EntityMention(tokens: group.tokens, sentence: sentenceIndex, kind: .group(key: group.key, name: group.name)))
            }
            sentenceMentions += descriptions(in: sentence, index: sentenceIndex, document: document, context: context,
                                             blocked: blocked, titleTokens: titleTokens)
            if sentenceIndex >= 1, sentenceIndex <= Self.ledeSentences {
                sentenceMentions += introductions(in: sentence, index: sentenceIndex, document: document, context: context,
                                                  blocked: blocked, titleTokens: titleTokens)
            } else if document.isHeadline(sentenceIndex) {
                sentenceMentions += introductions(in: sentence, index: sentenceIndex, document: document, context: context,
                                                  blocked: blocked, titleTokens: titleTokens, headline: true)
            }
            for i in sentence where !blocked[i] && !titleTokens.contains(i) {
                if let speaker = speakers[i] {
                    sentenceMentions.append(EntityMention(tokens: i..<i + 1, sentence: sentenceIndex, kind: .firstPerson(speaker: speaker)))
                }
                // "Both on Thursday received seven-year prison terms": "both" standing alone as a
                // subject refers back like "they".
                let standsAlone = context.lower[i] == "both" && document.tokens[i].deprel.hasPrefix("nsubj")
                if let pronoun = Pronoun(context.lower[i]) ?? (standsAlone ? .plural : nil), document.tokens[i].deprel != "expl",
                   pronoun != .locative || document.tokens[i].deprel == "advmod" {
                    sentenceMentions.append(EntityMention(tokens: i..<i + 1, sentence: sentenceIndex, kind: .pronoun(pronoun)))
                }
                // "Brennan said the company accepted the findings": "the company" refers back to
                // the organization, as "it" would; not "the company Nordhavn", which names one.
                if context.lower[i] == "the", i + 2 < sentence.upperBound, !blocked[i + 1], !titleTokens.contains(i + 1),
                   document.tokens[i + 1].upos == "NOUN", NameAfterKindNoun.organizationKinds.contains(context.lower[i + 1]),
                   document.tokens[i + 2].upos != "PROPN", document.tokens[i + 2].entityTag == "O" {
                    sentenceMentions.append(EntityMention(tokens: i..<i + 2, sentence: sentenceIndex, kind: .pronoun(.company)))
                }
                if let found = nationalities.mention(at: i, in: sentence, document: document, lower: context.lower),
                   !blocked[i + 1], !titleTokens.contains(i + 1) {
                    sentenceMentions.append(EntityMention(tokens: found.tokens, sentence: sentenceIndex, kind: .nationality(country: found.country)))
                }
            }
            // Names first keep their indices aligned with the titles found above.
            let names = sentenceMentions.prefix(named.count)
            let others = sentenceMentions.dropFirst(named.count).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            mentions += names
            mentions += others
        }

        let soleFirstWords = DocumentNameTypes.apply(&mentions, document: document, context: context)
        // Coreference in document order; titles join their holders as soon as they are named.
        var coreference = Coreference()
        coreference.soleFirstWords = soleFirstWords
        let order = mentions.indices.sorted { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }
        var resolved: [EntityMention] = []
        var firstPersons: [EntityMention] = []
        let titlesByMention = Dictionary(grouping: foundTitles, by: \.mention)
        for index in order {
            var mention = mentions[index]
            let token = mention.tokens.lowerBound
            switch mention.kind {
            case .name(let type):
                mention.entity = coreference.resolveName(mention, type: type, document: document, context: context)
            case .group(let key, let name):
                mention.entity = coreference.resolveGroup(key: key, name: name)
            case .description(let title, let modifier, let of):
                mention.entity = coreference.resolveDescription(title: title, modifier: modifier, of: of, before: token)
                    ?? fallbackHolder(of: mention, coreference: coreference, resolved: resolved, document: document)
                if let entity = mention.entity, !coreference.entities[entity].roles.contains(where: { $0.role == title || $0.role.hasSuffix(" " + title) }) {
                    // The description teaches a title ("the former Senator").
                    let words = document.text(ofTokens: mention.tokens)
                    let role = TitleReader.expansions[title].map { $0 } ?? Self.roleText(words, title: title)
                    add(Title(role: role, of: of, modifier: modifier, provenance: provenance(mention.tokens, document)),
                        to: entity, coreference: &coreference)
                }
            case .introduction(let title):
                if let named = Self.namedHolder(of: title, after: token, mentions: mentions, titles: titlesByMention, coreference: coreference),
                   case .name(let type) = mentions[named].kind {
                    // The name is resolved now, at its introduction; resolving it again later finds this entity.
                    mention.entity = coreference.resolveName(mentions[named], type: type, document: document, context: context)
                }
            case .nationality(let country):
                mention.entity = resolved.last(where: { earlier in
                    guard case .name(.person) = earlier.kind, earlier.entity != nil else { return false }
                    return nationalities.isNamed(earlier.tokens, asFrom: country, sentence: document.sentences[earlier.sentence], lower: context.lower)
                })?.entity
            case .firstPerson:
                // Resolved once every name is: the speaker is often named after the quotation.
                firstPersons.append(mention)
            case .pronoun(let pronoun):
                mention.entity = coreference.resolvePronoun(pronoun, at: token, sentence: mention.sentence, resolved: resolved, document: document)
                // "Both" stands for a group named as one ("two French police officers"), not for
                // one organisation of a pair.
                if let entity = mention.entity, context.lower[token] == "both", coreference.entities[entity].type != .group {
                    mention.entity = nil
                }
                if let entity = mention.entity, coreference.entities[entity].gender == nil {
                    coreference.entities[entity].gender = pronoun.gender
                }
            }
            guard let entity = mention.entity else { continue }
            coreference.entities[entity].lastToken = mention.tokens.upperBound
            coreference.entities[entity].mentions.append(provenance(mention.tokens, document))
            var form = document.text(ofTokens: mention.tokens)
            if case .name = mention.kind { form = coreference.displayName(mention.tokens, document, context) }
            var namesIt = true
            switch mention.kind {
            case .pronoun, .introduction, .nationality, .firstPerson: namesIt = false
            default: break
            }
            if namesIt, !coreference.entities[entity].forms.contains(form) {
                coreference.entities[entity].forms.append(form)
            }
            for (_, found) in titlesByMention[index] ?? [] {
                if let gender = found.gender, coreference.entities[entity].gender == nil { coreference.entities[entity].gender = gender }
                if let title = found.title { add(title, to: entity, coreference: &coreference) }
                if let description = found.description, !coreference.entities[entity].forms.contains(description) {
                    coreference.entities[entity].forms.append(description)
                }
            }
            if case .name(.person) = mention.kind, coreference.entities[entity].gender == nil,
               let first = coreference.entities[entity].words.first {
                let classes = gazetteer.classes(ofWord: first)
                let female = !classes.isDisjoint(with: GazetteerClasses.female)
                let male = !classes.isDisjoint(with: GazetteerClasses.male)
                if coreference.entities[entity].words.count > 1, female != male { coreference.entities[entity].gender = female ? .female : .male }
            }
            resolved.append(mention)
        }
        for var mention in firstPersons {
            guard case .firstPerson(let speaker) = mention.kind,
                  let entity = resolved.first(where: { $0.tokens.contains(speaker) })?.entity else { continue }
            mention.entity = entity
            coreference.entities[entity].mentions.append(provenance(mention.tokens, document))
            resolved.append(mention)
        }

        // The document's spans and entities.
        var spans = valueSpans
        for mention in resolved {
            guard let entity = mention.entity else { continue }
            spans.append(EntitySpan(tokens: mention.tokens, type: .entity(coreference.entities[entity].type), entity: EntityID(entity)))
        }
        spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        document.spans = spans
        document.entities = coreference.entities.enumerated().map { index, working in
            Entity(id: EntityID(index), name: working.name, type: working.type,
                   aliases: aliases(of: working), titles: working.titles, mentions: working.mentions)
        }
    }

    /// Other names an entity goes by: the forms it was mentioned with, its surname, and "the <role>".
    func aliases(of entity: Coreference.Working) -> [String] {
        var aliases: [String] = []
        func add(_ alias: String) {
            if alias != entity.name, !aliases.contains(alias) { aliases.append(alias) }
        }
        for form in entity.forms { add(form) }
        if entity.type == .person {
            let parts = entity.name.split(separator: " ")
            if parts.count > 1, let last = parts.last, !["jr.", "sr.", "ii", "iii", "iv"].contains(last.lowercased()) {
                add(String(last))
                // "Lotte De Smedt" is "De Smedt", "Pieter van Loon" "van Loon": a surname keeps
                // the particles written before it.
                var first = parts.count - 1
                while first > 1, Self.surnameParticles.contains(parts[first - 1].lowercased()) { first -= 1 }
                if first < parts.count - 1 { add(parts[first...].joined(separator: " ")) }
            }
            for title in entity.titles where !title.role.isEmpty {
                add("the " + title.role.lowercased())
            }
        }
        return aliases
    }

    /// One-word titles that also name a part of the body ("the head"): a description only with
    /// what it is the head of.
    static let titlesThatAreAlsoThings: Set<String> = ["head"]

    /// Words that belong to the surname after them: "De Smedt", "van der Bellen", "bin Salman".
    static let surnameParticles: Set<String> = [
        "de", "van", "von", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin", "ibn",
        "al", "el", "ter", "ten", "mac", "st.",
    ]

    /// Adds a title unless the entity has it already.
    func add(_ title: Title, to entity: Int, coreference: inout Coreference) {
        let role = title.role.lowercased()
        if coreference.entities[entity].titles.contains(where: {
            $0.role.lowercased() == role && ($0.of == title.of || title.of == nil) && ($0.modifier == title.modifier || title.modifier == nil)
        }) { return }
        if let index = coreference.entities[entity].titles.firstIndex(where: { $0.role.lowercased() == role && $0.of == nil && title.of != nil }) {
            coreference.entities[entity].titles[index] = title
        } else {
            coreference.entities[entity].titles.append(title)
        }
        coreference.entities[entity].roles.append((role, title.of, title.modifier))
    }

    /// A description no title holder matches goes to the person a pronoun at its place would
    /// take, within its own and the previous sentence.
    /// A description with its own owner ("the head of Seattle's police department") names someone
    /// new when no holder of that title matched: it does not fall back.
    func fallbackHolder(of mention: EntityMention, coreference: Coreference, resolved: [EntityMention], document: AnnotatedDocument) -> Int? {
        if let holder = copulaSubject(of: mention, resolved: resolved, document: document) {
            return coreference.entities[holder].type == .person ? holder : nil
        }
        let next = mention.tokens.upperBound
        if next < document.tokens.count, ["of", "for", "at"].contains(document.tokens[next].form.lowercased()) { return nil }
        let recent = resolved.filter { $0.sentence >= mention.sentence - 1 }
        guard let candidate = coreference.resolvePronoun(.masculine, at: mention.tokens.lowerBound, sentence: mention.sentence, resolved: recent, document: document)
                ?? coreference.resolvePronoun(.feminine, at: mention.tokens.lowerBound, sentence: mention.sentence, resolved: recent, document: document)
        else { return nil }
        // Someone who already holds another title is not guessed to hold this one too ("the
        // Prime Minister's advice" after "President Brenda Hale"; "work with the new governor"
        // said by the Finance Minister), unless it is a past one ("the former Senator" for
        // Attorney General Jeff Sessions).
        guard coreference.entities[candidate].type == .person,
              !namedAsAnObjectOfItsVerb(coreference.entities[candidate], description: mention, document: document) else { return nil }
        if case .description(_, let modifier, _) = mention.kind, !Self.isPastModifier(modifier), !coreference.entities[candidate].titles.isEmpty {
            return nil
        }
        return candidate
    }

    /// True when the description's verb has an object or oblique after it that names the
    /// candidate ("The president appointed Beck": the president is not Beck, as "he" in "He
    /// appointed Beck" is not). Compares the object's words with the candidate's name words.
    /// O(sentence).
    func namedAsAnObjectOfItsVerb(_ candidate: Coreference.Working, description mention: EntityMention, document: AnnotatedDocument) -> Bool {
        let sentence = document.sentences[mention.sentence]
        guard let head = document.firstWordHungOutside(mention.tokens) else { return false }
        let verb = Int(document.tokens[head].head)
        guard sentence.contains(verb) else { return false }
        let nameWords = Set(candidate.words)
        return sentence.contains { word in
            word >= mention.tokens.upperBound && Int(document.tokens[word].head) == verb
                && ["obj", "iobj", "obl", "obl:agent"].contains(document.tokens[word].deprel)
                && nameWords.contains(EntityContext.fold(document.tokens[word].form).folding(options: [.diacriticInsensitive], locale: nil))
        }
    }

    /// True for a title modifier that puts the role in the past ("former", "late", "outgoing").
    static func isPastModifier(_ modifier: String?) -> Bool {
        guard let modifier else { return false }
        return modifier.split(separator: " ").contains { pastModifiers.contains(String($0)) }
    }

    static let pastModifiers: Set<String> = ["former", "late", "then", "outgoing", "retired"]

    /// "Mike Pompeo who is the secretary of state": a description that is the predicate of a
    /// copula belongs to the copula's subject, or to the antecedent of its relative pronoun.
    func copulaSubject(of mention: EntityMention, resolved: [EntityMention], document: AnnotatedDocument) -> Int? {
        let head = (mention.tokens).first { t in !mention.tokens.contains(Int(document.tokens[t].head)) } ?? mention.tokens.upperBound - 1
        let sentence = document.sentences[mention.sentence]
        let children = sentence.filter { Int(document.tokens[$0].head) == head }
        guard children.contains(where: { document.tokens[$0].deprel == "cop" }),
              var subject = children.first(where: { document.tokens[$0].deprel.hasPrefix("nsubj") }) else { return nil }
        if ["who", "that"].contains(document.tokens[subject].form.lowercased()) {
            guard document.tokens[head].deprel == "acl:relcl", document.tokens[head].head >= 0 else { return nil }
            subject = Int(document.tokens[head].head)
        }
        return resolved.last { $0.tokens.contains(subject) }?.entity
    }

    /// The role words of a description ("the former Senator" -> "Senator").
    static func roleText(_ words: String, title: String) -> String {
        let parts = words.split(separator: " ")
        let count = title.split(separator: " ").count
        return parts.suffix(count).joined(separator: " ")
    }

    /// The singular person title ending at `end` that no name, value or title before a name has
    /// claimed, and that is not itself before a name ("the mayor Eric Garcetti", which the title
    /// reader owns): its first token and its lexicon match. Nil otherwise.
    func freeTitle(
        endingAt end: Int, in sentence: Range<Int>, document: AnnotatedDocument, context: EntityContext,
        blocked: [Bool], titleTokens: Set<Int>
    ) -> (start: Int, match: (length: Int, entry: TitleEntry))? {
        guard let match = context.titleEnding[end], !match.entry.plural else { return nil }
        let start = end - match.length + 1
        guard start >= sentence.lowerBound, !(start...end).contains(where: { blocked[$0] || titleTokens.contains($0) }) else { return nil }
        if end + 1 < sentence.upperBound, document.tokens[end + 1].entityTag.hasSuffix("PER") { return nil }
        return (start, match)
    }

    /// Definite descriptions: "the" + modifiers + a singular person title, not followed by a name.
    func descriptions(
        in sentence: Range<Int>, index: Int, document: AnnotatedDocument, context: EntityContext,
        blocked: [Bool], titleTokens: Set<Int>
    ) -> [EntityMention] {
        var result: [EntityMention] = []
        for end in sentence {
            guard let (titleStart, match) = freeTitle(endingAt: end, in: sentence, document: document, context: context,
                                                      blocked: blocked, titleTokens: titleTokens),
                  match.entry.category != .honorific else { continue }
            var start = titleStart
            var modifier: String? = nil
            while start - 1 >= sentence.lowerBound, let normalized = TitleReader.modifiers[context.lower[start - 1]] {
                modifier = modifier.map { normalized + " " + $0 } ?? normalized
                start -= 1
            }
            guard start - 1 >= sentence.lowerBound, context.lower[start - 1] == "the", !blocked[start - 1] else { continue }
            // "struck on the head", "at the head of the march": a body part or a front, no one's
            // title, unless the head of something is named.
            if match.length == 1, Self.titlesThatAreAlsoThings.contains(context.lower[end]),
               !(end + 1 < sentence.upperBound && context.lower[end + 1] == "of") || (start - 2 >= sentence.lowerBound && context.lower[start - 2] == "at") {
                continue
            }
            start -= 1
            var tokens = start..<end + 1
            var of: String? = nil
            if end + 2 < sentence.upperBound, context.lower[end + 1] == "of" {
                var k = end + 2
                if context.lower[k] == "the" { k += 1 }
                if k < sentence.upperBound, document.tokens[k].entityTag.hasPrefix("B-") {
                    var e = k + 1
                    while e < sentence.upperBound, document.tokens[e].entityTag.hasPrefix("I-") { e += 1 }
                    of = document.text(ofTokens: k..<e)
                    tokens = start..<end + 1
                }
            }
            let canonical = match.entry.canonical
            let role = TitleReader.expansions[canonical]?.lowercased() ?? canonical
            result.append(EntityMention(tokens: tokens, sentence: index, kind: .description(title: role, modifier: modifier, of: of)))
        }
        return result
    }

    func provenance(_ tokens: Range<Int>, _ document: AnnotatedDocument) -> Provenance {
        Provenance(
            document: 0, sentence: Int32(document.sentenceIndex(ofToken: tokens.lowerBound)),
            start: document.tokens[tokens.lowerBound].start, end: document.tokens[tokens.upperBound - 1].end)
    }

    static func entityType(_ tag: String) -> EntityType {
        switch tag {
        case "PER": .person
        case "ORG": .organization
        default: .place
        }
    }
}
