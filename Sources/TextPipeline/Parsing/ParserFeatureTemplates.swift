/// The parser's feature templates: conjunctions of up to four atoms read off a configuration.
///
/// An atom is a position and an attribute (`s0w`: the word on top of the stack; `b0l1l`: the
/// label of b0's leftmost child) or a configuration-wide value (`d`: the s0–b0 distance). The
/// templates are written as text ("s0w+b0t") and stored in the model file, so a model always
/// carries the features it was trained with.
public struct ParserFeatureTemplates: Sendable, Equatable {
    /// Template texts, in order.
    public let names: [String]
    /// Atom slots of each template, flattened; `offsets[i]..<offsets[i+1]` are template i's.
    let slots: [Int32]
    let offsets: [Int32]
    /// The templates that read only b0...b3's own attributes (no label, child or distance), in
    /// order: their keys depend on b0 alone, which stays put over about half the decisions, so
    /// the decoder sums their weights once per b0 (`ParserPartialScores`).
    let bufferOnly: [Int32]
    /// The templates that read only s0...s3's own attributes, in order: their keys depend on the
    /// stack's top word alone (the words under it stay until it leaves), so the decoder sums
    /// their weights once per stack top.
    let stackOnly: [Int32]
    /// The other templates, in order.
    let stateDependent: [Int32]

    /// Word positions an atom can name, in slot order.
    static let positions = [
        "s0", "s1", "s2", "s3", "b0", "b1", "b2", "b3",
        "s0l1", "s0l2", "s0r1", "s0r2", "s1l1", "s1r1", "s1r2", "b0l1", "b0l2", "s0l1l1", "s0r1r1",
    ]
    /// Word attributes: form, Penn tag, universal tag, arc label, lemma, semantic class.
    static let attributes: [Character] = ["w", "t", "u", "l", "m", "c"]
    /// Configuration-wide atoms: distances (capped) and valencies.
    static let globals = ["d", "d1", "s0vl", "s0vr", "b0vl", "s1vl", "s1vr"]

    static var slotCount: Int { positions.count * attributes.count + globals.count }

    /// Reads templates from their text. Fails on an unknown atom.
    public init(_ names: [String]) throws {
        var slots: [Int32] = []
        var offsets: [Int32] = [0]
        for name in names {
            let atoms = name.split(separator: "+")
            guard (1...4).contains(atoms.count) else { throw ParserModelError.badTemplate(name) }
            for atom in atoms {
                guard let slot = Self.slot(of: String(atom)) else { throw ParserModelError.badTemplate(name) }
                slots.append(Int32(slot))
            }
            offsets.append(Int32(slots.count))
        }
        self.names = names
        self.slots = slots
        self.offsets = offsets
        func readsOnly(_ side: Character, _ template: Int32) -> Bool {
            slots[Int(offsets[Int(template)])..<Int(offsets[Int(template) + 1])].allSatisfy { Self.isOwnAttribute(side, $0) }
        }
        let all = (0..<Int32(names.count))
        bufferOnly = all.filter { readsOnly("b", $0) }
        stackOnly = all.filter { readsOnly("s", $0) }
        stateDependent = all.filter { !readsOnly("b", $0) && !readsOnly("s", $0) }
    }

    /// Whether `slot` is an attribute other than the arc label of one of the first four words
    /// of the buffer (`side` "b") or the stack ("s"): b0...b3 or s0...s3, not their children.
    static func isOwnAttribute(_ side: Character, _ slot: Int32) -> Bool {
        let position = Int(slot) / attributes.count, attribute = Int(slot) % attributes.count
        return position < positions.count && positions[position].first == side && positions[position].count == 2
            && attributes[attribute] != "l"
    }

    /// The first slot position of the four words of `isOwnAttribute`'s `side`.
    static func firstPosition(_ side: Character) -> Int { positions.firstIndex(of: "\(side)0")! }

    public var count: Int { names.count }

    static func slot(of atom: String) -> Int? {
        if let global = globals.firstIndex(of: atom) { return positions.count * attributes.count + global }
        guard let attribute = atom.last, let a = attributes.firstIndex(of: attribute),
              let p = positions.firstIndex(of: String(atom.dropLast())) else { return nil }
        return p * attributes.count + a
    }

    /// The default template set (Zhang & Nivre 2011, adapted to arc-hybrid, plus tag/label
    /// conjunctions of children and universal tags).
    public static let standard: ParserFeatureTemplates = try! ParserFeatureTemplates([
        // single words
        "s0w", "s0t", "s0w+s0t", "s1w", "s1t", "s1w+s1t", "s2w", "s2t", "s3t",
        "b0w", "b0t", "b0w+b0t", "b1w", "b1t", "b1w+b1t", "b2w", "b2t", "b2w+b2t", "b3t",
        "s0u", "s1u", "b0u", "b1u", "s0m", "b0m", "s1m",
        // s0 with b0
        "s0w+s0t+b0w+b0t", "s0w+s0t+b0w", "s0w+b0w+b0t", "s0w+s0t+b0t", "s0t+b0w+b0t",
        "s0w+b0w", "s0t+b0t", "s0u+b0u", "s0m+b0m",
        // s1 with s0
        "s1w+s1t+s0w+s0t", "s1w+s1t+s0w", "s1w+s0w+s0t", "s1w+s1t+s0t", "s1t+s0w+s0t",
        "s1w+s0w", "s1t+s0t", "s1u+s0u", "s1m+s0m",
        // other pairs
        "b0t+b1t", "b0w+b1w", "b0w+b1t", "b0t+b1w", "s1t+b0t", "s1w+b0w", "s0w+b1w", "s0t+b1t",
        // tag triples
        "b0t+b1t+b2t", "s0t+b0t+b1t", "s1t+s0t+b0t", "s2t+s1t+s0t", "s1t+s0t+b1t", "s2t+s1t+b0t",
        "s0w+b0t+b1t", "s0t+b0w+b1t", "s1w+s0t+b0t", "s1t+s0w+b0t", "s1t+s0t+b0w",
        "b0t+b1t+b2t+b3t", "s1t+s0t+b0t+b1t", "s2t+s1t+s0t+b0t", "s0u+b0u+b1u", "s1u+s0u+b0u",
        // children
        "s0l1w", "s0l1t", "s0l1l", "s0l2w", "s0l2t", "s0l2l", "s0r1w", "s0r1t", "s0r1l",
        "s0r2t", "s0r2l", "s1l1t", "s1l1l", "s1r1w", "s1r1t", "s1r1l", "s1r2t", "s1r2l",
        "b0l1w", "b0l1t", "b0l1l", "b0l2t", "b0l2l", "s0l1l1t", "s0r1r1t",
        "s0t+s0l1t+b0t", "s0t+s0r1t+b0t", "s0t+b0t+b0l1t", "s1t+s0t+s0l1t", "s1t+s0t+s0r1t",
        "s1t+s1r1t+s0t", "s1t+s1l1t+s0t", "s0t+s0l1t+s0l2t", "s0t+s0r1t+s0r2t", "b0t+b0l1t+b0l2t",
        "s1t+s1r1t+s1r2t", "s0t+s0l1t+s0l1l1t", "s0t+s0r1t+s0r1r1t",
        "s0w+s0l1l", "s0w+s0r1l", "b0w+b0l1l", "s1w+s1r1l", "s0t+s0l1l+b0t", "s0t+s0r1l+b0t",
        "s1t+s1r1l+s0t", "b0t+b0l1l+s0t",
        // label sets
        "s0t+s0l1l+s0l2l", "s0w+s0l1l+s0l2l", "s0t+s0r1l+s0r2l", "s0w+s0r1l+s0r2l",
        "b0t+b0l1l+b0l2l", "b0w+b0l1l+b0l2l", "s1t+s1r1l+s1r2l", "s0t+s0l1l+s0r1l",
        // distance
        "s0w+d", "s0t+d", "b0w+d", "b0t+d", "s0w+b0w+d", "s0t+b0t+d",
        "s1w+d1", "s1t+d1", "s0w+d1", "s0t+d1", "s1w+s0w+d1", "s1t+s0t+d1", "s1t+s0t+d+d1",
        // valency
        "s0w+s0vl", "s0t+s0vl", "s0w+s0vr", "s0t+s0vr", "b0w+b0vl", "b0t+b0vl",
        "s1w+s1vr", "s1t+s1vr", "s1t+s1vl", "s1t+s0t+s1vr+s0vl",
    ])

    /// The standard set plus semantic classes (`WordSenseClasses`) of the words around the
    /// decision: alone, with the other word's tag or form, and across s0–b0 and s1–s0.
    public static let withWordClasses: ParserFeatureTemplates = try! ParserFeatureTemplates(standard.names + [
        "s0c", "b0c", "s1c", "b1c", "s0c+b0c", "s0t+b0c", "s0c+b0t", "s0w+b0c", "s0c+b0w",
        "s1c+s0c", "s1t+s0c", "s1c+s0t", "b0c+b1t", "s0c+b0c+d", "s0r1c", "s0l1c", "b0l1c",
        "s0c+s0r1c", "s0t+b0c+b0l1l",
    ])
}

/// Why a parser model could not be read or built.
public enum ParserModelError: Error, CustomStringConvertible {
    case badTemplate(String)
    case badFile(String)
    case missingResource(String)

    public var description: String {
        switch self {
        case .badTemplate(let name): "unknown parser feature template '\(name)'"
        case .badFile(let reason): "unreadable parser model: \(reason)"
        case .missingResource(let name): "parser model resource '\(name)' is missing"
        }
    }
}
