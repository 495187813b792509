import Foundation

/// Reads a number written in digits, words or both, starting at one token:
/// "4.1", "1,000", "twenty-five", "three million", "4.1 billion", "a dozen", "hundreds".
enum NumberReader {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "k": 1_000,
    ]
    /// Plural scale words that stand alone for an approximate amount ("hundreds of").
    static let vagueScales: [String: Double] = [
        "dozens": 24, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000, "billions": 2_000_000_000,
    ]

    /// The value of a digit word ("1,000", "4.1", "3.5"), or nil.
    static func digits(_ word: String) -> Double? {
        guard let first = word.utf8.first, first >= 48 && first <= 57 else { return nil }
        var cleaned = ""
        for character in word {
            if character == "," { continue }
            guard character.isASCII, character.isNumber || character == "." else { return nil }
            cleaned.append(character)
        }
        return Double(cleaned)
    }

    /// The value of a single word: digits, a unit or tens word, or a hyphenated "twenty-five".
    static func word(_ word: String) -> Double? {
        if let value = digits(word) { return value }
        if let value = units[word] ?? tens[word] { return value }
        let parts = word.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 { return t + u }
        return nil
    }

    /// A number starting at `start` (lowercased words, up to `end`): its value and token count.
    /// Grammar: (digits | words) (scale)*, where words = tens ("-"? unit)? | unit | "a" scale | "a dozen".
    static func read(_ words: [String], at start: Int, end: Int) -> (value: Double, length: Int)? {
        var i = start
        var value: Double
        if words[i] == "a" || words[i] == "an" {
            guard i + 1 < end else { return nil }
            if words[i + 1] == "dozen" { return (12, 2) }
            guard let scale = scales[words[i + 1]], scale >= 100 else { return nil }
            value = 1
            i += 1
        } else if let vague = vagueScales[words[i]] {
            return (vague, 1)
        } else if words[i] == "dozen" {
            return (12, 1)
        } else if let first = word(words[i]) {
            value = first
            i += 1
            // "twenty - five": the tokenizer splits hyphenated number words.
            if tens[words[i - 1]] != nil, i + 1 < end, words[i] == "-", let unit = units[words[i + 1]], unit < 10 {
                value += unit
                i += 2
            }
        } else {
            return nil
        }
        // Scales multiply: "4.1 billion", "three hundred thousand".
        while i < end, let scale = scales[words[i]] {
            if words[i] == "k" || words[i] == "bn" || words[i] == "mn", i == start { break }
            value *= scale
            i += 1
        }
        // Scaling in binary floating point leaves dust: 4.1 * 1e9 = 4099999999.9999995.
        if value >= 1, abs(value - value.rounded()) < 1e-6 * value { value = value.rounded() }
        return (value, i - start)
    }

    /// A number written without exponent or trailing ".0": 4100000000, 4.5.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(value)
        if text.contains("e") { text = String(format: "%.6f", value) }
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
