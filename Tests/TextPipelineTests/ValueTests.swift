import FactModel
import Testing
@testable import TextPipeline

/// Values read by rule, with their normalized forms.
@Suite struct ValueTests {
    func value(_ text: String, at word: String) -> TypedValue? {
        EntityTestDocument.recognize(text).value(startingAt: word)
    }

    @Test func digitsHyphenedToANameAreNoNumber() {
        // "COVID-19", "F-16": part of a name or a model code; "The pilot, 19," is a number.
        #expect(value("She caught COVID-19 in May.", at: "19") == nil)
        #expect(value("She flew an F-16 in May.", at: "16") == nil)
        #expect(value("The pilot, 19, flew in May.", at: "19")?.kind == .number)
    }

    @Test func moneyWithSymbolAndScale() {
        let money = value("The agency will pay $4.1 billion in grants.", at: "$")
        #expect(money?.kind == .money)
        #expect(money?.normalized == "4100000000 USD")
        #expect(money?.text == "$4.1 billion")
    }

    @Test func countryLettersOnADollarSignAreItsCurrency() {
        // The name tagger took "US" for a place; it is the currency, read with the amount.
        let document = EntityTestDocument.recognize("The fine was [US]LOC$500 and the bond A$2,000.")
        let fine = document.value(startingAt: "US")
        #expect(fine?.kind == .money)
        #expect(fine?.normalized == "500 USD")
        #expect(fine?.text == "US$500")
        #expect(document.value(startingAt: "A")?.normalized == "2000 AUD")
        #expect(!document.entities.contains { $0.name == "US" }, "\(document.entities.map(\.name))")
    }

    @Test func scoresAndTalliesAreOneValue() {
        let vote = EntityTestDocument.recognize("The council voted 9 to 4 to close the pool.", tags: ["voted": ("VERB", "VBD")])
            .value(startingAt: "9")
        #expect(vote?.kind == .score)
        #expect(vote?.text == "9 to 4")
        #expect(vote?.normalized == "9-4")
        #expect(value("Riverside defeated Easton 31 points to 17 on Sunday.", at: "31")?.text == "31 points to 17")
        #expect(value("Northfield beat Westbury 28-14 in the final.", at: "28")?.normalized == "28-14")
        #expect(value("The bill passed by a vote of 212-to-190 on Friday.", at: "212")?.text == "212-to-190")
        #expect(value("The court issued a 5-4 ruling.", at: "5")?.kind == .score)
        // In words, with the unit that says it is a tally.
        let words = value("The court ruled by six votes to three on Monday.", at: "six")
        #expect(words?.text == "six votes to three")
        #expect(words?.normalized == "6-3")
        #expect(value("They waited two to three weeks.", at: "two")?.kind != .score)
    }

    @Test func currencyCodesBeforeTheAmount() {
        let joined = value("Each family gets RM1,000 and the state RM150 million.", at: "RM150")
        #expect(joined?.kind == .money)
        #expect(joined?.normalized == "150000000 MYR")
        #expect(joined?.text == "RM150 million")
        #expect(value("Each family gets RM1,000 now.", at: "RM1,000")?.normalized == "1000 MYR")
        #expect(value("The fine was CHF 20 million.", at: "CHF")?.normalized == "20000000 CHF")
        // Lower case is a word, not a code.
        #expect(value("The rs 20 list.", at: "rs") == nil)
    }

    @Test func currencyNamesAfterTheAmount() {
        #expect(value("He must pay a fine of 1.8 million soles.", at: "1.8")?.normalized == "1800000 PEN")
        #expect(value("The loan was 40 million ringgit.", at: "40")?.kind == .money)
    }

    @Test func aRateKeepsItsTimeUnit() {
        #expect(value("The train was travelling at 94 kilometres per hour.", at: "94")?.text == "94 kilometres per hour")
        #expect(value("It ran 5 miles a day.", at: "5")?.text == "5 miles a day")
        #expect(value("It ran 5 miles on Monday.", at: "5")?.text == "5 miles")
    }

    @Test func oneOffIsNoCount() {
        // Tagged as a number, as the tagger reads it in a longer sentence.
        let numeral = ["one": ("NUM", "CD")]
        #expect(EntityTestDocument.recognize("They receive a one-off payment of RM1,000.", tags: numeral).value(startingAt: "one") == nil)
        #expect(EntityTestDocument.recognize("It was a one-time fee.", tags: numeral).value(startingAt: "one") == nil)
        #expect(EntityTestDocument.recognize("It took one hour.", tags: numeral).value(startingAt: "one") != nil)
    }

    @Test func rangesAreNotScores() {
        // The same shapes count a range: after "from" or an age word, before a counted noun or a percent.
        for (text, word) in [("Prices rose from 20 to 30 last year.", "20"), ("Children aged 5 to 11 may enter.", "5"),
                             ("The walk takes 10-15 minutes.", "10"), ("Sales rose 5 to 10 percent.", "5"),
                             ("The 2019-20 season ended early.", "2019"), ("Guests 10 to 20 arrived first.", "10")] {
            #expect(value(text, at: word)?.kind != .score, "\(text)")
        }
    }

    @Test func moneyWithCurrencyWord() {
        #expect(value("They paid 20,000 euros.", at: "20,000")?.normalized == "20000 EUR")
    }

    @Test func approximateNumberKeepsItsWord() {
        let number = value("Roughly 300 people came.", at: "Roughly")
        #expect(number?.kind == .number)
        #expect(number?.amount == 300)
        #expect(number?.approximation == "roughly")
    }

    @Test func percentages() {
        #expect(value("Prices rose 5 percent.", at: "5")?.normalized == "5%")
        #expect(value("Prices rose 3.5%.", at: "3.5")?.kind == .percent)
    }

    @Test func fourDigitClockTimeWithItsZoneIsNotAYear() {
        let time = value("The crash happened at 1930 UTC on Friday.", at: "1930")
        #expect(time?.kind == .time)
        #expect(time?.normalized == "T19:30")
        #expect(time?.text == "1930 UTC")
        #expect(value("It opened in 1930 in the city.", at: "1930")?.kind == .date)
    }

    @Test func datesAsWritten() {
        #expect(value("They met on Jan. 25 in the city.", at: "Jan.")?.normalized == "XXXX-01-25")
        #expect(value("They met on August 27, 2019 there.", at: "August")?.normalized == "2019-08-27")
        #expect(value("They met on Wednesday.", at: "Wednesday")?.normalized == "XXXX-WXX-3")
        #expect(value("It opened in 2019.", at: "2019")?.normalized == "2019")
        let relative = value("The law passed earlier this year.", at: "earlier")
        #expect(relative?.kind == .date)
        #expect(relative?.normalized == "rel:earlier this year")
    }

    @Test func clockTimes() {
        #expect(value("The talk starts at 8:30 p.m. sharp.", at: "8:30")?.normalized == "T20:30")
    }

    @Test func agesAfterNamesAndHyphenated() {
        let document = EntityTestDocument.recognize("[Anna Nowak]PER, 53, was hurt. A 19-year-old man was held.")
        #expect(document.value(startingAt: "53")?.kind == .age)
        let young = document.spans.first { $0.value?.kind == .age && $0.value?.amount == 19 }
        #expect(young != nil)
    }

    @Test func agesAfterTheAgeOf() {
        #expect(value("She retired at the age of 71 last year.", at: "71")?.kind == .age)
        #expect(value("He died at the age of ninety.", at: "ninety")?.amount == 90)
    }

    @Test func durationsAndQuantities() {
        #expect(value("He served three years in office.", at: "three")?.normalized == "P3Y")
        #expect(value("She ran the 400 m race.", at: "400")?.kind == .quantity)
    }

    @Test func lightYearsAreADistanceNotADuration() {
        let distance = value("The planet orbits a star 27 light-years away.", at: "27")
        #expect(distance?.kind == .quantity)
        #expect(distance?.normalized == "27 light-years")
    }

    @Test func aCurrencyNamedWithItsCountrysAdjectiveIsMoney() {
        let prize = value("The two will share 8 million Swedish kronor this year.", at: "8")
        #expect(prize?.kind == .money)
        #expect(prize?.normalized == "8000000 SEK")
        #expect(prize?.text == "8 million Swedish kronor")
        #expect(value("It cost 40 New Zealand dollars.", at: "40")?.normalized == "40 NZD")
    }

    @Test func aTimeInSeveralUnitsIsOneDuration() {
        let time = value("She won in 2 hours, 5 minutes and 12 seconds on Sunday.", at: "2")
        #expect(time?.text == "2 hours, 5 minutes and 12 seconds")
        #expect(time?.normalized == "PT2H5M12S")
        #expect(value("It took 28 minutes and 52 seconds.", at: "28")?.normalized == "PT28M52S")
        // A larger unit after a smaller one starts another value.
        #expect(value("He waited 40 minutes and 2 hours.", at: "40")?.normalized == "PT40M")
    }
}
