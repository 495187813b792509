/// Rules about where a name span starts and ends, as UNER annotates names, run after the title
/// rules of `NameRules`: a regnal number is part of the name ("Henry VIII"); a nationality
/// adjective alone is no place ("Danish"); an event, law or treaty is no name, nor a name inside
/// one ("the Paris Agreement", "Treaty of Nanking", UNER's OTH); an era mark is no name ("500
/// BC"); an organisation's name goes on after "for" ("National Coalition for Men"), and over a
/// name after an "of" the tagger ended it with ("Federal University of Santa Maria"); a facility
/// named after a place is one place ("Baghdad International Airport"), an organisation goes on to
/// the word of its kind ("Amazon Web Services"); and "<people> for
/// <cause>" names an organisation ("Women for America First"); what "according to" cites is a
/// name ("according to The Verge"); a name goes on after a Romance "of" ("Banco de la República",
/// applied after the kind rules of `OrganizationsByKind`); a titled person's name is no part of
/// the institution after it ("Dr. Leo Holm of Aarhus University Hospital").
enum NameSpanRules {
    /// Roman numerals that follow a name as its number; "I" only when not read as the pronoun.
    static let romanNumerals: Set<String> = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
        "XVII", "XVIII", "XIX", "XX",
    ]

    /// Whether `form` starts with I, V or X, as every one of `romanNumerals` does: most words are
    /// ruled out by their first byte before the set hashes them.
    static func startsLikeARomanNumeral(_ form: String) -> Bool {
        let first = form.utf8.first
        return first == UInt8(ascii: "I") || first == UInt8(ascii: "V") || first == UInt8(ascii: "X")
    }

    static func apply(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        regnalNumberJoinsName(sentence, &document)
        nationalityIsNoPlace(sentence, &document, context)
        eventsAreNoNames(sentence, &document, context)
        eraIsNoName(sentence, &document)
        capitalisedInstitution(sentence, &document, context)
        organizationGoesOnAfterFor(sentence, &document, context)
        nameEndingWithOfGoesOn(sentence, &document)
        nameBeforeItsAbbreviation(sentence, &document, context)
        madeUpNameJoinedToAnOrganization(sentence, &document, context)
        facilityNamedAfterAPlace(sentence, &document, context)
        organizationGoesOnToItsKind(sentence, &document)
        hyphenJoinsAName(sentence, &document)
        ampersandJoinsAName(sentence, &document)
        pluralPossessiveInsideAName(sentence, &document)
        featureNamesArePlaces(sentence, &document)
        countryRightAfterAName(sentence, &document, context)
        countryAtTheEndIsNoPersonsName(sentence, &document, context)
        kindWordAtTheEndIsNoPersonsName(sentence, &document, context)
        peopleForACause(sentence, &document, context)
        personBeforeOfAnInstitution(sentence, &document, context)
        citedSourceIsAName(sentence, &document, context)
    }

    /// Words of institutions whose name goes on with "of" ("Ministry of Defence"; not "Mahan Air of
    /// Iran", an airline and its country).
    static let institutionsBeforeOf: Set<String> = [
        "university", "college", "school", "institute", "department", "ministry", "agency", "association",
        "council", "committee", "commission", "bank", "foundation", "society", "court", "office", "bureau",
        "academy", "center", "centre", "federation", "board", "authority", "league", "union",
    ]

    /// "the National Coalition for Men", "Center for Disease Control", "Massachusetts Institute of
    /// Technology", "Commission on Presidential Debates": an organisation's name goes on over
    /// "for", or over "of" or "on" after an institution
    /// word, and the capitalised words after it that are in no name ("and", "of" may join them;
    /// after "of" a place is taken in too, "University of [Houston]"). In EWT's training data every
    /// such "for" (9) and "of" (16) after an organisation is inside its name.
    static func organizationGoesOnAfterFor(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        func capitalised(_ i: Int) -> Bool { NamedEntityFeatures.isCapitalized(document.tokens[i].form) }
        var i = sentence.lowerBound + 1
        while i + 1 < sentence.upperBound {
            defer { i += 1 }
            let isFor = document.tokens[i].form == "for"
            let isOf = ["of", "on"].contains(document.tokens[i].form) && institutionsBeforeOf.contains(context.lower[i - 1])
            guard isFor || isOf, document.tokens[i].entityTag == "O",
                  document.tokens[i - 1].entityTag.hasSuffix("-ORG") else { continue }
            // "the Agency on February 18": "on" before a date is no part of a name.
            let next = context.lower[i + 1]
            if ValueRecognizer.months[next] != nil || ValueRecognizer.weekdays[next] != nil { continue }
            func free(_ j: Int) -> Bool {
                document.tokens[j].entityTag == "O" || (isOf && document.tokens[j].entityTag.hasSuffix("-LOC"))
            }
            var end = i + 1
            while end < sentence.upperBound, free(end) {
                if capitalised(end) { end += 1; continue }
                // "the Bar Association of Ghana and Coastwatch": after a place, "and" starts a list,
                // unless another place follows ("the High Court of England and Wales").
                let listAfterAPlace = end + 1 < sentence.upperBound && document.tokens[end].form == "and"
                    && document.tokens[end - 1].entityTag.hasSuffix("-LOC")
                    && !document.tokens[end + 1].entityTag.hasSuffix("-LOC") && context.phrase[end + 1].isDisjoint(with: .place)
                let joins = ["and", "of"].contains(document.tokens[end].form) && !listAfterAPlace
                if joins, end + 1 < sentence.upperBound, capitalised(end + 1), free(end + 1) { end += 1; continue }
                break
            }
            // A place taken in whole, not cut off at its end.
            guard end > i + 1, capitalised(end - 1),
                  end == sentence.upperBound || !document.tokens[end].entityTag.hasPrefix("I-") else { continue }
            for j in i..<end { document.tokens[j].entityTag = "I-ORG" }
            i = end - 1
        }
    }

    /// "[Federal University of] [Santa Maria]LOC": an organisation's name the tagger ended with
    /// "of", "for" or "on" goes on over the name or capitalised words right after it; with none
    /// after it, the word is cut off. No name ends with such a word.
    static func nameEndingWithOfGoesOn(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        for span in NameRules.spans(["ORG"], in: sentence, document) {
            let last = span.upperBound - 1
            guard span.count >= 2, ["of", "for", "on"].contains(document.tokens[last].form) else { continue }
            var end = span.upperBound
            if end < sentence.upperBound, document.tokens[end].entityTag.hasPrefix("B-") {
                end += 1
                while end < sentence.upperBound, document.tokens[end].entityTag.hasPrefix("I-") { end += 1 }
            } else {
                while end < sentence.upperBound, document.tokens[end].entityTag == "O",
                      NamedEntityFeatures.isCapitalized(document.tokens[end].form), document.tokens[end].upos == "PROPN" {
                    end += 1
                }
            }
            if end > span.upperBound {
                document.tagName(span.lowerBound..<end, as: "ORG")
            } else {
                document.tokens[last].entityTag = "O"
            }
        }
    }

    /// "[Ferrovías] del Norte Argentino", "[Banco] de la República": a name followed by a
    /// Romance "of" ("de", "del", "da", "di", "do", "dos", "du", and "de la", "de los") and
    /// capitalised words goes on through them, whatever the tagger made of those words on their
    /// own ("Norte Argentino" as a person): no name starts with such a particle.
    static func nameGoesOnAfterARomanceParticle(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        func capitalised(_ i: Int) -> Bool { NamedEntityFeatures.isCapitalized(document.tokens[i].form) }
        var i = sentence.lowerBound + 1
        while i + 1 < sentence.upperBound {
            defer { i += 1 }
            let before = document.tokens[i - 1].entityTag
            guard romanceParticles.contains(document.tokens[i].form), document.tokens[i].entityTag == "O", before != "O",
                  case let type = String(before.dropFirst(2)), ["ORG", "LOC", "PER"].contains(type) else { continue }
            var start = i + 1
            if start < sentence.upperBound, romanceArticles.contains(document.tokens[start].form), document.tokens[start].entityTag == "O" {
                start += 1
            }
            var end = start
            while end < sentence.upperBound, capitalised(end) { end += 1 }
            // A name taken in whole, not cut off at its end.
            guard end > start, end == sentence.upperBound || !document.tokens[end].entityTag.hasPrefix("I-") else { continue }
            for j in i..<end { document.tokens[j].entityTag = "I-" + type }
            i = end - 1
        }
    }

    /// Romance words for "of" inside names, and the articles that may follow them.
    static let romanceParticles: Set<String> = ["de", "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "du", "des"]
    static let romanceArticles: Set<String> = ["la", "las", "los", "le", "les", "l'"]

    /// Last words of facilities, which UNER marks as places with their whole name (not streets:
    /// EWT leaves those outside names).
    static let facilityWords: Set<String> = [
        "Airport", "Airfield", "Station", "Stadium", "Park", "Bridge", "Palace", "Tower", "Harbour", "Harbor",
        "Canal", "Dam", "Cathedral",
    ]

    /// "[Baghdad] International Airport", "[Yellowstone] National Park": a place name followed by
    /// capitalised words outside names that end with a facility word, and name no other place, is
    /// the facility's name.
    static func facilityNamedAfterAPlace(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        var i = sentence.lowerBound + 1
        while i < sentence.upperBound {
            defer { i += 1 }
            guard document.tokens[i].entityTag == "O", document.tokens[i - 1].entityTag.hasSuffix("-LOC") else { continue }
            var end = i
            while end < sentence.upperBound, document.tokens[end].entityTag == "O",
                  NamedEntityFeatures.isCapitalized(document.tokens[end].form) { end += 1 }
            // The words before the facility word name no other place ("[Norway] Oslo Harbour").
            guard end > i, facilityWords.contains(document.tokens[end - 1].form),
                  (i..<end - 1).allSatisfy({ context.phrase[$0].isDisjoint(with: .place) }) else { continue }
            for j in i..<end { document.tokens[j].entityTag = "I-LOC" }
            i = end - 1
        }
    }

    /// Last words of company and institution names that say what kind of organisation it is.
    static let organizationKindWords: Set<String> = [
        "Services", "Systems", "Group", "Corporation", "Holdings", "Technologies", "Networks", "Airlines",
        "Airways", "Communications", "Industries", "Partners", "Associates", "Enterprises", "Entertainment",
        "Pictures", "Studios", "Laboratories", "Labs", "Solutions", "Software", "Institution", "Foundation",
        "Pharma", "Pharmaceuticals", "Motors", "Logistics", "Shipping", "Maritime", "Insurance", "Investments",
        "Consulting", "Construction", "Engineering", "Telecom", "Bank",
    ]

    /// "[Amazon] Web Services", "[Sony] Pictures Entertainment": an organisation name followed by
    /// capitalised words outside names that end with a word of an organisation's kind is one name.
    static func organizationGoesOnToItsKind(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        var i = sentence.lowerBound + 1
        while i < sentence.upperBound {
            defer { i += 1 }
            guard document.tokens[i].entityTag == "O", document.tokens[i - 1].entityTag.hasSuffix("-ORG") else { continue }
            var end = i
            while end < sentence.upperBound, end - i < 3, document.tokens[end].entityTag == "O",
                  NamedEntityFeatures.isCapitalized(document.tokens[end].form) { end += 1 }
            guard end > i, organizationKindWords.contains(document.tokens[end - 1].form) else { continue }
            for j in i..<end { document.tokens[j].entityTag = "I-ORG" }
            i = end - 1
        }
    }

    /// "The [Las Vegas Review]-[Journal]", "[Jean]-Pierre": an organisation or person name, a
    /// hyphen with no space on either side and a capitalised word are one name, of the first
    /// name's type (places stay apart: "Russia-Ukraine talks"); so are a person's name, a hyphen
    /// and the lower-case syllable of a Korean given name ("[Park Jin]-woo").
    static func hyphenJoinsAName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        var i = sentence.lowerBound + 1
        while i + 1 < sentence.upperBound {
            defer { i += 1 }
            let (before, after) = (document.tokens[i - 1], document.tokens[i + 1])
            guard document.isJoiningHyphen(i), before.entityTag != "O", case let type = String(before.entityTag.dropFirst(2)), type == "ORG" || type == "PER",
                  NamedEntityFeatures.isCapitalized(after.form) || (type == "PER" && isLowerCaseNameSyllable(after.form)),
                  after.entityTag == "O" || after.entityTag == "B-" + type else { continue }
            document.tokens[i].entityTag = "I-" + type
            var j = i + 1
            repeat {
                document.tokens[j].entityTag = "I-" + type
                j += 1
            } while j < sentence.upperBound && document.tokens[j].entityTag == "I-" + type
        }
    }

    /// The lower-case second syllable of a Korean given name ("Park Jin-woo", "Lee Kyung-ho"): two
    /// to five letters, not a word that makes a compound with a name ("Obama-era", "Seoul-based",
    /// "Kim-led": those end in "-ed" or are listed).
    static func isLowerCaseNameSyllable(_ form: String) -> Bool {
        (2...5).contains(form.count) && form.allSatisfy({ $0.isLowercase && $0.isLetter }) && !form.hasSuffix("ed")
            && !compoundWordsAfterANameHyphen.contains(form)
    }

    /// Words written after a name and a hyphen that make a compound with it, not a longer name.
    static let compoundWordsAfterANameHyphen: Set<String> = [
        "era", "elect", "style", "like", "born", "run", "type", "free", "wide", "owned", "proof", "only", "class",
        "made", "bound", "level", "size", "long", "old", "year", "day", "week", "man", "woman", "led", "based",
    ]

    /// "The State Water and [Environment Council]": capitalised words outside names, after a
    /// determiner, an owner's "'s" or at the start of the sentence, joined by "and" to an organisation whose last
    /// word is a kind of institution, name it with the organisation: both modify that word (unless
    /// they end with such a word themselves).
    static func coordinatedModifiersOfAnInstitution(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        func capitalised(_ i: Int) -> Bool { NamedEntityFeatures.isCapitalized(document.tokens[i].form) }
        for and in sentence.dropFirst() where context.lower[and] == "and" && document.tokens[and].entityTag == "O" {
            guard and + 1 < sentence.upperBound, document.tokens[and + 1].entityTag == "B-ORG" else { continue }
            var last = and + 1
            while last + 1 < sentence.upperBound, document.tokens[last + 1].entityTag == "I-ORG" { last += 1 }
            guard NamedEntityFeatures.organizationWords.contains(context.lower[last]) else { continue }
            var first = and
            // Nouns only: "the Democratic and Republican Party's primaries" names two parties.
            while first - 1 >= sentence.lowerBound, capitalised(first - 1), document.tokens[first - 1].entityTag == "O",
                  !openingDeterminers.contains(context.lower[first - 1]), ["NOUN", "PROPN"].contains(document.tokens[first - 1].upos) {
                first -= 1
            }
            // "the Court and National Assembly": a word of an institution before "and" names one of its own.
            // After a determiner, the sentence's start, or an owner ("Britain's Competition and
            // Markets Authority").
            guard first < and, first == sentence.lowerBound || openingDeterminers.contains(context.lower[first - 1])
                    || document.tokens[first - 1].xpos == "POS",
                  !NamedEntityFeatures.organizationWords.contains(context.lower[and - 1]) else { continue }
            document.tagName(first..<last + 1, as: "ORG")
        }
    }

    /// Determiners that open a name's phrase.
    private static let openingDeterminers: Set<String> = ["the", "a", "an", "its", "their", "his", "her"]

    /// "the engineering firm [Holm] & [Krogh]", "Procter & Gamble": capitalised words joined by
    /// "&" are one company's name (people are joined by "and"), the name before it stretched over
    /// the capitalised words after it.
    static func ampersandJoinsAName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        for i in sentence where i > sentence.lowerBound && i + 1 < sentence.upperBound && document.tokens[i].form == "&" {
            let (before, after) = (document.tokens[i - 1], document.tokens[i + 1])
            guard NamedEntityFeatures.isCapitalized(before.form), NamedEntityFeatures.isCapitalized(after.form),
                  before.entityTag != "O" || after.entityTag != "O" else { continue }
            var start = i - 1
            while start > sentence.lowerBound, document.tokens[start].entityTag.hasPrefix("I-") { start -= 1 }
            if document.tokens[start].entityTag == "O" { start = i - 1 }
            var end = i + 2
            while end < sentence.upperBound, document.tokens[end].entityTag.hasPrefix("I-")
                    || (document.tokens[end].entityTag == "O" && NamedEntityFeatures.isCapitalized(document.tokens[end].form)) {
                end += 1
            }
            document.tagName(start..<end, as: "ORG")
        }
    }

    /// "the Northern Nurses' Union", "the Kurdistan Workers' Party": a name ending with a plural,
    /// its possessive apostrophe (tagged POS) and capitalised words are one organisation, which the
    /// tagger split at the apostrophe ("[Northern Nurses]ORG' Union").
    static func pluralPossessiveInsideAName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        for i in sentence where i > sentence.lowerBound && i + 1 < sentence.upperBound
            && document.tokens[i].xpos == "POS" && (document.tokens[i].form == "'" || document.tokens[i].form == "\u{2019}") {
            let (before, after) = (document.tokens[i - 1], document.tokens[i + 1])
            guard before.entityTag != "O", NamedEntityFeatures.isCapitalized(before.form), before.form.hasSuffix("s"),
                  NamedEntityFeatures.isCapitalized(after.form), ["PROPN", "NOUN"].contains(after.upos) else { continue }
            var start = i - 1
            while start > sentence.lowerBound, document.tokens[start].entityTag.hasPrefix("I-") { start -= 1 }
            var end = i + 2
            while end < sentence.upperBound, document.tokens[end].entityTag.hasPrefix("I-")
                    || (document.tokens[end].entityTag == "O" && NamedEntityFeatures.isCapitalized(document.tokens[end].form)
                        && ["PROPN", "NOUN"].contains(document.tokens[end].upos)) {
                end += 1
            }
            document.tagName(start..<end, as: "ORG")
        }
    }

    /// Words that open the name of a natural feature ("Mount Baturaja", "Lake Flinwin").
    static let featureWords: Set<String> = ["mount", "mt", "lake", "cape", "gulf", "isle", "glacier", "volcano"]

    /// "[Mount Baturaja]PER, a 2,150-metre volcano": no person's name opens with "Mount" or "Lake";
    /// a person span that does is a place.
    static func featureNamesArePlaces(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        for span in document.personSpans(in: sentence)
        where featureWords.contains(document.tokens[span.lowerBound].form.lowercased().trimmingCharacters(in: ["."])) {
            document.tagName(span, as: "LOC")
        }
    }

    /// "[Norvalis Pharma]PER is recalling", "[Suryan Laboratories]PER": a name of two or more words
    /// that ends with a word of an organisation's kind that is no surname is a company's, not a
    /// person's.
    static func kindWordAtTheEndIsNoPersonsName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in document.personSpans(in: sentence) where span.count >= 2 {
            let last = span.upperBound - 1
            if organizationKindWords.contains(document.tokens[last].form), context.word[last].isDisjoint(with: GazetteerClasses.lastName) {
                document.tagName(span, as: "ORG")
            }
        }
    }

    /// "organised by [Summit Peaks]PER [Nepal]LOC, a Kathmandu-based company": a person's or
    /// organisation's name of two or more words right before a country's name, with nothing
    /// between, is one company's name ending with the country ("Garuda Indonesia").
    static func countryRightAfterAName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for type in ["PER", "ORG"] {
            for span in document.nameSpans(of: type, in: sentence) where span.count >= 2 {
                let country = span.upperBound
                guard country < sentence.upperBound, document.tokens[country].entityTag == "B-LOC",
                      country + 1 == sentence.upperBound || document.tokens[country + 1].entityTag != "I-LOC",
                      context.word[country].contains(.country) else { continue }
                document.tagName(span.lowerBound..<(country + 1), as: "ORG")
            }
        }
    }

    /// "[Garuda Indonesia]PER and Lion Air said": a name of two or more words that ends with a
    /// country's name that is no given name or surname ("Chad", "Jordan", "Israel" are) is a
    /// company's or an institution's ("Bank Indonesia", "Telkom Indonesia"), not a person's.
    static func countryAtTheEndIsNoPersonsName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for span in document.personSpans(in: sentence) where span.count >= 2 {
            let last = span.upperBound - 1
            if context.word[last].contains(.country),
               context.word[last].isDisjoint(with: GazetteerClasses.firstName.union(GazetteerClasses.lastName)) {
                document.tagName(span, as: "ORG")
            }
        }
    }

    /// "a rally organized by Women for [America] First", "Veterans for Peace": a capitalised plural
    /// noun of people inside a sentence, "for" and capitalised words (outside names, or a place)
    /// name an organisation, the usual form of an advocacy group's name.
    static func peopleForACause(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        func capitalised(_ i: Int) -> Bool { NamedEntityFeatures.isCapitalized(document.tokens[i].form) }
        var i = sentence.lowerBound + 1
        while i + 2 < sentence.upperBound {
            defer { i += 1 }
            guard context.isPersonPlural[i], capitalised(i), !capitalised(i - 1), document.tokens[i].entityTag == "O",
                  context.lower[i + 1] == "for", document.tokens[i + 1].entityTag == "O" else { continue }
            var end = i + 2
            while end < sentence.upperBound, capitalised(end),
                  document.tokens[end].entityTag == "O" || document.tokens[end].entityTag.hasSuffix("-LOC") { end += 1 }
            // The words after "for" must be a whole run: no name going on past them.
            guard end > i + 2, end == sentence.upperBound || !document.tokens[end].entityTag.hasPrefix("I-") else { continue }
            document.tokens[i].entityTag = "B-ORG"
            for j in i + 1..<end { document.tokens[j].entityTag = "I-ORG" }
            i = end - 1
        }
    }

    /// Era marks written after a year.
    static let eras: Set<String> = ["BC", "AD", "BCE", "CE", "B.C.", "A.D.", "B.C.E.", "C.E."]

    /// Whether `form` starts with A, B or C, as every era mark does: most words are ruled out
    /// by their first byte before the set hashes them.
    static func startsLikeAnEra(_ form: String) -> Bool {
        guard let first = form.utf8.first else { return false }
        return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "C")
    }

    /// Words of time spans that an era mark follows ("the 5th century BC").
    static let eraSpans: Set<String> = ["century", "centuries", "millennium", "millennia"]

    /// "500 BC", "AD 79", "the 5th century BC": an era mark next to a number or after "century" is
    /// part of a date, not an organisation or a place (British Columbia).
    static func eraIsNoName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        func isNumber(_ i: Int) -> Bool {
            sentence.contains(i) && document.tokens[i].form.first?.isNumber == true
        }
        func isSpan(_ i: Int) -> Bool { sentence.contains(i) && eraSpans.contains(document.tokens[i].form.lowercased()) }
        for i in sentence where startsLikeAnEra(document.tokens[i].form) && eras.contains(document.tokens[i].form)
            && (isNumber(i - 1) || isNumber(i + 1) || isSpan(i - 1)) {
            let tag = document.tokens[i].entityTag
            // Only a name of the era mark alone.
            let inside = i + 1 < sentence.upperBound && document.tokens[i + 1].entityTag.hasPrefix("I-")
            guard tag.hasPrefix("B-"), !inside else { continue }
            document.tokens[i].entityTag = "O"
        }
    }

    /// Last words of the names of events, laws, treaties and prizes.
    static let eventWords: Set<String> = [
        "war", "revolution", "games", "olympics", "cup", "championship", "championships", "award", "awards",
        "prize", "treaty", "act", "agreement", "accord", "accords", "festival", "inquisition",
    ]
    /// Event words that start such a name before "of" ("Treaty of Versailles", "Battle of Hastings").
    static let eventHeads: Set<String> = ["treaty", "battle", "siege", "war", "peace", "act"]

    /// "the Paris Agreement", "the Davis Cup", "the Industrial Revolution", "the Treaty of Nanking":
    /// a name span that ends with an event word (unless an organisation word precedes it, "Council
    /// for Islamic Revolution"), that is followed by capitalised words ending with one, or that
    /// follows a capitalised event word and "of", is no name.
    static func eventsAreNoNames(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        let tags = sentence.map { document.tokens[$0].entityTag }
        func capitalised(_ i: Int) -> Bool { NamedEntityFeatures.isCapitalized(document.tokens[i].form) }
        for span in EntityLabel.spans(tags) {
            let range = (sentence.lowerBound + span.range.lowerBound)..<(sentence.lowerBound + span.range.upperBound)
            let last = range.upperBound - 1
            var isEvent = eventWords.contains(context.lower[last]) && capitalised(last)
                && !range.dropLast().contains { NamedEntityFeatures.organizationWords.contains(context.lower[$0]) }
            // Capitalised words after the span that end with an event word.
            var j = range.upperBound
            while j < sentence.upperBound, capitalised(j), tags[j - sentence.lowerBound] == "O" {
                if eventWords.contains(context.lower[j]) { isEvent = true; break }
                j += 1
            }
            let start = range.lowerBound
            if start - 2 >= sentence.lowerBound, context.lower[start - 1] == "of", capitalised(start - 2),
               eventHeads.contains(context.lower[start - 2]) { isEvent = true }
            guard isEvent else { continue }
            for i in range { document.tokens[i].entityTag = "O" }
        }
    }

    /// "Thutmose III", "Edward IV": a Roman numeral right after a person name (outside any name
    /// itself) ends that name. "I" counts only where the tagger did not read it as the pronoun.
    static func regnalNumberJoinsName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument) {
        for i in sentence.dropFirst() where document.tokens[i].entityTag == "O" && startsLikeARomanNumeral(document.tokens[i].form)
            && romanNumerals.contains(document.tokens[i].form) {
            let before = document.tokens[i - 1].entityTag
            guard before.hasSuffix("-PER") else { continue }
            if document.tokens[i].form == "I" && document.tokens[i].upos == "PRON" { continue }
            document.tokens[i].entityTag = "I-PER"
        }
    }

    /// A place span that is nothing but a nationality adjective ("Danish", "North Korean") is
    /// no name: UNER marks the country, not its adjective. Organisation spans are left alone
    /// ("Iraqi" for its government).
    static func nationalityIsNoPlace(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        let tags = sentence.map { document.tokens[$0].entityTag }
        for span in EntityLabel.spans(tags) where span.type == "LOC" {
            let range = (sentence.lowerBound + span.range.lowerBound)..<(sentence.lowerBound + span.range.upperBound)
            // The span is one whole gazetteer phrase, a nationality and no place.
            let end = range.upperBound
            guard context.phraseBegins[range.lowerBound],
                  range.allSatisfy({ context.phrase[$0].contains(.demonym) && context.phrase[$0].isDisjoint(with: .place) }),
                  range.dropFirst().allSatisfy({ !context.phraseBegins[$0] }),
                  end == sentence.upperBound || context.phraseBegins[end] || context.phrase[end].isEmpty else { continue }
            for i in range { document.tokens[i].entityTag = "O" }
        }
    }

    /// "..., according to The Guardian.", "according to Reuters and NBC": capitalised words right
    /// after "according to" that the tagger left outside names name the cited source, an
    /// organisation (a person's name the tagger knows already); a capital "The" stays outside the
    /// name, a lower-case "the" means no name follows ("according to the New Testament").
    static func citedSourceIsAName(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        func capitalised(_ i: Int) -> Bool { NamedEntityFeatures.isCapitalized(document.tokens[i].form) }
        var i = sentence.lowerBound + 2
        while i < sentence.upperBound {
            defer { i += 1 }
            guard context.lower[i - 2] == "according", context.lower[i - 1] == "to" else { continue }
            var start = i
            // A capital "The" belongs to a title ("The Verge"); "the New Testament" is no source's name.
            if context.lower[start] == "the" {
                guard document.tokens[start].form == "The", start + 1 < sentence.upperBound else { continue }
                start += 1
            }
            var end = start
            while end < sentence.upperBound, end - start < 4, capitalised(end), document.tokens[end].entityTag == "O" { end += 1 }
            // The whole run, ending the phrase: not the start of a longer name the tagger found, nor
            // a modifier ("according to Christian belief").
            guard end > start, end == sentence.upperBound || document.tokens[end].upos == "PUNCT" else { continue }
            document.tokens[start].entityTag = "B-ORG"
            for j in (start + 1)..<end { document.tokens[j].entityTag = "I-ORG" }
            i = end - 1
        }
    }
}
