import FactModel

/// What one document says about one entity: the names, titles and mentions it gave it.
///
/// The store keeps each document's contribution so that removing a document takes back exactly
/// what it added, and an entity's merged view is the union of its contributions.
struct EntityContribution: Sendable, Hashable {
    var entity: Int32
    /// Alias symbols, as the document gave them.
    var aliases: [Int32]
    var titles: [Title]
    var mentions: [Provenance]
    /// Further names derived when it was added (symbols): a person's surname, each title's role,
    /// "the <role>" and the full title text, so "the mayor" and "Garcetti" resolve.
    var lookupNames: [Int32] = []
}

/// Entities, struct-of-arrays: name symbol and type per id, merged across documents by
/// (full name, type). Ids are stable: an entity whose documents are all removed stays as an
/// unreferenced slot and comes back with the same id if a document names it again.
struct EntityTable: Sendable, Equatable {
    var name: [Int32] = []
    var type: [UInt8] = []
    var slots = IDSlots()
    /// Per document, its entity contributions in the document's local id order.
    var contributions: [DocumentID: [EntityContribution]] = [:]
    /// Per entity, the documents that contributed to it, in load order.
    var contributors: [EntityID: [DocumentID]] = [:]

    var count: Int { name.count }

    /// The entity named `nameSymbol` of `typeCode`, adding it if new. O(1) expected.
    mutating func intern(name n: Int32, type t: UInt8) -> Int32 {
        let hash = ByteHash.combine(n, Int32(t))
        let nextID = Int32(name.count)
        let result: (id: Int32, inserted: Bool)
        do {
            let (na, ty) = (name, type)
            result = slots.findOrInsert(
                hash: hash, { id in na[Int(id)] == n && ty[Int(id)] == t }, newID: { nextID },
                hashOf: { id in ByteHash.combine(na[Int(id)], Int32(ty[Int(id)])) })
        }
        if result.inserted {
            name.append(n)
            type.append(t)
        }
        return result.id
    }

    /// The entity named `nameSymbol` of `typeCode` if present. O(1) expected.
    func find(name n: Int32, type t: UInt8) -> Int32? {
        slots.find(hash: ByteHash.combine(n, Int32(t))) { id in name[Int(id)] == n && type[Int(id)] == t }
    }

    /// Appends an entity known to be absent without indexing it (bulk loading); the table is
    /// unusable for `intern` and `find` until `indexAppended()`. O(1).
    @inline(__always)
    mutating func appendUnindexed(name n: Int32, type t: UInt8) -> Int32 {
        name.append(n)
        type.append(t)
        return Int32(name.count - 1)
    }

    /// Indexes the entities appended by `appendUnindexed`. O(appended).
    mutating func indexAppended() {
        let (na, ty) = (name, type)
        let hashOf = { (id: Int32) in ByteHash.combine(na[Int(id)], Int32(ty[Int(id)])) }
        slots.reserve(na.count, hashOf: hashOf)
        for id in Int32(slots.count)..<Int32(na.count) { slots.insertNew(id, hash: hashOf(id), hashOf: hashOf) }
    }

    mutating func reserve(_ extra: Int) {
        name.reserveCapacity(count + extra)
        type.reserveCapacity(count + extra)
        let (na, ty) = (name, type)
        slots.reserve(count + extra) { id in ByteHash.combine(na[Int(id)], Int32(ty[Int(id)])) }
    }

    mutating func trim() {
        name = name.compacted()
        type = type.compacted()
    }
}

/// Stored codes of the model's enumerations: the index in `allCases`, looked up in tables built once.
private let entityTypes = EntityType.allCases
private let factKinds = FactKind.allCases
private let valueKinds = ValueKind.allCases

extension EntityType {
    var code: UInt8 { UInt8(entityTypes.firstIndex(of: self)!) }
    init(code: UInt8) { self = entityTypes[Int(code)] }
}

extension FactKind {
    var code: UInt8 { UInt8(factKinds.firstIndex(of: self)!) }
    init(code: UInt8) { self = factKinds[Int(code)] }
}

extension MentionType {
    /// Entity types as 0..., value kinds as 16...
    var code: UInt8 {
        switch self {
        case .entity(let type): return type.code
        case .value(let kind): return 16 + UInt8(valueKinds.firstIndex(of: kind)!)
        }
    }

    init(code: UInt8) {
        self = code >= 16 ? .value(valueKinds[Int(code - 16)]) : .entity(EntityType(code: code))
    }
}
