/// Splits news text into UD syntactic words with UTF-8 byte offsets, following the conventions
/// of UD English EWT.
///
/// Quotes, brackets and dashes split off; clitics split ("do n't", "ca n't", "Bush 's",
/// "they 're"); hyphenated compounds split ("well - known") except after the prefixes EWT keeps
/// ("re-election", "e-mail"); numbers ("1,000", "3.5", "2:30"), URLs, e-mail addresses, @handles
/// and #tags stay whole; "$" and "%" split off; abbreviations and initials keep their period
/// ("U.S.", "Gov.", "J."). Whether an abbreviation ends a sentence is the `SentenceSplitter`'s
/// call: it splits the final period off when it does ("U.S" "."), as EWT does.
///
/// The scan works on UTF-8 bytes without regular expressions: O(n) in the text length.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = TokenScanner(bytes: bytes)
            scanner.scanText()
            return scanner.tokens
        }
    }
}
