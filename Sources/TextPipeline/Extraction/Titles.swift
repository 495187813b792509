import FactModel

/// Titles before names as facts (extraction.md §6): "Los Angeles Mayor Eric Garcetti" gives
/// (Eric Garcetti; mayor; of: Los Angeles), kind `.title`, so "who is mayor of Los Angeles" finds
/// it. The words left of the name (UD v2.16 `nmod:desc`, older `compound`) are segmented with a
/// title list, multiword entries first; proper-noun material before a title is its "of".
enum TitleWords {
    /// Titles and roles, lowercased; multiword entries are matched before their parts.
    static let titles: Set<String> = [
        "mayor", "president", "vice president", "chief", "police chief", "fire chief", "chief executive",
        "chief executive officer", "ceo", "secretary", "secretary of state", "attorney general", "governor",
        "gov.", "lieutenant governor", "lt. gov.", "senator", "sen.", "representative", "rep.", "congressman",
        "congresswoman", "sheriff", "judge", "justice", "chief justice", "speaker", "chairman",
        "chairwoman", "chair", "chairperson", "director", "minister", "prime minister", "deputy prime minister",
        "foreign minister", "foreign secretary", "home secretary", "chancellor", "king", "queen", "prince",
        "princess", "pope", "bishop", "archbishop", "cardinal", "rev.", "general", "gen.", "colonel", "col.",
        "major", "maj.", "captain", "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral", "adm.",
        "commissioner", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "leader",
        "commander", "officer", "inspector", "superintendent", "detective", "dr.", "professor", "prof.",
        "councillor", "councilor", "councilman", "councilwoman", "council member", "mp", "mep", "premier",
        "emperor", "sultan", "emir", "sheikh", "ayatollah", "supreme leader", "treasurer", "auditor",
        "comptroller", "prosecutor", "district attorney", "state attorney", "coach", "manager", "head coach",
        "founder", "co-founder", "owner", "editor", "chief of staff", "deputy", "assistant", "administrator",
        "head", "executive director", "deputy director", "press secretary", "first lady", "senior adviser",
        "adviser", "advisor", "national security adviser", "national security advisor", "member of parliament",
        "president-elect", "vice president-elect", "governor-elect", "mayor-elect", "sen.-elect", "dean",
        "rector", "chancellor of the exchequer", "health secretary", "defense secretary", "defence secretary",
        "interior minister", "finance minister", "economy minister", "health minister", "defence minister",
        "defense minister", "justice minister", "foreign affairs minister", "minister of economy", "mr.",
        "mrs.", "ms.", "miss", "sir", "dame", "lord", "lady", "baron", "baroness", "duke", "duchess",
        "delegate", "congressional representative", "u.s. representative", "u.s. senator", "state senator",
        "assemblyman", "assemblywoman", "legislator", "lawmaker", "trustee", "magistrate", "coroner",
    ]
    /// Roles held toward an owner, a title only when written with one: "His lawyer, Rodrigo
    /// Salas" gives (Rodrigo Salas; lawyer; of: his), so he answers "who is Beltrán's lawyer".
    static let ownedRoles: Set<String> = [
        "lawyer", "attorney", "solicitor", "barrister", "wife", "husband", "spouse", "partner", "widow", "widower",
        "son", "daughter", "mother", "father", "brother", "sister", "girlfriend", "boyfriend", "fiancé", "fiancée",
        "agent", "aide", "successor", "predecessor", "publicist", "biographer", "bodyguard", "physician", "mentor",
    ]
    /// Courtesy titles: part of a name's address, not a role worth a fact.
    static let honorifics: Set<String> = ["mr.", "mrs.", "ms.", "miss", "sir", "dame", "dr.", "rev.", "lord", "lady"]
    /// Words that modify a title without being part of it.
    static let modifiers: Set<String> = ["former", "then", "then-", "acting", "current", "interim", "outgoing", "incoming", "late", "ex", "ex-", "retired", "newly", "elected", "incumbent", "sitting"]

    static let longestEntry = 4

    static func isTitleWord(_ word: String) -> Bool { titles.contains(word.lowercased()) }

    /// A title found in a run of words: its word range within the run and its role text.
    struct Segment {
        var role: Range<Int>
        var of: Range<Int>?
        var modifier: Range<Int>?
    }

    /// Segments the words left of a name into titles, left to right, longest entry first. A
    /// title word followed by other capitalized words is part of a name ("Major Chiefs
    /// Association"). The non-title words before a title are its "of" ("Los Angeles" before
    /// "Mayor") and leading modifiers its modifier ("former"); a title followed by of/to/for/in/from
    /// takes the words after it ("Prime Minister of Slovakia", "Senator from Vermont").
    static func segment(_ words: [String]) -> [Segment] {
        let lower = words.map { $0.lowercased() }
        let n = lower.count
        let connectors: Set<String> = ["and", ",", "&", "-", "the", "'s", "’s"]
        func title(at i: Int) -> Range<Int>? {
            // "deputy governor": a lower rank of the title after it is one title, not two.
            if Title.lowerRankWords.contains(lower[i]), i + 1 < n, let next = title(at: i + 1) { return i..<next.upperBound }
            for length in stride(from: min(longestEntry, n - i), through: 1, by: -1)
            where titles.contains(lower[i..<(i + length)].joined(separator: " ")) {
                return i..<(i + length)
            }
            return nil
        }
        var matches: [Range<Int>] = []
        var i = 0
        while i < n {
            if let m = title(at: i) {
                let next = m.upperBound
                let followedByName = next < n && !connectors.contains(lower[next]) && !["of", "to", "for", "in", "from"].contains(lower[next])
                    && title(at: next) == nil && words[next].first?.isUppercase == true
                if !followedByName {
                    matches.append(m)
                    i = m.upperBound
                    continue
                }
            }
            i += 1
        }
        var segments: [Segment] = []
        var consumed = 0
        for (index, m) in matches.enumerated() {
            var segment = Segment(role: m)
            var prefix = consumed..<m.lowerBound
            while prefix.lowerBound < prefix.upperBound, connectors.contains(lower[prefix.lowerBound]) {
                prefix = (prefix.lowerBound + 1)..<prefix.upperBound
            }
            var modifierEnd = prefix.lowerBound
            while modifierEnd < prefix.upperBound, modifiers.contains(lower[modifierEnd]) { modifierEnd += 1 }
            if modifierEnd > prefix.lowerBound { segment.modifier = prefix.lowerBound..<modifierEnd }
            var of = modifierEnd..<prefix.upperBound
            while of.lowerBound < of.upperBound, connectors.contains(lower[of.upperBound - 1]) {
                of = of.lowerBound..<(of.upperBound - 1)
            }
            if !of.isEmpty { segment.of = of }
            consumed = m.upperBound
            let limit = index + 1 < matches.count ? matches[index + 1].lowerBound : n
            if m.upperBound < limit, ["of", "to", "for", "in", "from"].contains(lower[m.upperBound]) {
                var end = m.upperBound + 1
                while end < limit, !["and", ","].contains(lower[end]) { end += 1 }
                if end > m.upperBound + 1 {
                    if segment.of == nil && lower[m.upperBound] == "of" {
                        segment.of = (m.upperBound + 1)..<end
                    } else {
                        segment.role = m.lowerBound..<end  // "Ambassador to Germany"
                    }
                    consumed = end
                }
            }
            segments.append(segment)
        }
        return segments
    }
}

extension SentenceReader {
    /// Title facts for every name headed in this sentence that has title words before it.
    mutating func readTitles() {
        for head in tree.indices where tree.isProperNoun(head) {
            let rel = tree.deprel(head)
            if rel == "flat" || rel == "compound" || rel == "nmod:desc" || rel == "fixed" { continue }
            let titleRoots = tree.children[head].filter { c in
                c < head && (tree.deprel(c) == "nmod:desc" || (tree.deprel(c) == "compound" && !tree.nameWords(head).contains(c))
                    || (tree.deprel(c) == "amod" && TitleWords.modifiers.contains(tree.lemma(c))))
            }
            guard !titleRoots.isEmpty else { continue }
            var region = Set<Int>()
            for r in titleRoots { region.formUnion(tree.subtree(r)) }
            let nameWords = tree.nameWords(head)
            region.subtract(nameWords)
            let ordered = region.sorted().filter { !tree.isPunctuation($0) || tree.form($0) == "-" }
            guard let first = ordered.first, let last = ordered.last, last < head else { continue }
            // Keep only a contiguous run that ends right before the name.
            let run = Array(first...last)
            let forms = run.map { tree.form($0) }
            let segments = TitleWords.segment(forms)
            // "council members Samuel Adeyemi and Priya Raman": a plural role before the first of
            // coordinated names is every one's.
            let sharers = tree.xpos(last) == "NNS" ? tree.dependents(head, ["conj"]).filter { tree.isProperNoun($0) } : []
            guard !segments.isEmpty else {
                for holder in [head] + sharers { readDescriptionBeforeName(run, name: holder) }
                continue
            }
            for holder in [head] + sharers { readTitleSegments(segments, of: run, name: DraftArgument(words: tree.nameWords(holder), head: holder)) }
        }
    }

    /// One title fact per segment of the title words `run` before a name.
    private mutating func readTitleSegments(_ segments: [TitleWords.Segment], of run: [Int], name: DraftArgument) {
        let head = name.head ?? run.last ?? 0
        for segment in segments {
            let roleWords = segment.role.map { run[$0] }
            let role = tree.text(roleWords)
            guard !TitleWords.honorifics.contains(role.lowercased()) else { continue }
            var draft = DraftFact(subject: name, relationWords: [], lemma: role.lowercased(), kind: .title, anchor: head)
            draft.surfaceOverride = role
            if let of = segment.of {
                let ofWords = of.map { run[$0] }.filter { !tree.isPunctuation($0) }
                let ofHead = ofWords.last(where: { tree.isNominal($0) }) ?? ofWords.last ?? roleWords[0]
                var words = ofWords
                while let w = words.last, ["'s", "’s"].contains(tree.form(w)) { words.removeLast() }
                if !words.isEmpty {
                    draft.qualifiers.append((marker: "of", argument: DraftArgument(words: words, head: ofHead), time: false))
                }
            }
            if let modifier = segment.modifier {
                draft.modality = tree.text(modifier.map { run[$0] })
            }
            let bounds = [segment.modifier, segment.of, segment.role].compactMap { $0 }
            let start = bounds.map(\.lowerBound).min() ?? segment.role.lowerBound
            let end = bounds.map(\.upperBound).max() ?? segment.role.upperBound
            draft.evidenceWords = Array(run[start..<end])
            draft.role = .nominal
            drafts.append(draft)
        }
    }
}

extension SentenceReader {
    /// "student protester Joshua Wong", "climate activist Greta Thunberg": a description that is no
    /// title, written before the name as one (lower-case words, or adjectives such as "Swedish",
    /// ending in a noun for a person), says what the person is, as an apposition would:
    /// (Joshua Wong; be; student protester).
    mutating func readDescriptionBeforeName(_ run: [Int], name head: Int) {
        // The first word of the sentence is capitalised whatever it is ("Climate activist ...").
        let opensSentence = run.first.map { first in (0..<first).allSatisfy { tree.isPunctuation($0) } } ?? false
        guard let last = run.last, tree.upos(last) == "NOUN", words.isPersonNoun(tree.lemma(last).lowercased()),
              !TitleWords.honorifics.contains(tree.form(last).lowercased()),
              run.allSatisfy({ tree.form($0).first?.isLowercase == true || tree.upos($0) == "ADJ" || ($0 == run.first && opensSentence) })
        else { return }
        var draft = DraftFact(subject: DraftArgument(words: tree.nameWords(head), head: head), relationWords: [], lemma: "be",
                              object: DraftArgument(words: run, head: last), kind: .appositive, anchor: last)
        draft.insertedRelation = "be"
        draft.role = .nominal
        drafts.append(draft)
    }

    /// A title fact from a description that names a role: "Donald Tusk, the current President of
    /// the European Council" and "Kim is the mayor of Denver" give (name; President; of: the
    /// European Council). The role is the longest title ending at the description's head; its
    /// "of" is the head's of/for/to phrase or its possessor ("Merkel's spokesperson").
    func titleFact(for subject: DraftArgument, description head: Int, anchor: Int) -> DraftFact? {
        // An adjective only as the head of a listed title the tagger misread ("chief executive").
        guard tree.isNominal(head) || tree.upos(head) == "ADJ", tree.upos(head) != "PRON" else { return nil }
        // The role words: the head and the premodifiers that extend it into a listed title.
        var roleStart = head
        var candidate = head
        while candidate > 0 {
            let previous = candidate - 1
            guard tree.head(previous) == head || tree.head(previous) == candidate,
                  ["compound", "amod", "nmod:desc"].contains(tree.deprel(previous)) else { break }
            let words = (previous...head).map { tree.form($0).lowercased() }.joined(separator: " ")
            if TitleWords.titles.contains(words) { roleStart = previous }
            candidate = previous
        }
        let roleText = (roleStart...head).map { tree.form($0).lowercased() }.joined(separator: " ")
        let owned = !TitleWords.titles.contains(roleText) && TitleWords.ownedRoles.contains(roleText)
        guard TitleWords.titles.contains(roleText) || owned, !TitleWords.honorifics.contains(roleText) else { return nil }
        // "the bank's deputy governor": a lower rank before the role is part of it (a deputy
        // governor is no governor).
        if roleStart > 0, case let rank = roleStart - 1, tree.head(rank) == head, Title.lowerRankWords.contains(tree.form(rank).lowercased()) {
            roleStart = rank
        }
        let roleWords = Array(roleStart...head)
        let role = roleWords.map { tree.form($0).lowercased() }.joined(separator: " ")
        var draft = DraftFact(subject: subject, relationWords: [], lemma: role, kind: .title, anchor: anchor)
        draft.surfaceOverride = tree.text(roleWords)
        draft.role = .nominal
        if let of = tree.children[head].first(where: { c in
            tree.baseRelation(c) == "nmod" && c > head && ["of", "for", "to", "in", "at"].contains(tree.caseMarker(c)?.text ?? "")
        }) {
            draft.qualifiers.append((marker: "of", argument: tree.argumentSpan(of), time: false))
        } else if let owner = tree.dependent(head, ["nmod:poss"]),
                  // "Its president": a possessive pronoun the entities stage linked names the owner.
                  tree.upos(owner) != "PRON" || mentions.entitySpan(atToken: tree.documentIndex(owner)) != nil {
            let ownerWords = tree.argumentSpan(owner).words.filter { !(tree.deprel($0) == "case" && tree.head($0) == owner) }
            draft.qualifiers.append((marker: "of", argument: DraftArgument(words: ownerWords, head: owner), time: false))
        } else if let prefix = tree.children[head].filter({ $0 < roleStart && tree.isProperNoun($0) && ["compound", "nmod:desc", "amod"].contains(tree.deprel($0)) }).first {
            draft.qualifiers.append((marker: "of", argument: tree.argumentSpan(prefix), time: false))
        }
        // An owned role with no owner read ("a lawyer, Ana Ruiz") is a description, no title; and
        // only a name holds one ("a family cemetery, his successor" is a misread apposition).
        if owned, tree.dependent(head, ["nmod:poss"]) == nil || draft.qualifiers.isEmpty || !(subject.head.map(tree.isProperNoun) ?? false) { return nil }
        let modifiers = tree.children[head].filter { TitleWords.modifiers.contains(tree.lemma($0)) || TitleWords.modifiers.contains(tree.form($0).lowercased()) }
        if !modifiers.isEmpty { draft.modality = tree.text(modifiers) }
        draft.evidenceWords = tree.argumentSpan(head).words
        return draft
    }
}
