/// Identifies an entity: within an `ExtractedDocument` an index into its `entities`;
/// within a store, the store's own id.
public typealias EntityID = Int32

/// What kind of thing an entity is.
public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person, organization, place, group, other
}

/// A title or role an entity holds: "Mayor" of "Los Angeles", "Police Chief".
public struct Title: Hashable, Sendable, Codable {
    /// The role as written, without the holder's name: "Mayor", "Police Chief", "President".
    public var role: String
    /// What the role is of, when stated: "Los Angeles", "the European Council".
    public var of: String?
    /// Modifiers such as "former", "acting", "current".
    public var modifier: String?
    public var provenance: Provenance?

    /// Words that make a role a lower rank of the role after them, part of the role and not a
    /// modifier: a "deputy governor" is not the governor.
    public static let lowerRankWords: Set<String> = ["vice", "deputy", "assistant", "associate", "under"]

    public init(role: String, of: String? = nil, modifier: String? = nil, provenance: Provenance? = nil) {
        self.role = role
        self.of = of
        self.modifier = modifier
        self.provenance = provenance
    }

    /// The title as a person would read it: "former Mayor of Los Angeles".
    public var text: String {
        var words = [String]()
        if let modifier { words.append(modifier) }
        words.append(role)
        if let of { words.append("of \(of)") }
        return words.joined(separator: " ")
    }
}

/// A person, organization, place or group that facts are about, with every name it goes by.
public struct Entity: Hashable, Sendable {
    public var id: EntityID
    /// The fullest name: "Eric Garcetti".
    public var name: String
    public var type: EntityType
    /// Other names it goes by: "Garcetti", "the mayor", "LA".
    public var aliases: [String]
    public var titles: [Title]
    /// Where it is mentioned (by any name).
    public var mentions: [Provenance]

    public init(
        id: EntityID, name: String, type: EntityType,
        aliases: [String] = [], titles: [Title] = [], mentions: [Provenance] = []
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.titles = titles
        self.mentions = mentions
    }
}
