import FactModel

/// Finds typed values by rule: money, percentages, times, dates, ages, durations, quantities,
/// ordinals, scores (`ValueRecognizer+Scores.swift`) and plain numbers, each with a normalized
/// form. Relative dates ("earlier this year") are kept as written (`rel:` + the phrase) until the
/// document date is known.
struct ValueRecognizer {
    static let approximations: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
        ["as", "many", "as"], ["as", "much", "as"], ["an", "estimated"], ["just", "over"], ["just", "under"],
        ["nearly"], ["almost"], ["about"], ["around"], ["roughly"], ["approximately"], ["some"], ["over"],
        ["under"], ["about"], ["close", "to"], ["upwards", "of"], ["an", "additional"], ["another"],
    ]
    /// The first words of `approximations`: a word outside it starts none, found with one lookup
    /// instead of a comparison with each (half a million comparisons over EWT test).
    static let approximationStarts = Set(approximations.map { $0[0] })
    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
        "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "francs": "CHF",
        "zloty": "PLN", "zlotys": "PLN", "rubles": "RUB", "roubles": "RUB", "pesos": "MXN", "won": "KRW",
        "gbp": "GBP", "sterling": "GBP", "kronor": "SEK", "krone": "NOK", "kroner": "DKK", "rand": "ZAR",
        "lira": "TRY", "shekels": "ILS", "naira": "NGN", "reais": "BRL", "rial": "IRR", "rials": "IRR",
        "soles": "PEN", "bolivianos": "BOB", "lei": "RON", "forint": "HUF", "forints": "HUF", "koruna": "CZK",
        "korunas": "CZK", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "shillings": "KES", "cedis": "GHS",
        "hryvnias": "UAH", "hryvnia": "UAH", "dinars": "DZD", "dirhams": "AED", "riyals": "SAR", "taka": "BDT",
        "kwacha": "ZMW", "dong": "VND", "kip": "LAK", "tenge": "KZT", "lari": "GEL",
    ]
    /// Currencies named with their country's adjective, whose bare word means another.
    static let qualifiedCurrencies: [String: String] = [
        "canadian dollars": "CAD", "australian dollars": "AUD", "new zealand dollars": "NZD", "singapore dollars": "SGD",
        "hong kong dollars": "HKD", "taiwan dollars": "TWD", "swiss francs": "CHF", "swedish kronor": "SEK",
        "swedish krona": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK", "icelandic kronur": "ISK",
        "mexican pesos": "MXN", "argentine pesos": "ARS", "colombian pesos": "COP", "chilean pesos": "CLP",
        "philippine pesos": "PHP", "indian rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
        "brazilian reais": "BRL", "south african rand": "ZAR", "turkish lira": "TRY", "egyptian pounds": "EGP",
        "japanese yen": "JPY", "chinese yuan": "CNY", "russian rubles": "RUB", "nigerian naira": "NGN",
    ]
    /// The last words of `qualifiedCurrencies`' names ("kronor", "dollars").
    static let qualifiedCurrencyLastWords = Set(qualifiedCurrencies.keys.compactMap { $0.split(separator: " ").last.map(String.init) })
    static let currencySymbols: [String: String] = [
        "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD", "a$": "AUD", "hk$": "HKD",
        "₹": "INR", "₩": "KRW",
    ]
    /// Currency codes and letter symbols written before an amount, apart ("CHF 20 million",
    /// "Rs 500") or joined ("RM150 million"). Only codes that are no English word.
    static let currencyCodes: [String: String] = [
        "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "isk": "ISK", "pln": "PLN", "czk": "CZK",
        "huf": "HUF", "eur": "EUR", "usd": "USD", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
        "inr": "INR", "zar": "ZAR", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "kes": "KES", "ksh": "KES",
        "ngn": "NGN", "brl": "BRL", "mxn": "MXN", "rub": "RUB", "uah": "UAH", "krw": "KRW", "sgd": "SGD",
        "hkd": "HKD", "myr": "MYR", "rm": "MYR", "idr": "IDR", "rp": "IDR", "thb": "THB", "egp": "EGP",
        "aed": "AED", "sar": "SAR", "ils": "ILS", "rs": "INR",
    ]
    /// Country letters written onto "$" ("US$500" is tokenized "US", "$", "500").
    static let currencyPrefixes: [String: String] = ["us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD"]
    static let months: [String: Int] = [
        "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "mar.": 3,
        "april": 4, "apr.": 4, "apr": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7, "august": 8,
        "aug.": 8, "aug": 8, "september": 9, "sept.": 9, "sep.": 9, "sept": 9, "october": 10, "oct.": 10,
        "oct": 10, "november": 11, "nov.": 11, "nov": 11, "december": 12, "dec.": 12, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    /// Duration units with their ISO 8601 designator; time units take a "T".
    static let durationUnits: [String: String] = [
        "second": "S", "seconds": "S", "minute": "M", "minutes": "M", "hour": "H", "hours": "H",
        "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
        "year": "Y", "years": "Y", "decade": "10Y", "decades": "10Y", "century": "100Y", "centuries": "100Y",
    ]
    static let quantityUnits: Set<String> = [
        "m", "km", "cm", "mm", "metres", "meters", "metre", "meter", "kilometres", "kilometers", "kilometre",
        "kilometer", "miles", "mile", "mi", "ft", "feet", "foot", "inches", "inch", "yards", "yard", "kg",
        "kilograms", "kilogram", "g", "grams", "gram", "tonnes", "tonne", "tons", "ton", "pounds", "lbs",
        "lb", "ounces", "oz", "litres", "liters", "litre", "liter", "gallons", "gallon", "barrels", "acres",
        "hectares", "degrees", "°c", "°f", "mph", "km/h", "kph", "mw", "gw", "kw", "kwh", "square",
        "cubic", "knots", "parsecs", "parsec",
    ]
    static let relativeUnits: Set<String> = [
        "year", "month", "week", "weekend", "morning", "afternoon", "evening", "night", "summer", "winter",
        "spring", "fall", "autumn", "decade", "century", "season", "quarter", "term", "session",
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10,
    ]

    /// The value spans of one sentence. `blocked` marks tokens inside names; `names` are the
    /// sentence's person spans (for "Adamowicz, 53,").
    func values(
        sentence: Range<Int>, document: AnnotatedDocument, lower: [String], blocked: [Bool],
        personSpans: [Range<Int>]
    ) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var i = sentence.lowerBound
        let end = sentence.upperBound
        while i < end {
            if blocked[i] || !Self.mayStartAnyValue(lower[i]) { i += 1; continue }
            if let found = value(at: i, end: end, document: document, lower: lower, blocked: blocked, personSpans: personSpans) {
                spans.append(found)
                i = found.tokens.upperBound
            } else {
                i += 1
            }
        }
        return spans
    }

    /// A value starting at `start`: an optional approximation, then the value itself.
    func value(
        at start: Int, end: Int, document: AnnotatedDocument, lower: [String], blocked: [Bool], personSpans: [Range<Int>]
    ) -> EntitySpan? {
        var approximation: String? = nil
        var i = start
        // Word by word: no array is made for each token and approximation.
        if Self.approximationStarts.contains(lower[start]) {
            for words in Self.approximations where i + words.count < end && lower[i] == words[0] {
                if words.indices.allSatisfy({ lower[i + $0] == words[$0] }) {
                    approximation = words.joined(separator: " ")
                    i += words.count
                    break
                }
            }
        }
        guard var span = bare(at: i, end: end, document: document, lower: lower, blocked: blocked, personSpans: personSpans)
        else { return nil }
        if let approximation, span.value?.kind != .date, span.value?.kind != .time {
            span.tokens = start..<span.tokens.upperBound
            span.value?.approximation = approximation
            span.value?.text = document.text(ofTokens: span.tokens)
        }
        return span
    }

    /// A value without approximation words starting at `i`.
    func bare(
        at i: Int, end: Int, document: AnnotatedDocument, lower: [String], blocked: [Bool], personSpans: [Range<Int>]
    ) -> EntitySpan? {
        func make(_ kind: ValueKind, _ range: Range<Int>, _ normalized: String, _ amount: Double?) -> EntitySpan {
            EntitySpan(tokens: range, type: .value(kind), value: TypedValue(
                kind: kind, text: document.text(ofTokens: range), normalized: normalized, amount: amount))
        }
        let word = lower[i]
        guard Self.mayStartValue(word) || (Self.currencyPrefixes[word] != nil && i + 1 < end && lower[i + 1] == "$") else { return nil }
        func free(_ range: Range<Int>) -> Bool { range.upperBound <= end && !range.contains { blocked[$0] } }

        // Money with a leading symbol: "$4.1 billion", "US$ 20", "€5m"; "US$500" in two tokens.
        var prefix = 0
        var symbolCurrency = Self.currencySymbols[word]
        if let currency = Self.currencyPrefixes[word], i + 2 < end, lower[i + 1] == "$", document.isJoinedToNext(i) {
            prefix = 1
            symbolCurrency = currency
        }
        if let currency = symbolCurrency, i + prefix + 1 < end, let number = NumberReader.read(lower, at: i + prefix + 1, end: end) {
            var length = prefix + 1 + number.length
            var amount = number.value
            if i + length < end, lower[i + length] == "m" || lower[i + length] == "bn" {
                amount *= lower[i + length] == "m" ? 1e6 : 1e9
                length += 1
            }
            return make(.money, i..<i + length, NumberReader.format(amount) + " " + currency, amount)
        }
        if let money = codeMoney(at: i, end: end, document: document, lower: lower), free(money.range) {
            return make(.money, money.range, NumberReader.format(money.amount) + " " + money.currency, money.amount)
        }
        // A four-digit clock time with its zone ("1930 UTC") is not a year.
        if let time = zonedClockTime(at: i, end: end, lower: lower), free(time.range) {
            return make(.time, time.range, time.normalized, nil)
        }
        // Relative and named dates that begin with a word.
        if let date = date(at: i, end: end, lower: lower, document: document), free(date.range) {
            return make(.date, date.range, date.normalized, nil)
        }
        // Times: "8:30 p.m.", "8 p.m.", "noon".
        if word == "noon" || word == "midnight" {
            return make(.time, i..<i + 1, word == "noon" ? "T12:00" : "T00:00", nil)
        }
        if let time = clockTime(at: i, end: end, lower: lower) {
            return make(.time, time.range, time.normalized, nil)
        }
        // Ordinals: "116th", "21st", and the word ordinals used as adjectives.
        if let ordinal = ordinal(word), document.tokens[i].upos != "PROPN" {
            return make(.ordinal, i..<i + 1, String(ordinal), Double(ordinal))
        }
        // "19-year-old" written as one token.
        if word.hasSuffix("-year-old") || word.hasSuffix("-years-old"),
           let age = NumberReader.word(String(word.prefix { $0 != "-" })) {
            return make(.age, i..<i + 1, NumberReader.format(age), age)
        }
        guard let number = NumberReader.read(lower, at: i, end: end), !isCodeSuffix(at: i, document: document) else { return nil }
        var j = i + number.length
        if let score = score(at: i, numberEnd: j, end: end, document: document, lower: lower), free(score.range) {
            return make(.score, score.range, score.normalized, nil)
        }
        let amount = number.value
        let next = j < end ? lower[j] : ""
        // "a one-off payment", "a one-time fee": an adjective, not a count.
        if amount == 1, number.length == 1, next == "-", j + 1 < end, lower[j + 1] == "off" || lower[j + 1] == "time" { return nil }
        // Percentages: "5%", "5 percent", "5 per cent", "5 percentage points".
        if next == "%" || next == "percent" || next == "pct" || next == "percentage" {
            j += next == "percentage" && j + 1 < end && lower[j + 1] == "points" ? 2 : 1
            return make(.percent, i..<j, NumberReader.format(amount) + "%", amount)
        }
        if next == "per", j + 1 < end, lower[j + 1] == "cent" {
            return make(.percent, i..<j + 2, NumberReader.format(amount) + "%", amount)
        }
        // Money with a following currency word: "20,000 euros", "5 million pounds sterling",
        // "8 million Swedish kronor", "40 New Zealand dollars".
        // The last word is looked up first: most numbers are followed by no currency at all, and
        // joining the words cost a string per number.
        for length in [3, 2] where j + length <= end && Self.qualifiedCurrencyLastWords.contains(lower[j + length - 1]) {
            if let currency = Self.qualifiedCurrencies[lower[j..<j + length].joined(separator: " ")] {
                return make(.money, i..<j + length, NumberReader.format(amount) + " " + currency, amount)
            }
        }
        if let currency = Self.currencyWords[next] {
            return make(.money, i..<j + 1, NumberReader.format(amount) + " " + currency, amount)
        }
        if next == "pounds", j + 1 < end, lower[j + 1] == "sterling" {
            return make(.money, i..<j + 2, NumberReader.format(amount) + " GBP", amount)
        }
        // Ages: "19 - year - old", "53 years old", "aged 53", "at the age of 99", "Adamowicz, 53,".
        if next == "-", j + 3 < end, lower[j + 1] == "year" || lower[j + 1] == "years", lower[j + 2] == "-", lower[j + 3] == "old" {
            return make(.age, i..<j + 4, NumberReader.format(amount), amount)
        }
        if (next == "years" || next == "year"), j + 1 < end, lower[j + 1] == "old" {
            return make(.age, i..<j + 2, NumberReader.format(amount), amount)
        }
        if i >= 3, lower[i - 1] == "of", lower[i - 2] == "age", lower[i - 3] == "the", amount < 130 {
            return make(.age, i..<j, NumberReader.format(amount), amount)
        }
        if i > 0, lower[i - 1] == "aged" || isAgeApposition(i, j, end: end, lower: lower, personSpans: personSpans) {
            return make(.age, i..<j, NumberReader.format(amount), amount)
        }
        // "27 light - years": a distance, though it ends in "years".
        if next == "light", j + 2 < end, lower[j + 1] == "-", lower[j + 2] == "years" || lower[j + 2] == "year" {
            return make(.quantity, i..<j + 3, NumberReader.format(amount) + " light-years", amount)
        }
        // Durations: "three years", "10 days", "a two - hour"; "three years ago" is a date.
        let hyphenated = next == "-" && j + 1 < end
        let unitWord = hyphenated ? lower[j + 1] : next
        if let designator = Self.durationUnits[unitWord] {
            let unitEnd = hyphenated ? j + 2 : j + 1
            if unitEnd < end, lower[unitEnd] == "ago" {
                return make(.date, i..<unitEnd + 1, "rel:" + lower[i...unitEnd].joined(separator: " "), nil)
            }
            let time = designator == "S" || designator == "H" || (designator == "M" && unitWord.hasPrefix("min"))
            let count = designator.hasSuffix("0Y") ? amount * (designator == "10Y" ? 10 : 100) : amount
            let unit = designator.hasSuffix("0Y") ? "Y" : designator
            if time, !hyphenated, let (compoundEnd, rest) = Self.smallerTimeUnits(after: unitEnd, than: designator, end: end, lower: lower),
               free(i..<compoundEnd) {
                // "2 hours, 3 minutes and 21 seconds": one time.
                return make(.duration, i..<compoundEnd, "PT" + NumberReader.format(count) + unit + rest, amount)
            }
            return make(.duration, i..<unitEnd, (time ? "PT" : "P") + NumberReader.format(count) + unit, amount)
        }
        // Quantities: "400 m", "3.5 kilometres", "20 square miles".
        if Self.quantityUnits.contains(unitWord), document.tokens[i].upos == "NUM" || NumberReader.digits(lower[i]) != nil {
            var unitEnd = hyphenated ? j + 2 : j + 1
            if (unitWord == "square" || unitWord == "cubic"), unitEnd < end { unitEnd += 1 }
            // A rate: "94 kilometres per hour", "5 litres a day".
            if unitEnd + 1 < end, lower[unitEnd] == "per" || lower[unitEnd] == "an" || lower[unitEnd] == "a",
               Self.durationUnits[lower[unitEnd + 1]] != nil {
                unitEnd += 2
            }
            let unit = lower[(hyphenated ? j + 1 : j)..<unitEnd].joined(separator: " ")
            return make(.quantity, i..<unitEnd, NumberReader.format(amount) + " " + unit, amount)
        }
        // Years: a four-digit number from 1000 to 2199 not followed by a unit.
        if number.length == 1, lower[i].count == 4, amount >= 1000, amount < 2200, NumberReader.digits(lower[i]) != nil {
            return make(.date, i..<j, lower[i], nil)
        }
        // "hundreds" alone is vague; keep it only before "of".
        if NumberReader.vagueScales[lower[i]] != nil, next != "of" { return nil }
        // "one" as a pronoun ("one of them", "the one") is not a number worth keeping.
        if lower[i] == "one", number.length == 1, document.tokens[i].upos != "NUM" { return nil }
        return make(.number, i..<j, NumberReader.format(amount), amount)
    }

    /// The smaller units of time that go on a time written from `start`, each a number in digits
    /// and its unit after an optional comma or "and" ("2 hours, 3 minutes and 21 seconds"): the
    /// end of the last one and their designators ("3M21S"); nil when none follows.
    static func smallerTimeUnits(after start: Int, than designator: String, end: Int, lower: [String]) -> (end: Int, designators: String)? {
        let order = ["H", "M", "S"]
        guard var rank = order.firstIndex(of: designator) else { return nil }
        var last = start
        var written = ""
        while true {
            var k = last
            if k < end, lower[k] == "," { k += 1 }
            if k < end, lower[k] == "and" { k += 1 }
            guard k + 1 < end, let count = NumberReader.digits(lower[k]), let next = durationUnits[lower[k + 1]],
                  let nextRank = order.firstIndex(of: next), nextRank > rank else { break }
            written += NumberReader.format(count) + next
            rank = nextRank
            last = k + 2
        }
        return written.isEmpty ? nil : (last, written)
    }

    /// Words other than digits that can begin a value; everything else is skipped cheaply.
    static let startWords: Set<String> = {
        var words = Set(months.keys).union(weekdays.keys).union(ordinals.keys).union(currencySymbols.keys)
        words.formUnion(NumberReader.units.keys)
        words.formUnion(NumberReader.tens.keys)
        words.formUnion(NumberReader.vagueScales.keys)
        words.formUnion(["a", "an", "dozen", "noon", "midnight", "today", "yesterday", "tomorrow", "tonight",
                         "earlier", "later", "early", "late", "this", "last", "next", "past", "coming"])
        return words
    }()

    /// False only where `value(at:)` finds nothing: a word that is no approximation's first word,
    /// no currency prefix and cannot begin a value by `mayStartValue`, with one set lookup (those
    /// three tests looked a word up in a table each, 2 % of the entity stage's instructions).
    static func mayStartAnyValue(_ word: String) -> Bool {
        if let first = word.utf8.first, first >= 48 && first <= 57 { return true }
        if word.utf8.contains(UInt8(ascii: "-")) { return true }
        // A currency code joined to its amount ("rm150").
        if let last = word.utf8.last, last >= 48 && last <= 57 { return true }
        return valueStartWords.contains(word)
    }

    /// The words of `approximationStarts`, `startWords`, `currencyPrefixes` and `currencyCodes`.
    static let valueStartWords = approximationStarts.union(startWords).union(currencyPrefixes.keys).union(currencyCodes.keys)

    /// True when `word` (lowercased) can begin a value: a digit, a number word, a month, a weekday,
    /// a currency symbol or a relative-date word ("twenty-five" and "nineteen-year-old" by their first part).
    static func mayStartValue(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first >= 48 && first <= 57 { return true }
        if startWords.contains(word) || currencyCodes[word] != nil { return true }
        // A code joined to its amount ("rm150"): the only words ending in a digit that begin with a letter.
        if let last = word.utf8.last, last >= 48 && last <= 57,
           let digit = word.utf8.firstIndex(where: { $0 >= 48 && $0 <= 57 }), currencyCodes[String(word[..<digit])] != nil { return true }
        // Most words hold no hyphen byte, and then no hyphen character: skip the character search.
        guard word.utf8.contains(UInt8(ascii: "-")) else { return false }
        if let hyphen = word.firstIndex(of: "-") { return startWords.contains(String(word[..<hyphen])) }
        return false
    }

    /// Money written with a currency code, capitalised as a code is: "CHF 20 million" (the code
    /// apart) or "RM150 million" (joined to the digits), with a scale word after.
    func codeMoney(at i: Int, end: Int, document: AnnotatedDocument, lower: [String]) -> (range: Range<Int>, amount: Double, currency: String)? {
        guard document.tokens[i].form.utf8.first.map({ $0 >= 65 && $0 <= 90 }) == true else { return nil }
        let word = lower[i]
        if let currency = Self.currencyCodes[word], i + 1 < end, let number = NumberReader.read(lower, at: i + 1, end: end),
           NumberReader.digits(lower[i + 1]) != nil {
            return (i..<i + 1 + number.length, number.value, currency)
        }
        guard let digitStart = word.utf8.firstIndex(where: { $0 >= 48 && $0 <= 57 }),
              let currency = Self.currencyCodes[String(word[..<digitStart])],
              var amount = NumberReader.digits(String(word[digitStart...])) else { return nil }
        var length = 1
        if i + 1 < end, let scale = NumberReader.scales[lower[i + 1]] ?? (lower[i + 1] == "m" ? 1e6 : nil), scale >= 1e6 {
            amount *= scale
            length += 1
        }
        return (i..<i + length, amount, currency)
    }

    /// ", 53," or "(53)" right after a person's name.
    func isAgeApposition(_ i: Int, _ j: Int, end: Int, lower: [String], personSpans: [Range<Int>]) -> Bool {
        guard j == i + 1, i >= 2, j < end, let age = NumberReader.digits(lower[i]), age < 120, age == age.rounded() else { return false }
        let opensComma = lower[i - 1] == "," && (lower[j] == "," || lower[j] == "." || lower[j] == ";")
        let opensBracket = lower[i - 1] == "(" && lower[j] == ")"
        guard opensComma || opensBracket else { return false }
        return personSpans.contains { $0.upperBound == i - 1 }
    }

    /// "116th", "21st", "first".
    func ordinal(_ word: String) -> Int? {
        if let value = Self.ordinals[word] { return value }
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            if let value = Int(word.dropLast(2)), value > 0 { return value }
        }
        return nil
    }

    static let timeZones: Set<String> = ["utc", "gmt", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "hours", "hrs"]

    /// "1930 UTC", "0800 GMT", "1400 hours": four digits, hours and minutes, then a zone.
    func zonedClockTime(at i: Int, end: Int, lower: [String]) -> (range: Range<Int>, normalized: String)? {
        let word = lower[i]
        guard word.count == 4, word.allSatisfy(\.isNumber), i + 1 < end, Self.timeZones.contains(lower[i + 1]),
              let hour = Int(word.prefix(2)), let minute = Int(word.suffix(2)), hour < 24, minute < 60 else { return nil }
        return (i..<i + 2, "T\(word.prefix(2)):\(word.suffix(2))")
    }

    /// "8:30", "8:30 p.m.", "8 p.m.", "20:00".
    func clockTime(at i: Int, end: Int, lower: [String]) -> (range: Range<Int>, normalized: String)? {
        let parts = lower[i].split(separator: ":")
        var hour: Int
        var minute = 0
        if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60, parts[1].count == 2 {
            hour = h
            minute = m
        } else if let h = Int(lower[i]), h >= 1, h <= 12, i + 1 < end, ["a.m.", "p.m.", "am", "pm"].contains(lower[i + 1]) {
            hour = h
        } else {
            return nil
        }
        var j = i + 1
        if j < end, ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].contains(lower[j]) {
            if lower[j].hasPrefix("p"), hour < 12 { hour += 12 }
            if lower[j].hasPrefix("a"), hour == 12 { hour = 0 }
            j += 1
        }
        let hh = hour < 10 ? "0\(hour)" : "\(hour)"
        let mm = minute < 10 ? "0\(minute)" : "\(minute)"
        return (i..<j, "T\(hh):\(mm)")
    }

    /// Dates that start with a word: "Jan. 25", "January 25, 2019", "25 January 2019", "January 2019",
    /// "Wednesday", "last week", "earlier this year", "today", "the 1990s".
    func date(at i: Int, end: Int, lower: [String], document: AnnotatedDocument) -> (range: Range<Int>, normalized: String)? {
        let word = lower[i]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func day(_ k: Int) -> Int? {
            guard k < end else { return nil }
            var w = lower[k]
            for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) && w.count > 2 { w.removeLast(2) }
            guard let d = Int(w), d >= 1, d <= 31 else { return nil }
            return d
        }
        func year(_ k: Int) -> Int? {
            guard k < end, lower[k].count == 4, let y = Int(lower[k]), y >= 1000, y < 2200 else { return nil }
            return y
        }
        // Month first. "May" and "March" need a day or year, or a capital letter and a date context.
        if let month = Self.months[word], document.tokens[i].form.first?.isUppercase == true {
            if let d = day(i + 1) {
                var j = i + 2
                var yearText = "XXXX"
                if j < end, lower[j] == ",", let y = year(j + 1) { yearText = String(y); j += 2 }
                else if let y = year(j) { yearText = String(y); j += 1 }
                return (i..<j, "\(yearText)-\(two(month))-\(two(d))")
            }
            if let y = year(i + 1) { return (i..<i + 2, "\(y)-\(two(month))") }
            let ambiguous = word == "may" || word == "march" || word == "mar." || word == "jan" || word == "aug"
            let preposition = i > 0 && ["in", "since", "until", "by", "from", "through", "of", "last", "next", "this", "early", "late", "mid"].contains(lower[i - 1])
            if !ambiguous || preposition { return (i..<i + 1, "XXXX-\(two(month))") }
            return nil
        }
        // Day first: "25 January 2019".
        if let d = day(i), i + 1 < end, let month = Self.months[lower[i + 1]], document.tokens[i + 1].form.first?.isUppercase == true {
            if let y = year(i + 2) { return (i..<i + 3, "\(y)-\(two(month))-\(two(d))") }
            return (i..<i + 2, "XXXX-\(two(month))-\(two(d))")
        }
        if let weekday = Self.weekdays[word] {
            return (i..<i + 1, "XXXX-WXX-\(weekday)")
        }
        if ["today", "yesterday", "tomorrow", "tonight"].contains(word) {
            return (i..<i + 1, "rel:" + word)
        }
        // "(earlier|later) (this|last|next) <unit>", "last night", "this morning".
        var j = i
        if (word == "earlier" || word == "later" || word == "early" || word == "late"), i + 1 < end { j = i + 1 }
        if j + 1 < end, ["this", "last", "next", "past", "coming"].contains(lower[j]) {
            let unit = lower[j + 1]
            if Self.relativeUnits.contains(unit) || Self.weekdays[unit] != nil || Self.months[unit] != nil {
                return (i..<j + 2, "rel:" + lower[i..<j + 2].joined(separator: " "))
            }
        }
        // Decades: "the 1990s", "1990s".
        if word.count == 5, word.hasSuffix("s"), let y = Int(word.dropLast()), y >= 1000, y < 2200, y % 10 == 0 {
            return (i..<i + 1, String(y / 10) + "X")
        }
        // ISO dates: "2019-01-25".
        let isoParts = word.split(separator: "-")
        if isoParts.count == 3, isoParts[0].count == 4, let _ = Int(isoParts[0]), let m = Int(isoParts[1]), let d = Int(isoParts[2]),
           m >= 1, m <= 12, d >= 1, d <= 31 {
            return (i..<i + 1, word)
        }
        return nil
    }
}

extension ValueRecognizer {
    /// "COVID-19", "F-16", "G-20": digits joined by a hyphen, with no space, to the letters before
    /// them end a name or model code; they count nothing.
    func isCodeSuffix(at i: Int, document: AnnotatedDocument) -> Bool {
        i >= 2 && document.isJoiningHyphen(i - 1) && document.tokens[i - 2].form.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }
}
