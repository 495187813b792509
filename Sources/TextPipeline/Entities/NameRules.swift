/// Rules that correct the name tagger around titles, as UNER annotates them: a title is never
/// part of a name, and a capitalised title followed by a run of proper nouns names a person
/// ("Mayor Adamowicz", "Police Chief Charlie Beck").
enum NameRules {
    /// The most words a person name read after a title may have.
    static let longestName = 4

    static func apply(to document: inout AnnotatedDocument, context: EntityContext) {
        for sentence in document.sentences {
            splitPlaceBeforeName(sentence, &document, context)
            splitTitleComplementBeforeName(sentence, &document, context)
            splitTitledNameOffOrganization(sentence, &document, context)
            trimLeadingTitles(sentence, &document, context)
            titleOffTheEndOfASpan(sentence, &document, context)
            titleTaggedAsANameBeforeAPerson(sentence, &document, context)
            nameAfterTitle(sentence, &document, context)
            nameAfterTitleAndOwner(sentence, &document, context)
            completePlaces(sentence, &document, context)
            nameInApposition(sentence, &document)
            nameBeforeATitleInApposition(sentence, &document, context)
            loneFirstNameTakesTheNextWord(sentence, &document, context)
            personNameTypedAsOrganization(sentence, &document, context)
            personOfACountry(sentence, &document, context)
            givenNameTypedAsPlace(sentence, &document, context)
            buildingsNamedAfterPeople(sentence, &document, context)
            currencyPrefixIsNoName(sentence, &document)
            NameSpanRules.apply(sentence, &document, context)
            NameOfAWork.apply(sentence, &document, context)
        }
        OrganizationsByKind.apply(to: &document, context: context)
        PlacesByKind.apply(to: &document, context: context)
        // After the kind rules, which find names the tagger missed ("the company Ferrovías").
        for sentence in document.sentences {
            NameSpanRules.nameGoesOnAfterARomanceParticle(sentence, &document)
            NameSpanRules.coordinatedModifiersOfAnInstitution(sentence, &document, context)
        }
        knownSurnames(&document)
        RepeatedNames.apply(&document)
    }

    /// "Bernie Sanders won ... Sanders came in second": once a person is named in full, their
    /// surname alone, capitalised, names them wherever the tagger missed it (a sentence-initial
    /// "Sanders" read as a plural noun). Document order; only words tagged outside any name.
    static func knownSurnames(_ document: inout AnnotatedDocument) {
        var surnames = Set<String>()
        for sentence in document.sentences {
            for span in EntityLabel.spans(sentence.map { document.tokens[$0].entityTag }) where span.type == "PER" && span.range.count >= 2 {
                let last = document.tokens[sentence.lowerBound + span.range.upperBound - 1].form
                if last.count >= 3, last.first?.isUppercase == true, last.dropFirst().allSatisfy({ $0.isLowercase }) { surnames.insert(last) }
            }
            // No surname yet (most sentences of most documents): no word is looked up.
            guard !surnames.isEmpty else { continue }
            for i in sentence where document.tokens[i].entityTag == "O" && surnames.contains(document.tokens[i].form) {
                // Not part of a longer name: "Sanders Hall", or "Jane Sanders", another Sanders.
                let capitalisedBefore = i > sentence.lowerBound && document.tokens[i - 1].form.first?.isUppercase == true
                let capitalisedAfter = i + 1 < sentence.upperBound && document.tokens[i + 1].form.first?.isUppercase == true
                guard !capitalisedBefore, !capitalisedAfter else { continue }
                document.tokens[i].entityTag = "B-PER"
            }
        }
    }

    /// "US$500", "A$2,000": the country letters written onto a dollar sign name the currency, not
    /// a place; the value reader takes them with the amount.
    static func currencyPrefixIsNoName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        for i in sentence where i + 1 < sentence.upperBound && document.tokens[i + 1].form == "$"
            && document.isJoinedToNext(i)
            && ValueRecognizer.currencyPrefixes[document.tokens[i].form.lowercased()] != nil {
            let tag = document.tokens[i].entityTag
            document.tokens[i].entityTag = "O"
            // A span that went on past the prefix starts after it.
            if tag.hasPrefix("B-"), i + 1 < sentence.upperBound, document.tokens[i + 1].entityTag.hasPrefix("I-") {
                document.tokens[i + 1].entityTag = "B-" + document.tokens[i + 1].entityTag.dropFirst(2)
            }
        }
    }

    /// A person name followed by a capitalised institution word is a building or institution
    /// named after someone ("Sultan Qaboos Grand Mosque", "John Radcliffe Hospital"): a place.
    /// So is a person span that ends with one, unless the word is also a surname ("Qaboos Grand
    /// Mosque", but not "Arsenio Hall").
    static func buildingsNamedAfterPeople(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        // A span stretched over the words after it may take in the start of the next one.
        var next = sentence.lowerBound
        for span in document.personSpans(in: sentence) where span.lowerBound >= next {
            let end = span.upperBound
            next = end
            if span.count >= 2, institutionWords.contains(context.lower[end - 1]),
               NamedEntityFeatures.isCapitalized(document.tokens[end - 1].form),
               context.word[end - 1].isDisjoint(with: GazetteerClasses.lastName) {
                document.tagName(withTitleBefore(span, sentence, document, context)..<end, as: "LOC")
                continue
            }
            var last = end
            while last < sentence.upperBound, last - end < 2, document.tokens[last].entityTag == "O",
                  NamedEntityFeatures.isCapitalized(document.tokens[last].form), !institutionWords.contains(context.lower[last]) { last += 1 }
            if last < sentence.upperBound, institutionWords.contains(context.lower[last]),
               NamedEntityFeatures.isCapitalized(document.tokens[last].form) {
                document.tagName(withTitleBefore(span, sentence, document, context)..<(last + 1), as: "LOC")
                next = last + 1
            }
        }
    }

    /// Where a building named after a person starts: at the capitalised title before the name,
    /// which `trimLeadingTitles` took out of the person's name ("Sultan Qaboos Grand Mosque",
    /// "King Fahd Stadium"), or else at the name.
    private static func withTitleBefore(_ span: Range<Int>, _ sentence: Range<Int>, _ document: AnnotatedDocument,
                                        _ context: EntityContext) -> Int {
        let before = span.lowerBound - 1
        guard before >= sentence.lowerBound, let match = context.titleEnding[before], !match.entry.plural else { return span.lowerBound }
        let start = before - match.length + 1
        guard start >= sentence.lowerBound,
              (start...before).allSatisfy({ document.tokens[$0].entityTag == "O" && NamedEntityFeatures.isCapitalized(document.tokens[$0].form) })
        else { return span.lowerBound }
        return start
    }

    /// Last words that make a run of capitalised words a building or an institution, not a person.
    static let institutionWords: Set<String> = [
        "school", "university", "college", "center", "centre", "hospital", "street", "avenue", "road", "park",
        "airport", "station", "bridge", "hall", "county", "city", "church", "museum", "library", "stadium",
        "mosque", "cathedral", "temple", "palace", "tower", "institute", "academy", "memorial",
        "pavilion", "arena", "theatre", "theater", "auditorium", "gallery", "plaza", "terminal", "coliseum",
    ]

    /// A place or organisation span that is a known place followed by a first name and more
    /// capitalised words is the place and a person ("Germany Richard Grenell" after "Ambassador to",
    /// "Vermont Bernie Sanders" after "Senator from").
    static func splitPlaceBeforeName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in spans(Self.placeOrOrganization, in: sentence, document, anyInside: true) {
            let i = span.lowerBound, end = span.upperBound
            guard end - i >= 3, !context.phrase[i].isDisjoint(with: .place) else { continue }
            // The place phrase ends where the first name starts.
            guard let p = (i + 1..<end - 1).first(where: { context.phrase[$0].isDisjoint(with: .place) || context.phraseBegins[$0] }),
                  (i..<p).allSatisfy({ !context.phrase[$0].isDisjoint(with: .place) }),
                  !context.word[p].isDisjoint(with: GazetteerClasses.firstName),
                  end - p >= 2, end - p <= 3,
                  (p..<end).allSatisfy({ NamedEntityFeatures.isCapitalized(document.tokens[$0].form) && context.titleEnding[$0] == nil }),
                  !institutionWords.contains(context.lower[end - 1]), !TitleReader.organizationWords.contains(context.lower[end - 1])
            else { continue }
            document.tokens[i].entityTag = "B-LOC"
            for j in i + 1..<p { document.tokens[j].entityTag = "I-LOC" }
            document.tokens[p].entityTag = "B-PER"
            for j in p + 1..<end { document.tokens[j].entityTag = "I-PER" }
        }
    }

    /// An organisation or place span right after a title's "of (the)" that goes on with a first
    /// name and at most two more capitalised words is what the title is of and a person: "Speaker
    /// of the [House Nancy Pelosi]ORG" -> "Speaker of the [House]ORG [Nancy Pelosi]PER", as
    /// "Chancellor of the [Exchequer] [Rishi Sunak]" reads.
    static func splitTitleComplementBeforeName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in spans(Self.placeOrOrganization, in: sentence, document) {
            let i = span.lowerBound, end = span.upperBound
            guard end - i >= 3 else { continue }
            // "<title> of the" or "<title> of" right before the span.
            var of = i - 1
            if of > sentence.lowerBound, context.lower[of] == "the" { of -= 1 }
            guard of > sentence.lowerBound, context.lower[of] == "of", context.titleEnding[of - 1] != nil,
                  let p = (i + 1..<end - 1).first(where: { !context.word[$0].isDisjoint(with: GazetteerClasses.firstName) }),
                  end - p >= 2, end - p <= 3,
                  (p..<end).allSatisfy({ NamedEntityFeatures.isCapitalized(document.tokens[$0].form) && context.titleEnding[$0] == nil }),
                  !institutionWords.contains(context.lower[end - 1]), !TitleReader.organizationWords.contains(context.lower[end - 1])
            else { continue }
            let type = document.tokens[i].entityTag.hasSuffix("LOC") ? "LOC" : "ORG"
            for j in i + 1..<p { document.tokens[j].entityTag = "I-" + type }
            document.tokens[p].entityTag = "B-PER"
            for j in p + 1..<end { document.tokens[j].entityTag = "I-PER" }
        }
    }

    /// An organization span that ends in a capitalised person title and a name starting with a
    /// first name is the organization, the title and a person: "[Major Chiefs Association
    /// President Police Chief Tom Manger]ORG" -> "[Major Chiefs Association]ORG President Police
    /// Chief [Tom Manger]PER". The name is at most `longestName` words, none of them a title. A
    /// person span read over a party and a title is split the same way: "[Isamaa MP Helle-Mai
    /// Tamm]PER" -> "[Isamaa]ORG MP [Helle-Mai Tamm]PER".
    static func splitTitledNameOffOrganization(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in spans(["ORG", "PER"], in: sentence, document) {
            let isPerson = document.tokens[span.lowerBound].entityTag == "B-PER"
            let i = span.lowerBound, end = span.upperBound
            // The last title inside the span with only name words after it.
            guard let k = (i..<end - 1).last(where: { k in
                guard let match = context.titleEnding[k], !match.entry.plural,
                      NamedEntityFeatures.isCapitalized(document.tokens[k].form) else { return false }
                return (k + 1..<end).allSatisfy {
                    context.titleEnding[$0] == nil && (document.tokens[$0].upos == "PROPN" || document.isJoiningHyphen($0))
                }
            }), let title = context.titleEnding[k],
                  end - k - 1 <= longestName, isPerson || !context.word[k + 1].isDisjoint(with: GazetteerClasses.firstName),
                  !institutionWords.contains(context.lower[end - 1]), !TitleReader.organizationWords.contains(context.lower[end - 1])
            else { continue }
            // Titles chain leftwards ("President Police Chief"): the organization ends before them.
            var titleStart = k - title.length + 1
            while titleStart - 1 > i, let earlier = context.titleEnding[titleStart - 1], !earlier.entry.plural {
                titleStart -= earlier.length
            }
            // A person span's words before the title are the party or body the title is of.
            if isPerson {
                guard titleStart > i, (i..<titleStart).allSatisfy({ context.word[$0].isDisjoint(with: GazetteerClasses.firstName) })
                else { continue }
                document.tagName(i..<titleStart, as: "ORG")
            }
            for j in max(i, titleStart)...k { document.tokens[j].entityTag = "O" }
            document.tokens[k + 1].entityTag = "B-PER"
            for j in k + 2..<end { document.tokens[j].entityTag = "I-PER" }
        }
    }

    /// A name in apposition to a common noun for a person ("Dunn's mother, Charlotte Charles,",
    /// "the lawyer, Sophie Obadia,") names that person, whatever the tagger said (a first name
    /// that is also a city makes it read "Charlotte Charles" as a place).
    static func nameInApposition(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        for span in spans(Self.placeOrOrganization, in: sentence, document, anyInside: true) {
            let i = span.lowerBound, end = span.upperBound
            // The span's head: the token whose head lies outside it.
            if let head = span.first(where: { !span.contains(Int(document.tokens[$0].head)) }),
               document.tokens[head].deprel == "appos", span.allSatisfy({ document.tokens[$0].upos == "PROPN" }) {
                let anchor = Int(document.tokens[head].head)
                if anchor >= sentence.lowerBound, anchor < sentence.upperBound, document.tokens[anchor].upos == "NOUN",
                   ExtractionLexicon.personNouns.contains(document.tokens[anchor].lemma.lowercased()) {
                    document.tokens[i].entityTag = "B-PER"
                    for j in i + 1..<end { document.tokens[j].entityTag = "I-PER" }
                }
            }
        }
    }

    /// "B-PER Mayor I-PER Eric I-PER Garcetti" -> "O Mayor B-PER Eric I-PER Garcetti"; an
    /// organization or place tag on a name right after a person title becomes a person tag.
    static func trimLeadingTitles(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard document.tokens[i].entityTag.hasPrefix("B-") else { i += 1; continue }
            var end = i + 1
            while end < sentence.upperBound, document.tokens[end].entityTag.hasPrefix("I-") { end += 1 }
            // The longest title at the start of the span, leaving at least one capitalised word.
            var titleEnd = i
            for k in i..<end - 1 {
                if let match = context.titleEnding[k], k - match.length + 1 == i, !match.entry.plural,
                   NamedEntityFeatures.isCapitalized(document.tokens[k + 1].form) {
                    titleEnd = k + 1
                }
            }
            if titleEnd > i, document.tokens[i].entityTag == "B-PER" || isPersonTitle(context.titleEnding[titleEnd - 1]) {
                for k in i..<titleEnd { document.tokens[k].entityTag = "O" }
                document.tokens[titleEnd].entityTag = "B-PER"
                for k in titleEnd + 1..<end { document.tokens[k].entityTag = "I-PER" }
            }
            i = end
        }
    }

    /// An organisation or place span that ends in a person title right before an untagged proper
    /// noun loses the title ("[Texas GOP Gov.]ORG Greg Abbott" -> "[Texas GOP]ORG Gov. Greg
    /// Abbott"), so that `nameAfterTitle` reads the name after it.
    static func titleOffTheEndOfASpan(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for k in sentence.lowerBound..<max(sentence.lowerBound, sentence.upperBound - 1) {
            let tag = document.tokens[k].entityTag
            guard tag.hasSuffix("-ORG") || tag.hasSuffix("-LOC"), document.tokens[k + 1].entityTag == "O", document.tokens[k + 1].upos == "PROPN",
                  NamedEntityFeatures.isCapitalized(document.tokens[k + 1].form),
                  let match = context.titleEnding[k], isPersonTitle(match), !match.entry.plural else { continue }
            let titleStart = k - match.length + 1
            guard titleStart >= sentence.lowerBound else { continue }
            // What is left of the span before the title keeps its tags (it begins with its B-).
            for j in titleStart...k { document.tokens[j].entityTag = "O" }
        }
    }

    /// "[First]ORG Lady [Melania Trump]PER": words of a title before a person's name that the
    /// tagger read as a name of their own are the title (outside any name).
    static func titleTaggedAsANameBeforeAPerson(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for k in sentence.lowerBound..<max(sentence.lowerBound, sentence.upperBound - 1) {
            guard document.tokens[k + 1].entityTag == "B-PER", let match = context.titleEnding[k], isPersonTitle(match),
                  !match.entry.plural else { continue }
            let titleStart = k - match.length + 1
            guard titleStart >= sentence.lowerBound, !document.tokens[titleStart].entityTag.hasPrefix("I-"),
                  (titleStart...k).contains(where: { document.tokens[$0].entityTag.hasSuffix("-ORG") || document.tokens[$0].entityTag.hasSuffix("-LOC") })
            else { continue }
            for j in titleStart...k { document.tokens[j].entityTag = "O" }
        }
    }

    /// A capitalised singular title followed by proper nouns: those nouns are one person, and the
    /// title is outside the name. This also repairs a tagger that split the pair ("B-PER Chief,
    /// O Charlie, B-PER Beck" -> "O Chief, B-PER Charlie, I-PER Beck").
    static func nameAfterTitle(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        func personOrOutside(_ i: Int) -> Bool {
            let tag = document.tokens[i].entityTag
            return tag == "O" || tag.hasSuffix("-PER")
        }
        for k in sentence.lowerBound..<max(sentence.lowerBound, sentence.upperBound - 1) {
            guard let match = context.titleEnding[k], isPersonTitle(match), !match.entry.plural,
                  NamedEntityFeatures.isCapitalized(document.tokens[k].form) || document.tokens[k].form.contains(".")
            else { continue }
            let titleStart = k - match.length + 1
            guard titleStart >= sentence.lowerBound, (titleStart...k).allSatisfy(personOrOutside) else { continue }
            // A title inside a longer name of another kind ("Mayor's Office") is left alone.
            if titleStart > sentence.lowerBound, document.tokens[titleStart].entityTag.hasPrefix("I-"),
               !document.tokens[titleStart - 1].entityTag.hasSuffix("-PER") { continue }
            var end = k + 1
            while end < sentence.upperBound, end - k <= longestName, personOrOutside(end),
                  document.tokens[end].upos == "PROPN", NamedEntityFeatures.isCapitalized(document.tokens[end].form),
                  context.titleEnding[end] == nil {
                end += 1
            }
            guard end > k + 1, end - k - 1 <= longestName else { continue }
            // A building or institution named after a title holder ("the Sultan Qaboos Grand
            // Mosque", "the President Wilson High School") is no person.
            if (k + 1..<min(end + 1, sentence.upperBound)).contains(where: { institutionWords.contains(context.lower[$0]) }) { continue }
            // The name may go on past the run ("Charlie Beck Jr."): keep what the tagger had there.
            for j in titleStart...k where document.tokens[j].entityTag.hasSuffix("-PER") { document.tokens[j].entityTag = "O" }
            document.tokens[k + 1].entityTag = "B-PER"
            for j in k + 2..<end { document.tokens[j].entityTag = "I-PER" }
        }
    }

    /// A capitalised title with its owner, then a name the tagger left out: "US Ambassador to
    /// Germany Richard Grenell", "President of Ukraine Volodymyr Zelenskyy". The owner is one to
    /// three capitalised words after "to", "of", "from" or "for"; the name starts with a known first
    /// name or right after an owner that is a known place, and is two or three capitalised proper
    /// nouns, none tagged as another kind of name (a place owner the tagger put at the start of the
    /// person's name is taken out of it).
    static func nameAfterTitleAndOwner(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for k in sentence.lowerBound..<max(sentence.lowerBound, sentence.upperBound - 3) {
            guard let match = context.titleEnding[k], isPersonTitle(match), !match.entry.plural,
                  Self.ownerMarkers.contains(context.lower[k + 1]) else { continue }
            // A lower-case title ("then-governor of Alaska Sarah Palin") needs a known first name.
            let titleIsCapitalized = NamedEntityFeatures.isCapitalized(document.tokens[k].form)
            for p in (k + 3)..<min(k + 6, sentence.upperBound) {
                // The owner ends where a known first name starts, or where a known place phrase ends.
                let ownerIsAPlace = (k + 2..<p).allSatisfy { !context.phrase[$0].isDisjoint(with: .place) }
                    && context.phraseBegins[k + 2] && (context.phraseBegins[p] || context.phrase[p].isDisjoint(with: .place))
                // The tagger may have read the place owner as the start of the name ("[Ukraine
                // Volodymyr Zelenskyy]PER"): the owner then leaves the person's span.
                let ownerInName = ownerIsAPlace && titleIsCapitalized && document.tokens[k + 2].entityTag == "B-PER"
                    && (k + 3...p).allSatisfy { document.tokens[$0].entityTag == "I-PER" }
                guard context.titleEnding[p - 1] == nil,
                      (k + 2..<p).allSatisfy({ NamedEntityFeatures.isCapitalized(document.tokens[$0].form) }),
                      !context.word[p].isDisjoint(with: GazetteerClasses.firstName) || (ownerIsAPlace && titleIsCapitalized),
                      context.phrase[p].isDisjoint(with: .place),
                      document.tokens[p].entityTag == "O" || document.tokens[p].entityTag == "B-PER" || ownerInName else { continue }
                var end = p
                while end < sentence.upperBound, end - p < 3, document.tokens[end].upos == "PROPN",
                      NamedEntityFeatures.isCapitalized(document.tokens[end].form), context.titleEnding[end] == nil,
                      document.tokens[end].entityTag == "O" || document.tokens[end].entityTag.hasSuffix("-PER") {
                    end += 1
                }
                guard end - p >= 2, end == sentence.upperBound || !document.tokens[end].entityTag.hasPrefix("I-"),
                      !(p..<min(end + 1, sentence.upperBound)).contains(where: { institutionWords.contains(context.lower[$0]) })
                else { break }
                if ownerInName {
                    document.tokens[k + 2].entityTag = "B-LOC"
                    for j in k + 3..<p { document.tokens[j].entityTag = "I-LOC" }
                }
                document.tokens[p].entityTag = "B-PER"
                for j in p + 1..<end { document.tokens[j].entityTag = "I-PER" }
                break
            }
        }
    }

    /// A person name that is only a known first name, followed by an untagged capitalised word
    /// that is no title, place, institution, weekday or month, is a first and last name the tagger
    /// cut short ("Commissioner [Stephen]PER Mold", the surname also a common noun).
    static func loneFirstNameTakesTheNextWord(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for i in sentence.lowerBound..<max(sentence.lowerBound, sentence.upperBound - 1) {
            let next = i + 1
            guard document.tokens[i].entityTag == "B-PER", document.tokens[next].entityTag == "O",
                  !context.word[i].isDisjoint(with: GazetteerClasses.firstName),
                  next + 1 >= sentence.upperBound || !document.tokens[next + 1].entityTag.hasPrefix("I-"),
                  NamedEntityFeatures.isCapitalized(document.tokens[next].form),
                  document.tokens[next].form.dropFirst().contains(where: \.isLowercase),
                  context.titleEnding[next] == nil, context.phrase[next].isDisjoint(with: .place),
                  !institutionWords.contains(context.lower[next]), !calendarWords.contains(context.lower[next])
            else { continue }
            document.tokens[next].entityTag = "I-PER"
        }
    }

    /// An organisation span of two or three capitalised words that starts with a known first name
    /// and has no organisation or institution word is a person ("[Theresa May]ORG").
    static func personNameTypedAsOrganization(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in spans(Self.organization, in: sentence, document) {
            guard startsWithAFirstName(span, document, context),
                  span.allSatisfy({ NamedEntityFeatures.isCapitalized(document.tokens[$0].form) && document.tokens[$0].upos == "PROPN" }),
                  !span.contains(where: { institutionWords.contains(context.lower[$0]) || TitleReader.organizationWords.contains(context.lower[$0]) })
            else { continue }
            document.tagName(span, as: "PER")
        }
    }

    /// True for a span of two or three words whose first is a known first name, not written as
    /// an acronym ("ISIS").
    static func startsWithAFirstName(_ span: Range<Int>, _ document: AnnotatedDocument, _ context: EntityContext) -> Bool {
        span.count >= 2 && span.count <= 3 && !context.word[span.lowerBound].isDisjoint(with: GazetteerClasses.firstName)
            && document.tokens[span.lowerBound].form.dropFirst().contains(where: \.isLowercase)
    }

    /// True for a proper noun that is no geographic or institution word ("Samba", not "Bay" or
    /// "University"): a word a person's name may have.
    static func isPlainProperName(_ i: Int, _ document: AnnotatedDocument, _ context: EntityContext) -> Bool {
        document.tokens[i].upos == "PROPN" && !institutionWords.contains(context.lower[i]) && !geographicWords.contains(context.lower[i])
    }

    /// "by the substitute [Cédric Zinsou]LOC": a place span of two or three proper nouns starting
    /// with a known first name, none of whose words any list knows as a place, with no
    /// geographic or institution word, is a person's name.
    static func givenNameTypedAsPlace(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in spans(Self.place, in: sentence, document) {
            guard startsWithAFirstName(span, document, context),
                  span.allSatisfy({
                      isPlainProperName($0, document, context) && context.word[$0].isDisjoint(with: GazetteerClasses.place)
                          && context.phrase[$0].isDisjoint(with: GazetteerClasses.place)
                  })
            else { continue }
            document.tagName(span, as: "PER")
        }
    }

    /// "[Abderrahman Samba]LOC of Qatar": a two- or three-word place span that is no known place
    /// and has no geographic or institution word, followed by "of" and a country, is a person
    /// (the athlete, the envoy) of that country.
    static func personOfACountry(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in spans(Self.place, in: sentence, document) {
            let i = span.lowerBound, end = span.upperBound
            // The whole span one known place phrase ("Santa Clara of Cuba") stays a place; a word
            // of it may be a place name on its own ("Samba").
            let knownPlace = context.phraseBegins[i] && !context.phrase[i].isDisjoint(with: .place)
                && (i + 1..<end).allSatisfy { !context.phraseBegins[$0] && !context.phrase[$0].isDisjoint(with: .place) }
            guard end - i >= 2, end - i <= 3, end + 1 < sentence.upperBound, context.lower[end] == "of", !knownPlace,
                  context.phraseBegins[end + 1], !context.phrase[end + 1].isDisjoint(with: .country),
                  span.allSatisfy({ isPlainProperName($0, document, context) })
            else { continue }
            document.tagName(span, as: "PER")
        }
    }

    /// Words that make a capitalised phrase a geographic feature or region, not a person.
    static let geographicWords: Set<String> = [
        "gulf", "bay", "sea", "ocean", "river", "lake", "mount", "mountains", "island", "islands", "province", "state",
        "region", "valley", "coast", "cape", "strait", "peninsula", "desert", "north", "south", "east", "west",
        "central", "republic", "kingdom", "capital", "port", "canal", "forest",
    ]

    /// Weekdays and months: "Trump Monday said" does not make "Monday" a surname.
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// A place name cut short inside a gazetteer place phrase ("B-LOC United, O States") is
    /// extended to the whole phrase.
    static func completePlaces(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard context.phraseBegins[i], !context.phrase[i].isDisjoint(with: .place),
                  document.tokens[i].entityTag.hasSuffix("-LOC") || document.tokens[i].entityTag.hasSuffix("-ORG") else { i += 1; continue }
            let type = String(document.tokens[i].entityTag.suffix(3))
            var end = i + 1
            while end < sentence.upperBound, context.phrase[end] == context.phrase[i], !context.phraseBegins[end] { end += 1 }
            if (i + 1..<end).allSatisfy({ document.tokens[$0].entityTag == "O" }) {
                for j in i + 1..<end { document.tokens[j].entityTag = "I-" + type }
            }
            i = end
        }
    }

    /// The words that join a title to its owner ("Ambassador to Germany").
    static let ownerMarkers: Set<String> = ["to", "of", "from", "for"]

    /// Type sets of `spans`, made once: a set literal at each call was built and hashed anew,
    /// seven times a sentence.
    static let placeOrOrganization: Set<String> = ["LOC", "ORG"]
    static let organization: Set<String> = ["ORG"]
    static let place: Set<String> = ["LOC"]

    /// The name spans of the given types in a sentence, each from its B- tag through the I- tags
    /// after it: of its own type, or of any type with `anyInside`.
    static func spans(
        _ types: Set<String>, in sentence: Range<Int>, _ document: AnnotatedDocument, anyInside: Bool = false
    ) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let tag = document.tokens[i].entityTag
            // The first byte rules out most tags ("O") before `hasPrefix`, a runtime call.
            guard tag.utf8.first == UInt8(ascii: "B"), tag.hasPrefix("B-"), types.contains(String(tag.dropFirst(2))) else { i += 1; continue }
            let inside = "I-" + tag.dropFirst(2)
            var end = i + 1
            while end < sentence.upperBound,
                  anyInside ? document.tokens[end].entityTag.hasPrefix("I-") : document.tokens[end].entityTag == inside {
                end += 1
            }
            result.append(i..<end)
            i = end
        }
        return result
    }

    static func isPersonTitle(_ match: (length: Int, entry: TitleEntry)?) -> Bool {
        guard let match else { return false }
        // One-word titles that are also common nouns in names ("General Motors", "Justice Department").
        return !["general", "justice", "chief", "head", "leader", "director", "officer", "private", "major", "chair",
                 "assistant", "manager", "secretary", "commander", "father", "speaker", "chancellor"].contains(match.entry.canonical)
    }
}
