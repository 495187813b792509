import FactModel

/// A title found for a person mention, with the words it was read from.
struct FoundTitle {
    /// Index of the person span (in the sentence's named spans) that holds the title.
    var holder: Int
    /// The title; nil when the words only tell the holder's gender ("Mrs.").
    var title: Title?
    /// The title's words ("Los Angeles Mayor", "the Italian foreign minister").
    var tokens: Range<Int>
    /// A description that can stand for the person later ("the Italian foreign minister").
    var description: String?
    /// The gender the title implies ("Mrs.", "congresswoman").
    var gender: Gender?
}

/// Reads the titles and roles of person mentions in one sentence:
/// - before the name: "Los Angeles Mayor Eric Garcetti", "Texas GOP Gov. Greg Abbott",
///   "Major Chiefs Association President Police Chief Tom Manger", "Ex-Prime Minister Donald Tusk",
///   "Secretary of Homeland Security John Kelly";
/// - an appositive after the name: "Luigi Di Maio, the Italian foreign minister,",
///   "Donald Tusk, the current President of the European Council,";
/// - a description before the name: "Mahan's director, Hamid Arabnejad Khanooki,",
///   "the mayor of Gdansk, Pawel Adamowicz,".
/// The title never becomes part of the name.
struct TitleReader {
    let titles: PersonTitleLexicon
    let gazetteer: Gazetteer

    /// Words that qualify a title rather than name what it is of.
    static let modifiers: [String: String] = [
        "former": "former", "ex": "former", "acting": "acting", "interim": "interim", "late": "late",
        "then": "then", "current": "current", "outgoing": "outgoing", "incoming": "incoming",
        "retired": "retired", "newly": "newly", "elected": "elected", "new": "new", "longtime": "longtime",
        "then-": "then", "caretaker": "caretaker", "sitting": "sitting", "presumptive": "presumptive",
        "provisional": "provisional", "transitional": "transitional",
    ]
    /// Party words that stand before titles ("Texas GOP Gov.", "Republican Sen.").
    static let parties: Set<String> = [
        "gop", "republican", "democratic", "democrat", "labour", "labor", "conservative", "tory", "liberal",
        "green", "socialist", "independent",
    ]
    /// Abbreviated titles and the word a reader understands by them.
    static let expansions: [String: String] = [
        "gov.": "Governor", "gov": "Governor", "sen.": "Senator", "sen": "Senator", "rep.": "Representative",
        "rep": "Representative", "gen.": "General", "lt.": "Lieutenant", "col.": "Colonel", "capt.": "Captain",
        "maj.": "Major", "sgt.": "Sergeant", "adm.": "Admiral", "cmdr.": "Commander", "cpl.": "Corporal",
        "pvt.": "Private", "det.": "Detective", "prof.": "Professor", "rev.": "Reverend", "lt. gov.": "Lieutenant Governor",
        "lt. col.": "Lieutenant Colonel", "lt. gen.": "Lieutenant General", "maj. gen.": "Major General",
        "brig. gen.": "Brigadier General", "dr.": "Doctor", "dr": "Doctor",
    ]

    /// The role as a reader says it: the title's words, with abbreviations spelled out.
    static func role(text: String, canonical: String) -> String {
        expansions[canonical] ?? text
    }

    /// Titles of the person spans in `sentence`; `named` holds every named span of the sentence.
    func read(
        sentence: Range<Int>, named: [(range: Range<Int>, type: EntityType)], document: AnnotatedDocument,
        context: EntityContext
    ) -> [FoundTitle] {
        var found: [FoundTitle] = []
        for (index, span) in named.enumerated() where span.type == .person {
            found += before(span.range, holder: index, sentence: sentence, named: named, document: document, context: context)
            if let title = appositive(after: span.range, holder: index, sentence: sentence, named: named, document: document, context: context) {
                found.append(title)
            }
            if let title = descriptionBefore(span.range, holder: index, sentence: sentence, named: named, document: document, context: context) {
                found.append(title)
            }
        }
        return found
    }

    /// Last words of organisation names: a title word before one is part of the name.
    static let organizationWords: Set<String> = [
        "association", "council", "forum", "union", "conference", "federation", "society", "committee", "institute",
        "board", "league", "foundation", "organization", "organisation", "party", "agency", "commission", "company",
    ]

    /// True when token `i` can be part of what a title is of: a capitalised word, an abbreviation
    /// or a nationality adjective, but not a title or a modifier.
    func isMaterial(_ i: Int, document: AnnotatedDocument, context: EntityContext) -> Bool {
        let form = document.tokens[i].form
        guard NamedEntityFeatures.isCapitalized(form) || context.lower[i] == "'s" || context.lower[i] == "of" else { return false }
        if context.titleEnding[i] != nil || Self.modifiers[context.lower[i]] != nil { return false }
        let upos = document.tokens[i].upos
        return upos != "VERB" && upos != "AUX" && upos != "PRON" && upos != "DET" && upos != "PUNCT" && upos != "ADP"
            || context.lower[i] == "'s" || context.lower[i] == "of" || form.contains(".")
    }

    /// The titles in the chain of words right before a name.
    func before(
        _ name: Range<Int>, holder: Int, sentence: Range<Int>, named: [(range: Range<Int>, type: EntityType)],
        document: AnnotatedDocument, context: EntityContext
    ) -> [FoundTitle] {
        var found: [FoundTitle] = []
        var k = name.lowerBound
        var gender: Gender? = nil
        // "Secretary of Homeland Security John Kelly": the title ends before "of" + material.
        if k > sentence.lowerBound, context.titleEnding[k - 1] == nil {
            var j = k - 1
            while j > sentence.lowerBound, j >= k - 4, context.lower[j] != "of", isMaterial(j, document: document, context: context) { j -= 1 }
            if context.lower[j] == "of", j < k - 1, j - 1 >= sentence.lowerBound, let title = context.titleEnding[j - 1],
               !title.entry.plural, title.entry.category != .honorific {
                k = j
            }
        }
        while k > sentence.lowerBound, let match = context.titleEnding[k - 1] {
            let titleStart = k - match.length
            let entry = match.entry
            if entry.plural { break }
            k = titleStart
            if entry.category == .honorific {
                gender = gender ?? entry.gender
                // Honorifics are not roles, but "Dr." is still worth keeping as a title.
                if entry.canonical.hasPrefix("dr") {
                    found.append(FoundTitle(holder: holder, title: Title(role: "Doctor", provenance: provenance(titleStart..<titleStart + match.length, document)),
                                            tokens: titleStart..<titleStart + match.length, gender: nil))
                }
                continue
            }
            // A lower-case title word before a name is a description ("the mayor Eric ..."),
            // unless it is a multiword title or an ex- form.
            let roleText = document.text(ofTokens: titleStart..<titleStart + match.length)
            var role = Self.role(text: roleText, canonical: entry.canonical)
            var modifier: String? = context.hasExPrefix[titleStart] ? "former" : nil
            if context.hasExPrefix[titleStart] {
                role = String(role.dropFirst(3))
                role = role.prefix(1).uppercased() + role.dropFirst()
            }
            // "Vice President-elect Kamala Harris", "deputy governor Einar Bjarnason": a title the
            // lexicon knows only without "Vice" or "deputy" takes it into the role (another role
            // than the title alone); it is no owner.
            if k > sentence.lowerBound, Title.lowerRankWords.contains(context.lower[k - 1]) {
                role = document.tokens[k - 1].form + " " + role
                k -= 1
            }
            // Modifiers: "former", "acting", "Ex -".
            var m = k
            while m > sentence.lowerBound {
                let word = context.lower[m - 1]
                if word == "-", m - 2 >= sentence.lowerBound, context.lower[m - 2] == "ex" {
                    modifier = "former"; m -= 2; continue
                }
                guard let normalized = Self.modifiers[word] else { break }
                modifier = modifier.map { normalized + " " + $0 } ?? normalized
                m -= 1
            }
            k = m
            // What the title is of: capitalised material right before it, or "of X" right after.
            var of: String? = nil
            if titleStart + match.length < name.lowerBound, context.lower[titleStart + match.length] == "of" {
                // "Secretary of Homeland Security John Kelly": the words between title and name.
                of = ofText(titleStart + match.length + 1..<name.lowerBound, document: document, context: context)
            } else if name.upperBound + 1 < sentence.upperBound, context.lower[name.upperBound] == "of",
                      let place = named.first(where: { $0.range.lowerBound == name.upperBound + 1 && $0.type == .place }) {
                // "Senator Amy Klobuchar of Minnesota": the place after the name is the title's.
                of = document.text(ofTokens: place.range)
            }
            var materialStart = k
            func insideOrganizationName(_ j: Int) -> Bool {
                // A capitalised title word or "person" inside an organisation's name before the
                // title: "Major Chiefs Association President ...", "Obama Foundation President ...".
                guard NamedEntityFeatures.isCapitalized(document.tokens[j].form), document.tokens[j].upos != "VERB" else { return false }
                return (j + 1..<k).contains { Self.organizationWords.contains(context.lower[$0]) }
            }
            func isKnownPlace(_ j: Int) -> Bool {
                // "Austin Mayor Steve Adler" with "Austin" tagged a person: a gazetteer place
                // right before a title is what the title is of.
                !context.phrase[j].isDisjoint(with: .place) && !(j + 1 < k && context.lower[j + 1] == "'s")
            }
            while materialStart > sentence.lowerBound,
                  (isMaterial(materialStart - 1, document: document, context: context)
                   && (!isInsideOtherPerson(materialStart - 1, named: named, holder: holder) || isKnownPlace(materialStart - 1)))
                    || insideOrganizationName(materialStart - 1) {
                materialStart -= 1
            }
            while materialStart < k, ["of", "'s"].contains(context.lower[materialStart]) { materialStart += 1 }
            if materialStart < k {
                var words = Array(materialStart..<k)
                if let last = words.last, context.lower[last] == "'s" { words.removeLast() }
                let partyWords = words.filter { Self.parties.contains(context.lower[$0]) }
                if !partyWords.isEmpty {
                    let party = partyWords.map { document.tokens[$0].form }.joined(separator: " ")
                    modifier = modifier.map { $0 + " " + party } ?? party
                    words.removeAll { Self.parties.contains(context.lower[$0]) }
                }
                if of == nil, let first = words.first, let last = words.last {
                    of = ofText(first..<last + 1, document: document, context: context)
                }
                k = materialStart
            }
            let tokens = k..<name.lowerBound
            found.append(FoundTitle(
                holder: holder,
                title: Title(role: role, of: of, modifier: modifier, provenance: provenance(tokens, document)),
                tokens: tokens, gender: entry.gender))
            // "Conservative Party leader and Prime Minister Boris Johnson": coordinated titles.
            if k - 2 >= sentence.lowerBound, context.lower[k - 1] == "and", let other = context.titleEnding[k - 2],
               !other.entry.plural, other.entry.category != .honorific {
                k -= 1
            }
        }
        if let gender, found.isEmpty || found.allSatisfy({ $0.gender == nil }) {
            found.append(FoundTitle(holder: holder, title: nil, tokens: k..<name.lowerBound, gender: gender))
        }
        return found
    }

    /// Whether token `i` belongs to a person span other than the holder's.
    func isInsideOtherPerson(_ i: Int, named: [(range: Range<Int>, type: EntityType)], holder: Int) -> Bool {
        named.enumerated().contains { $0.offset != holder && $0.element.type == .person && $0.element.range.contains(i) }
    }

    /// The "of" of a title as a reader names it: a nationality adjective becomes its country,
    /// a leading "the" is dropped.
    func ofText(_ range: Range<Int>, document: AnnotatedDocument, context: EntityContext) -> String? {
        var range = range
        while let first = range.first, ["the", "a", "an", ","].contains(context.lower[first]) { range = range.dropFirst() }
        while let last = range.last, [",", "'s", "."].contains(context.lower[last]) { range = range.dropLast() }
        guard !range.isEmpty else { return nil }
        if range.count == 1, let country = gazetteer.countryOfDemonym[context.lower[range.lowerBound]] { return country }
        return document.text(ofTokens: range)
    }

    /// ", the Italian foreign minister," / ", mayor of the Polish city of Gdansk," after a name.
    func appositive(
        after name: Range<Int>, holder: Int, sentence: Range<Int>, named: [(range: Range<Int>, type: EntityType)],
        document: AnnotatedDocument, context: EntityContext
    ) -> FoundTitle? {
        var i = name.upperBound
        guard i < sentence.upperBound, context.lower[i] == "," || context.lower[i] == "(" else { return nil }
        i += 1
        let start = i
        // Optional determiner or possessive ("the", "his", "Germany's").
        var determiner = false
        if i < sentence.upperBound, ["the", "a", "an", "its", "their", "his", "her"].contains(context.lower[i]) {
            determiner = true
            i += 1
        }
        // Modifiers and material up to a title, which must end the phrase or take "of"/"at"/"for".
        var j = i
        let limit = min(sentence.upperBound, i + 8)
        while j < limit {
            if let match = context.titleEnding[j], j - match.length + 1 >= i, !match.entry.plural,
               match.entry.category != .honorific {
                let titleStart = j - match.length + 1
                let after = j + 1
                let closes = after >= sentence.upperBound || [",", ".", ")", ";", "--", "-"].contains(context.lower[after])
                // ", a Senator from Colorado,": "from" names what the title is of as "of" does.
                let takesOf = after < sentence.upperBound && ["of", "at", "for", "from"].contains(context.lower[after])
                guard closes || takesOf else { return nil }
                // The words before the title are modifiers and what it is of ("Italian", "former").
                var modifier: String? = nil
                var material: [Int] = []
                for k in i..<titleStart {
                    if let normalized = Self.modifiers[context.lower[k]] {
                        modifier = modifier.map { $0 + " " + normalized } ?? normalized
                    } else if Self.parties.contains(context.lower[k]) {
                        modifier = modifier.map { $0 + " " + document.tokens[k].form } ?? document.tokens[k].form
                    } else if context.word[k].contains(.demonym) || NamedEntityFeatures.isCapitalized(document.tokens[k].form)
                                || context.lower[k] == "'s" {
                        material.append(k)
                    } else if document.tokens[k].upos == "ADJ" || document.tokens[k].upos == "NOUN" || document.tokens[k].upos == "NUM" {
                        continue
                    } else {
                        return nil
                    }
                }
                var of: String? = material.first.map { ofText($0..<material.last! + 1, document: document, context: context) } ?? nil
                var end = after
                if takesOf {
                    var k = after + 1
                    while k < sentence.upperBound, ![",", ".", ")", ";", "--"].contains(context.lower[k]), k - after < 12 { k += 1 }
                    let phrase = after + 1..<k
                    // Prefer a name inside the phrase: "of the Polish city of Gdansk" -> Gdansk.
                    if let inner = named.last(where: { phrase.contains($0.range.lowerBound) && $0.type != .person }) {
                        of = document.text(ofTokens: inner.range)
                    } else {
                        of = ofText(phrase, document: document, context: context) ?? of
                    }
                    end = k
                }
                let roleText = document.text(ofTokens: titleStart..<j + 1)
                var role = Self.role(text: roleText, canonical: match.entry.canonical)
                // ", the bank's deputy governor for monetary policy,": a lower rank is part of the
                // role, as before a name.
                if titleStart > i, Title.lowerRankWords.contains(context.lower[titleStart - 1]) {
                    role = document.tokens[titleStart - 1].form + " " + role
                }
                let tokens = start..<end
                return FoundTitle(
                    holder: holder,
                    title: Title(role: role, of: of, modifier: modifier, provenance: provenance(tokens, document)),
                    tokens: tokens, description: determiner ? document.text(ofTokens: start..<end) : nil,
                    gender: match.entry.gender)
            }
            let word = context.lower[j]
            if [",", ".", ";", ")", "--"].contains(word) || document.tokens[j].upos == "VERB" || document.tokens[j].upos == "AUX" { return nil }
            if isInsideOtherPerson(j, named: named, holder: holder) { return nil }
            j += 1
        }
        return nil
    }

    /// "Mahan's director, Hamid Arabnejad Khanooki" / "the mayor of Gdansk, Pawel Adamowicz".
    func descriptionBefore(
        _ name: Range<Int>, holder: Int, sentence: Range<Int>, named: [(range: Range<Int>, type: EntityType)],
        document: AnnotatedDocument, context: EntityContext
    ) -> FoundTitle? {
        let comma = name.lowerBound - 1
        guard comma - 1 > sentence.lowerBound, context.lower[comma] == "," else { return nil }
        // Find the title: either just before the comma, or before "of X" that ends at the comma.
        var titleEnd = comma - 1
        var ofRange: Range<Int>? = nil
        if context.titleEnding[titleEnd] == nil {
            var k = titleEnd
            while k > sentence.lowerBound, context.lower[k] != "of", titleEnd - k < 8 {
                if [",", ".", ";"].contains(context.lower[k]) { return nil }
                k -= 1
            }
            guard context.lower[k] == "of", k - 1 >= sentence.lowerBound, context.titleEnding[k - 1] != nil else { return nil }
            ofRange = k + 1..<comma
            titleEnd = k - 1
        }
        guard let match = context.titleEnding[titleEnd], !match.entry.plural, match.entry.category != .honorific else { return nil }
        let titleStart = titleEnd - match.length + 1
        // Left of the title: modifiers, a possessor ("Mahan's") and a determiner.
        var k = titleStart
        var modifier: String? = nil
        var of: String? = nil
        while k > sentence.lowerBound, let normalized = Self.modifiers[context.lower[k - 1]] {
            modifier = modifier.map { normalized + " " + $0 } ?? normalized
            k -= 1
        }
        if k - 2 >= sentence.lowerBound, context.lower[k - 1] == "'s" {
            if let owner = named.last(where: { $0.range.upperBound == k - 1 && $0.type != .person }) {
                of = document.text(ofTokens: owner.range)
                k = owner.range.lowerBound
            } else if NamedEntityFeatures.isCapitalized(document.tokens[k - 2].form) {
                of = document.tokens[k - 2].form
                k -= 2
            }
        } else if k > sentence.lowerBound, ["the", "a", "an"].contains(context.lower[k - 1]) {
            k -= 1
        } else if k > sentence.lowerBound {
            // Without a determiner the description must start a phrase ("..., mayor of X, Name").
            let upos = document.tokens[k - 1].upos
            guard upos == "PUNCT" || upos == "VERB" || upos == "ADP" || upos == "CCONJ" else { return nil }
        }
        if let ofRange {
            if let inner = named.last(where: { ofRange.contains($0.range.lowerBound) && $0.type != .person }) {
                of = document.text(ofTokens: inner.range)
            } else {
                of = ofText(ofRange, document: document, context: context)
            }
        }
        let tokens = k..<comma
        let roleText = document.text(ofTokens: titleStart..<titleEnd + 1)
        return FoundTitle(
            holder: holder,
            title: Title(role: Self.role(text: roleText, canonical: match.entry.canonical), of: of, modifier: modifier,
                         provenance: provenance(tokens, document)),
            tokens: tokens, description: document.text(ofTokens: tokens), gender: match.entry.gender)
    }

    func provenance(_ tokens: Range<Int>, _ document: AnnotatedDocument) -> Provenance {
        let sentence = document.sentenceIndex(ofToken: tokens.lowerBound)
        return Provenance(
            document: 0, sentence: Int32(sentence),
            start: document.tokens[tokens.lowerBound].start, end: document.tokens[tokens.upperBound - 1].end)
    }
}
