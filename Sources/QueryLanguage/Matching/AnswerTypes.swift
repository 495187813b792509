import FactModel

/// What fits the kind of answer a question asks for: entity types, value kinds, noun classes.
enum AnswerTypes {
    /// Nouns that name a class of entities: "states" -> place, "firms" -> organization.
    /// Nouns for places that are not regions: buildings, sites and the like ("at Holy Cross Hospital",
    /// "in the pub"); a phrase headed by one answers "where".
    static let siteNouns: Set<String> = [
        "hospital", "home", "house", "building", "airport", "station", "school", "university", "campus", "church",
        "mosque", "temple", "cathedral", "museum", "hotel", "pub", "bar", "restaurant", "street", "road", "avenue",
        "square", "park", "prison", "jail", "headquarters", "office", "base", "stadium", "arena", "bridge", "border",
        "camp", "embassy", "consulate", "courthouse", "palace", "parliament", "hall", "center", "centre",
        "port", "harbour", "harbor", "island", "river", "lake", "sea", "coast", "beach", "mountain", "valley",
        "neighborhood", "neighbourhood", "suburb", "area", "site", "scene", "venue", "club", "farm", "factory", "plant",
        "mall", "market", "store", "shop", "library", "theater", "theatre", "residence", "apartment", "flat",
    ]

    static let nounClasses: [String: EntityType] = [
        "state": .place, "country": .place, "city": .place, "town": .place, "nation": .place, "place": .place,
        "region": .place, "county": .place, "province": .place, "capital": .place, "village": .place,
        "jurisdiction": .place, "district": .place,
        "firm": .organization, "company": .organization, "party": .organization, "organization": .organization,
        "organisation": .organization, "agency": .organization, "group": .organization, "airline": .organization,
        "court": .organization, "newspaper": .organization, "network": .organization, "team": .organization,
        "club": .organization, "university": .organization, "union": .organization, "department": .organization,
        "institution": .organization, "campaign": .organization,
        "magazine": .organization, "broadcaster": .organization, "publisher": .organization, "bank": .organization,
        "ministry": .organization, "council": .organization, "committee": .organization, "commission": .organization,
        "government": .organization, "administration": .organization, "army": .organization, "military": .organization,
        "charity": .organization, "foundation": .organization, "institute": .organization, "association": .organization,
        "federation": .organization, "board": .organization, "authority": .organization, "corporation": .organization,
        "regulator": .organization, "watchdog": .organization, "journal": .organization, "hospital": .organization,
        "school": .organization, "college": .organization, "insurer": .organization, "lender": .organization,
        "retailer": .organization, "manufacturer": .organization, "carmaker": .organization, "automaker": .organization,
        "studio": .organization, "body": .organization,
        "officer": .person, "person": .person, "people": .person, "candidate": .person, "official": .person,
        "leader": .person, "minister": .person, "lawyer": .person, "politician": .person, "member": .person,
        "mayor": .person, "president": .person, "judge": .person, "player": .person, "athlete": .person,
        "runner": .person, "senator": .person, "man": .person, "woman": .person, "parent": .person,
        "female": .person, "male": .person, "adult": .person,
        "police": .organization, "jury": .organization, "panel": .organization, "prosecutor": .person, "investigator": .person, "soldier": .person, "troop": .person,
        "lawmaker": .person, "protester": .person, "resident": .person, "witness": .person, "doctor": .person,
        "student": .person, "worker": .person, "journalist": .person, "reporter": .person, "activist": .person,
        "voter": .person, "citizen": .person, "spokesman": .person, "spokeswoman": .person, "spokesperson": .person,
        "mother": .person, "father": .person, "daughter": .person, "son": .person, "wife": .person, "husband": .person,
        "brother": .person, "sister": .person, "child": .person, "fiancée": .person, "fiancee": .person, "widow": .person,
        "grandson": .person, "granddaughter": .person, "partner": .person, "boyfriend": .person, "girlfriend": .person,
        // Holders of a post, who answer "who" as "the head of Seattle's police department" does.
        "head": .person, "chief": .person, "director": .person, "chairman": .person, "chairwoman": .person,
        "chair": .person, "governor": .person, "secretary": .person, "commissioner": .person, "sheriff": .person,
        "founder": .person, "owner": .person, "executive": .person, "ambassador": .person, "attorney": .person,
        "coach": .person, "captain": .person, "manager": .person, "representative": .person, "chancellor": .person,
        "premier": .person, "king": .person, "queen": .person, "prince": .person, "princess": .person, "pope": .person,
        "bishop": .person, "deputy": .person, "aide": .person, "adviser": .person, "advisor": .person, "envoy": .person,
        "diplomat": .person, "nominee": .person, "speaker": .person, "suspect": .person, "victim": .person,
    ]

    /// Nouns that ask for a value: "time" -> a duration or time.
    static let nounValues: [String: Set<ValueKind>] = [
        "time": [.duration, .time, .quantity], "age": [.age, .number], "date": [.date], "day": [.date, .duration, .number],
        "year": [.date, .number], "amount": [.money, .quantity, .number], "cost": [.money], "price": [.money],
        "compensation": [.money], "fine": [.money], "sum": [.money], "salary": [.money], "number": [.number, .quantity],
        "total": [.number, .quantity], "percentage": [.percent], "rate": [.percent], "share": [.percent],
        "distance": [.quantity], "height": [.quantity], "weight": [.quantity], "score": [.score, .number],
        "sentence": [.duration], "term": [.duration], "delegate": [.number], "vote": [.score, .number, .percent],
        "tally": [.score, .number], "scoreline": [.score], "turnout": [.percent, .number],
        "fee": [.money], "budget": [.money], "fare": [.money], "wage": [.money], "ransom": [.money], "bail": [.money],
        "depth": [.quantity], "length": [.quantity, .duration], "width": [.quantity], "altitude": [.quantity],
    ]

    static func valueKinds(for kind: AnswerKind, forms: WordForms) -> Set<ValueKind>? {
        switch kind {
        case .time: return [.date, .time]
        case .count(let noun):
            var kinds: Set<ValueKind> = [.number, .quantity]
            let head = noun?.words.last.map { forms.nounLemma($0.lowercased()) }
            // A span of time counts time units ("how many years"), never votes or delegates.
            if head.map(timeUnits.contains) ?? true { kinds.insert(.duration) }
            // "how many votes" counts: a vote share in percent is no answer to it.
            if let head, let extra = nounValues[head] { kinds.formUnion(extra.subtracting([.percent])) }
            return kinds
        case .amount: return [.money, .quantity, .number, .percent]
        case .age: return [.age, .number]
        case .duration: return [.duration, .quantity, .number]
        case .measure: return [.quantity, .number]
        case .kind(let noun), .possessor(let noun):
            guard let head = headWord(of: noun) else { return nil }
            return nounValues[forms.nounLemma(head)]
        default: return nil
        }
    }

    /// The head noun of an asked kind: the last word before its of-phrase ("percentage of the
    /// Nevada legislature" -> percentage), else the last word.
    static func headWord(of noun: Phrase) -> String? {
        let words = noun.words.filter { $0 != "'s" }
        if let of = words.firstIndex(where: { $0.lowercased() == "of" }), of > 0 { return words[of - 1] }
        return words.last
    }

    /// The value kinds a question is really after, a subset of `valueKinds`: an age for "how
    /// old" (not any number), a date for "when" (not a time of day), never a date for "how many".
    static func primaryValueKinds(for kind: AnswerKind, forms: WordForms) -> Set<ValueKind>? {
        switch kind {
        case .age: return [.age]
        case .duration: return [.duration]
        case .measure: return [.quantity]
        case .time: return [.date]
        case .count: return valueKinds(for: kind, forms: forms).map { $0.subtracting([.date, .time]) }
        case .amount: return [.money, .quantity, .percent]
        case .kind, .possessor:
            guard let kinds = valueKinds(for: kind, forms: forms)?.subtracting([.number]), !kinds.isEmpty else { return nil }
            return kinds
        default: return nil
        }
    }

    /// Questions whose answer is a value and nothing else ("how old", "when", "how many").
    static func asksForValueOnly(_ kind: AnswerKind) -> Bool {
        switch kind {
        case .age, .duration, .measure, .time, .count, .amount: return true
        default: return false
        }
    }

    /// Units of time: "how many years" may be answered by a duration ("40 years").
    static let timeUnits: Set<String> = [
        "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "term", "season", "time",
    ]

    /// Nouns that ask for a role someone holds: "what position did Harris hold".
    static let roleNouns: Set<String> = ["position", "post", "office", "role", "title", "job"]

    /// Nouns that ask which kind of a thing: "what type of jet", "which model of car".
    static let classNouns: Set<String> = ["type", "kind", "model", "make", "brand", "sort", "class", "variety"]

    static func entityTypes(for kind: AnswerKind, forms: WordForms) -> Set<EntityType>? {
        switch kind {
        case .agent: return [.person, .organization, .group]
        case .place: return [.place]
        case .kind(let noun):
            // "which countries' prime ministers": the class is the possessor's.
            let classWord = noun.words.firstIndex(of: "'s").map { noun.words[max(0, $0 - 1)] } ?? headWord(of: noun)
            guard let word = classWord else { return nil }
            // "what position did she hold", "what type of jet": a position or a type is no one and nowhere.
            if roleNouns.contains(forms.nounLemma(word)) || classNouns.contains(forms.nounLemma(word)) { return [] }
            guard let type = nounClasses[forms.nounLemma(word)] else { return nil }
            return [type]
        case .possessor: return [.person, .organization, .group, .place]
        default: return nil
        }
    }

    /// How well a mention fits, in 0...1 (0: it does not).
    static func fit(_ type: MentionType, kind: AnswerKind, forms: WordForms) -> Double {
        switch type {
        case .entity(let entityType):
            if let wanted = entityTypes(for: kind, forms: forms) { return wanted.contains(entityType) ? 1 : 0 }
            if valueKinds(for: kind, forms: forms) != nil { return 0 }
            if case .thing = kind { return 0.6 }
            // A name does not say how something was done.
            return kind == .truth || kind == .manner || kind == .reason ? 0 : 0.5
        case .value(let valueKind):
            if let wanted = valueKinds(for: kind, forms: forms) { return wanted.contains(valueKind) ? 1 : 0 }
            if case .thing = kind { return 0.5 }
            return 0
        }
    }
}
