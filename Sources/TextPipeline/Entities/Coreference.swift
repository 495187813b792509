import Foundation
import FactModel

/// Links every mention of a document to one entity per referent.
///
/// Rules, applied in document order:
/// 1. **Names.** A person name joins an earlier person whose name contains all its words in order
///    ("Garcetti" -> "Eric Garcetti"), or whose one-word name it extends ("Eric Garcetti" after
///    "Garcetti"), or whose name of two or more words it continues ("Ana Ruiz Gil" after "Ana
///    Ruiz"). Two different full names never merge, even with one surname ("John Smith",
///    "Mary Smith"); a bare surname shared by several goes to the one already called by it, else
///    to the one mentioned most recently.
///    Organizations merge on equal names, acronyms ("DHS" for "Department of Homeland Security"),
///    trailing words ("the Conference of Mayors"), a company designator ("ABS-CBN" for
///    "ABS-CBN Corporation") and a first word that begins no other organization's name ("Mahan"
///    for "Mahan Air", a lone word typed as a person or place first retyped by
///    `DocumentNameTypes`); places on equal names and known aliases ("U.S." = "United States").
///    A one-word organization that is the first or last word of a person named earlier is that
///    person (the name tagger's commonest type error); a one-word place the gazetteer does not
///    know, that is a person's surname or an organization's acronym named earlier, is that entity.
/// 2. **Descriptions.** "the mayor", "the former Senator" join the most recently mentioned person
///    holding that title (the description's role equals the title's, or is its last word:
///    "the chief" for "Police Chief", but not after a lower rank: "the governor" is no deputy
///    governor); an "of" in the description must agree with the title's.
///    An indefinite one in the lede ("a federal judge") introduces the person named later with
///    that title (`LedeIntroductions`).
/// 3. **Pronouns.** he/him/his and she/her/hers go to a person of the same or unknown gender,
///    they/them/their to a group or organization, it/its to an organization or place, "the
///    company" (a definite noun for a kind of organization) to an organization, a locative
///    "there" (an adverb modifying a verb, not the expletive) to a place. Candidates
///    come from the pronoun's sentence (before it) and the two sentences before. In the pronoun's
///    own sentence the nearest preceding subject (or a name in apposition to it) wins, then the
///    nearest owner of a subject ("His views clashed with leaders such as Sanders; he opposes ..."
///    is the owner, not Sanders), then the nearest mention; in earlier sentences, the closest
///    sentence first, the subject of its main clause first, then its other subjects, then its
///    mentions left to right. An object pronoun never takes the subject of its own verb
///    ("Garcetti thanked him"), nor the subject its verb shares with the verb it depends on
///    ("Cummings joined the race to replace him"). A resolved pronoun fixes an unknown gender.
struct Coreference {
    /// An entity being built.
    struct Working {
        var type: EntityType
        var name: String
        /// Folded words of the fullest name, punctuation and possessives removed.
        var words: [String]
        var forms: [String] = []
        var titles: [Title] = []
        /// Lowercased roles of the titles, abbreviations spelled out ("mayor", "police chief").
        var roles: [(role: String, of: String?, modifier: String?)] = []
        var gender: Gender?
        var mentions: [Provenance] = []
        var lastToken = 0
        var groupKey: String?
        /// Folded words of the shorter names the document has called this person by ("monteiro"),
        /// or this organisation by in brackets ("lka").
        var shortNames: [[String]] = []
    }

    static let placeAliases: [String: String] = [
        "u.s.": "united states", "us": "united states", "usa": "united states", "u.s.a.": "united states",
        "america": "united states", "united states of america": "united states", "the united states": "united states",
        "u.k.": "united kingdom", "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
        "l.a.": "los angeles", "la": "los angeles", "d.c.": "washington , d.c.", "washington d.c.": "washington , d.c.",
        "n.y.c.": "new york city", "nyc": "new york city", "uae": "united arab emirates", "u.a.e.": "united arab emirates",
    ]
    static let acronymSkips: Set<String> = ["of", "the", "and", "for", "&", "de", "on", "in"]

    var entities: [Working] = []
    /// Words that begin exactly one organization name of several words in the document: a lone
    /// organization named by one of them is that organization (`DocumentNameTypes.apply`).
    var soleFirstWords: Set<String> = []

    /// Folded comparison words of a name: lowercased, diacritics removed, punctuation and "'s" dropped.
    static func words(_ range: Range<Int>, _ document: AnnotatedDocument, _ context: EntityContext) -> [String] {
        range.compactMap { i in
            let word = context.lower[i]
            if word == "'s" || word == "'" || (document.tokens[i].upos == "PUNCT" && word != "&") { return nil }
            if word.utf8.contains(where: { $0 >= 0x80 }) {
                return word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            }
            return word
        }
    }

    /// True when every word of `short` appears in `long` in order.
    static func isSubsequence(_ short: [String], of long: [String]) -> Bool {
        var j = 0
        for word in long where j < short.count && word == short[j] { j += 1 }
        return j == short.count
    }

    /// The entity a name mention belongs to, creating one when it names someone new.
    mutating func resolveName(
        _ mention: EntityMention, type: EntityType, document: AnnotatedDocument, context: EntityContext
    ) -> Int? {
        var words = Self.words(mention.tokens, document, context)
        guard !words.isEmpty else { return nil }
        if type == .place, let alias = Self.placeAliases[words.joined(separator: " ")] { words = alias.split(separator: " ").map(String.init) }
        let text = displayName(mention.tokens, document, context)
        // "The State Criminal Police Office (LKA) of Lower Saxony": an acronym in brackets right
        // after an organisation's name is that organisation's, whatever its letters stand for (a
        // name translated from another language), here and wherever it is used later.
        if type == .organization, words.count == 1, let first = mention.tokens.first, first > 0, document.tokens[first - 1].form == "(",
           case let form = document.tokens[first].form, form.count >= 2, form.allSatisfy({ $0.isUppercase || $0 == "." || $0.isNumber }),
           let named = entities.indices.first(where: { entities[$0].type == .organization && entities[$0].lastToken == first - 1 }) {
            if !entities[named].shortNames.contains(words) { entities[named].shortNames.append(words) }
            // "United Nations Educational, Scientific and Cultural Organization (UNESCO)" tagged
            // from "Scientific" on: letters that spell more than the name's initials show it was
            // cut short, and the acronym names it better.
            let initials = String(entities[named].words.filter { !Self.acronymSkips.contains($0) }.compactMap(\.first))
            let letters = words[0].filter { $0 != "." }
            if letters.count > initials.count, letters.hasSuffix(initials) { entities[named].name = text }
            return named
        }
        var best: Int? = nil
        for (index, entity) in entities.enumerated().reversed() where entity.type == type {
            if entity.words == words { best = index; break }
            switch type {
            case .person:
                if words.count < entity.words.count, Self.isSubsequence(words, of: entity.words) {
                    if best == nil || Self.prefers(entity, over: entities[best!], calledBy: words) { best = index }
                } else if entity.words.count == 1, words.count > 1, words.last == entity.words[0] || words.first == entity.words[0],
                          !entities.contains(where: { $0.type == .person && $0.words == words }) {
                    if best == nil { best = index }
                } else if entity.words.count >= 2, words.count > entity.words.count, Array(words.prefix(entity.words.count)) == entity.words {
                    // "Adriana Villamizar" in the headline, "Adriana Villamizar Rojas" in the text:
                    // the full name adds a second surname.
                    if best == nil { best = index }
                }
            case .organization:
                if Self.isAcronym(words, of: entity.words) || Self.isAcronym(entity.words, of: words) || entity.shortNames.contains(words)
                    || (words.count >= 2 && entity.words.count > words.count && Array(entity.words.suffix(words.count)) == words)
                    || Self.isSameCompany(words, entity.words) || isShortForm(words, of: entity.words) || isShortForm(entity.words, of: words) {
                    if best == nil { best = index }
                }
            default:
                break
            }
        }
        // A one-word "organization" that is the first or last word of a person named earlier in
        // the document is that person: the name tagger often types a lone surname or given name as
        // an organization ("Qaboos's reign" after "Qaboos bin Said"), rarely the other way round.
        if best == nil, type == .organization, words.count == 1,
           let person = entities.indices.reversed().first(where: { i in
               entities[i].type == .person && entities[i].words.count > 1
                   && (entities[i].words.first == words[0] || entities[i].words.last == words[0])
           }) {
            return person
        }
        // A one-word "place" that no gazetteer knows as a place, and that is the surname or given
        // name of a person or the acronym of an organization named earlier, is that entity: the
        // name tagger types a lone name it has not seen as a place too ("Duterte's ads" after
        // "Rodrigo Duterte", "Priya is the leader" after "Priya Natarajan", "the NTC" after "the
        // National Telecommunications Commission"). A real place
        // ("Washington" after "George Washington") is in the gazetteer and stays a place.
        if best == nil, type == .place, words.count == 1,
           mention.tokens.allSatisfy({ context.word[$0].isDisjoint(with: .place) && context.phrase[$0].isDisjoint(with: .place) }),
           let named = entities.indices.reversed().first(where: { i in
               (entities[i].type == .person && entities[i].words.count > 1
                    && (entities[i].words.last == words[0] || entities[i].words.first == words[0]))
                   || (entities[i].type == .organization && Self.isAcronym(words, of: entities[i].words))
           }) {
            return named
        }
        if let best {
            if type == .person, words.count < entities[best].words.count, !entities[best].shortNames.contains(words) {
                entities[best].shortNames.append(words)
            }
            // A longer person name replaces a shorter one ("Garcetti" -> "Eric Garcetti").
            if type == .person, words.count > entities[best].words.count {
                entities[best].words = words
                entities[best].name = text
            }
            // An organization's full name replaces its acronym or its name without "Corporation".
            if type == .organization, Self.isAcronym(entities[best].words, of: words)
                || (words.count > entities[best].words.count && Self.isSameCompany(words, entities[best].words))
                || isShortForm(entities[best].words, of: words) {
                entities[best].words = words
                entities[best].name = text
            }
            return best
        }
        entities.append(Working(type: type, name: text, words: words))
        return entities.count - 1
    }

    /// Of two people whose names both contain a shorter name, the one the document already calls
    /// by it, else the one mentioned most recently: news calls its main person by the surname
    /// and that person's relatives by their given names, so "Monteiro" stays the guitarist after
    /// his daughter Clara Monteiro and his son Davi Monteiro are named.
    static func prefers(_ candidate: Working, over other: Working, calledBy words: [String]) -> Bool {
        let candidateIsCalledSo = candidate.shortNames.contains(words), otherIsCalledSo = other.shortNames.contains(words)
        if candidateIsCalledSo != otherIsCalledSo { return candidateIsCalledSo }
        return other.lastToken < candidate.lastToken
    }

    /// The name as written, without a trailing possessive.
    func displayName(_ range: Range<Int>, _ document: AnnotatedDocument, _ context: EntityContext) -> String {
        var range = range
        while let last = range.last, range.count > 1, ["'s", "'", ",", "."].contains(context.lower[last]) { range = range.dropLast() }
        return document.text(ofTokens: range)
    }

    /// Words that close a company's legal name ("ABS-CBN Corporation" is "ABS-CBN").
    static let companyDesignators: Set<String> = [
        "corporation", "corp", "incorporated", "inc", "company", "co", "limited", "ltd", "plc", "llc", "group", "holdings",
    ]

    /// True when one name is the other with a company designator after it ("abs cbn corporation",
    /// "abs cbn"). Words are folded, so "Corp." arrives as "corp".
    static func isSameCompany(_ a: [String], _ b: [String]) -> Bool {
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1, let last = long.last else { return false }
        return companyDesignators.contains(last.hasSuffix(".") ? String(last.dropLast()) : last) && Array(long.dropLast()) == short
    }

    /// "mahan" for "mahan air": an organization called by the first word of its name, when no
    /// other organization of the document begins with that word.
    func isShortForm(_ short: [String], of long: [String]) -> Bool {
        short.count == 1 && long.count >= 2 && long[0] == short[0] && soleFirstWords.contains(short[0])
    }

    /// "dhs" is an acronym of "department of homeland security".
    static func isAcronym(_ short: [String], of long: [String]) -> Bool {
        guard short.count == 1, long.count >= 2 else { return false }
        let letters = short[0].filter { $0 != "." }
        let initials = String(long.filter { !acronymSkips.contains($0) }.compactMap(\.first))
        return letters.count >= 2 && letters == initials
    }

    /// The group entity of a group mention, by key.
    mutating func resolveGroup(key: String, name: String) -> Int {
        if let index = entities.firstIndex(where: { $0.groupKey == key }) {
            if name.count > entities[index].name.count { entities[index].name = name }
            return index
        }
        var entity = Working(type: .group, name: name, words: [key])
        entity.groupKey = key
        entities.append(entity)
        return entities.count - 1
    }

    /// The person a definite description stands for, or nil.
    func resolveDescription(title: String, modifier: String?, of: String?, before token: Int) -> Int? {
        var best: Int? = nil
        for (index, entity) in entities.enumerated() where entity.type == .person && entity.lastToken < token {
            let holds = entity.roles.contains { role in
                Self.role(role.role, isCalled: title)
                    && (of == nil || role.of == nil || role.of!.lowercased().contains(of!.lowercased()))
                    && (modifier != "former" || role.modifier?.contains("former") == true)
            }
            if holds, best == nil || entities[best!].lastToken < entity.lastToken { best = index }
        }
        return best
    }

    /// True when a holder of `role` is "the `title`": the same role, or one that ends with it
    /// ("the chief" for "police chief"), but not a lower rank of it ("the governor" is no
    /// deputy governor).
    static func role(_ role: String, isCalled title: String) -> Bool {
        if role == title { return true }
        guard role.hasSuffix(" " + title) else { return false }
        let rank = role.dropLast(title.count + 1).split(separator: " ").last.map { $0.lowercased() } ?? ""
        return !Title.lowerRankWords.contains(rank)
    }

    /// The entity a pronoun stands for, or nil (see the rules above).
    func resolvePronoun(
        _ pronoun: Pronoun, at token: Int, sentence: Int, resolved: [EntityMention], document: AnnotatedDocument
    ) -> Int? {
        func compatible(_ entity: Working) -> Bool {
            switch pronoun {
            case .masculine, .feminine: entity.type == .person && (entity.gender == nil || entity.gender == pronoun.gender)
            case .plural: entity.type == .group || entity.type == .organization
            case .neuter: entity.type == .organization || entity.type == .place
            case .locative: entity.type == .place
            case .company: entity.type == .organization
            }
        }
        let pronounToken = document.tokens[token]
        let isObject = ["obj", "iobj", "obl"].contains(pronounToken.deprel)
        func isSubject(_ mention: EntityMention) -> Bool {
            mention.tokens.contains { document.tokens[$0].deprel.hasPrefix("nsubj") && !mention.tokens.contains(Int(document.tokens[$0].head)) }
        }
        /// A name in apposition to a subject ("the other organization, the NCAA, has ...").
        func isApposedToSubject(_ mention: EntityMention) -> Bool {
            mention.tokens.contains { index in
                let token = document.tokens[index]
                return token.deprel == "appos" && token.head >= 0 && !mention.tokens.contains(Int(token.head))
                    && document.tokens[Int(token.head)].deprel.hasPrefix("nsubj")
            }
        }
        /// The subject of the sentence's main clause: its verb is the root or a conjunct of it, not
        /// a subordinate clause's ("When Kweisi Mfume announced his resignation, Cummings joined
        /// the race": Cummings).
        func isMainClauseSubject(_ mention: EntityMention) -> Bool {
            mention.tokens.contains { index in
                guard document.tokens[index].deprel.hasPrefix("nsubj"), !mention.tokens.contains(Int(document.tokens[index].head)) else { return false }
                var verb = Int(document.tokens[index].head), steps = 0
                while verb >= 0, steps < 8, ["conj", "parataxis"].contains(document.tokens[verb].deprel) {
                    verb = Int(document.tokens[verb].head)
                    steps += 1
                }
                return verb >= 0 && document.tokens[verb].head < 0
            }
        }
        func ownsSubject(_ mention: EntityMention) -> Bool {
            mention.tokens.contains {
                let owned = document.tokens[$0].head
                return document.tokens[$0].deprel == "nmod:poss" && owned >= 0 && document.tokens[Int(owned)].deprel.hasPrefix("nsubj")
            }
        }
        // The pronoun's verb and, while a verb has no subject of its own, the verbs whose subject it
        // shares: "Cummings joined the race to replace him" (him is not Cummings).
        // "Garcetti asked Beck to join him": a verb with an object controls through the object, and
        // him may be Garcetti.
        var verbs: [Int32] = [pronounToken.head]
        let sentenceTokens = document.sentences.indices.contains(sentence) ? document.sentences[sentence] : document.tokens.indices
        func hasDependent(_ verb: Int32, _ relations: (String) -> Bool) -> Bool {
            sentenceTokens.contains { document.tokens[$0].head == verb && relations(document.tokens[$0].deprel) }
        }
        while let verb = verbs.last, verb >= 0, verbs.count < 4,
              ["xcomp", "advcl", "conj"].contains(document.tokens[Int(verb)].deprel),
              !hasDependent(verb, { $0.hasPrefix("nsubj") }) {
            let governor = document.tokens[Int(verb)].head
            if document.tokens[Int(verb)].deprel == "xcomp", hasDependent(governor, { $0 == "obj" || $0 == "iobj" }) { break }
            verbs.append(governor)
        }
        func sameClauseSubject(_ mention: EntityMention) -> Bool {
            isObject && mention.tokens.contains {
                document.tokens[$0].deprel.hasPrefix("nsubj") && verbs.contains(document.tokens[$0].head)
            }
        }
        var candidates = resolved.filter {
            guard let entity = $0.entity, compatible(entities[entity]) else { return false }
            return $0.sentence <= sentence && $0.sentence >= sentence - 2 && $0.tokens.upperBound <= token
        }
        candidates.removeAll { sameClauseSubject($0) }
        // Same sentence: nearest subject (or name in apposition to it), then nearest owner of a
        // subject, then nearest mention.
        let here = candidates.filter { $0.sentence == sentence }
        if let subject = here.last(where: { isSubject($0) || isApposedToSubject($0) }) { return subject.entity }
        if let owner = here.last(where: ownsSubject) { return owner.entity }
        if let nearest = here.last { return nearest.entity }
        for distance in 1...2 {
            let there = candidates.filter { $0.sentence == sentence - distance }
            if let subject = there.first(where: isMainClauseSubject) ?? there.first(where: isSubject) { return subject.entity }
            // "A third agreement ... was signed by Laos. Thailand did not sign it.": a thing as the
            // subject before is the likelier antecedent than a name after it (`ThingPronouns`).
            if pronoun == .neuter, distance == 1, document.sentences.indices.contains(sentence - 1),
               ThingPronouns.thingSubject(ofSentence: document.sentences[sentence - 1], in: document) != nil { return nil }
            if let first = there.first { return first.entity }
        }
        return nil
    }
}
