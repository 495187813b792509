/// The relation labels a parser model predicts, in a fixed order; label 0 is always `root`.
///
/// The set comes from the training treebank (most frequent first, ties by name) and is stored in
/// the model file, so a model and its labels never disagree.
public struct DependencyLabelSet: Sendable, Equatable {
    /// Label names by id ("root", "punct", "nsubj:pass", ...).
    public let names: [String]
    private let ids: [String: UInt8]

    /// The id of `root`, the only label of an arc from the artificial ROOT.
    public static let root: UInt8 = 0

    public init(names: [String]) {
        precondition(names.first == "root", "label 0 must be root")
        precondition(names.count < 128, "at most 127 labels fit the transition encoding")
        self.names = names
        var ids: [String: UInt8] = [:]
        for (index, name) in names.enumerated() { ids[name] = UInt8(index) }
        self.ids = ids
    }

    /// The labels of a treebank's basic dependencies, most frequent first. O(words).
    public static func collect(from sentences: [CoNLLUSentence]) -> DependencyLabelSet {
        var counts: [String: Int] = [:]
        for sentence in sentences {
            for word in sentence.words where word.deprel != "_" && word.deprel != "root" {
                counts[word.deprel, default: 0] += 1
            }
        }
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return DependencyLabelSet(names: ["root"] + ordered.map(\.key))
    }

    public var count: Int { names.count }

    /// The id of `name`; a subtype unknown to the model falls back to its base relation
    /// ("obl:tmod" → "obl"), anything else to `dep` when the set has it.
    public func id(of name: String) -> UInt8? {
        if let id = ids[name] { return id }
        if let colon = name.firstIndex(of: ":"), let id = ids[String(name[..<colon])] { return id }
        return ids["dep"]
    }

    public func name(of id: UInt8) -> String { names[Int(id)] }
}
