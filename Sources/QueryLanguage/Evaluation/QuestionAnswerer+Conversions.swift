import FactModel

/// "a fine of 1.8 million soles (about US$480,000)": an amount in brackets right after another is
/// the same amount in another currency, no second answer.
extension QuestionAnswerer {
    /// The candidates without amounts of money that restate another candidate's in brackets right
    /// after it in the same sentence. O(candidates²) on short lists.
    func withoutConversions(_ candidates: [Candidate]) -> [Candidate] {
        let amounts = candidates.filter { $0.valueKind == .money }
        guard amounts.count > 1 else { return candidates }
        return candidates.filter { candidate in
            guard candidate.valueKind == .money, let ref = sentence(of: candidate.support) else { return true }
            let sentence = source.sentenceText(ref)
            return !amounts.contains { other in
                other.text != candidate.text && Self.bracketsAfter(other.text, hold: candidate.text, in: sentence)
            }
        }
    }

    /// Whether `sentence` writes `inner` in the brackets right after `outer`: "1.8 million soles
    /// (about US$480,000)", "€20,000 (£17,500; US$22,900)".
    static func bracketsAfter(_ outer: String, hold inner: String, in sentence: String) -> Bool {
        var bare = inner
        for word in ["about ", "approximately ", "around ", "roughly ", "some ", "nearly ", "almost ", "over ", "more than "]
        where bare.lowercased().hasPrefix(word) {
            bare = String(bare.dropFirst(word.count))
        }
        guard let open = sentence.firstRange(of: outer + " ("), let close = sentence[open.upperBound...].firstIndex(of: ")") else { return false }
        return sentence[open.upperBound..<close].contains(bare)
    }
}
