import Foundation

/// Tab-separated data files whose first line names the columns (Open English WordNet's exports,
/// the gazetteer sources in ../shared/data).
enum HeaderedTSV {
    /// The rows of the file at `url` after its header line, each split at tabs (empty fields kept).
    static func rows(_ url: URL) throws -> [[Substring]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }

    /// The rows of file `name` in `directory`.
    static func rows(_ name: String, in directory: String) throws -> [[Substring]] {
        try rows(URL(fileURLWithPath: directory).appendingPathComponent(name))
    }
}
