import FactModel

/// One distinct argument: symbols of its text and head, its entity and value (or -1).
/// Stored as one 16-byte record: materializing a fact reads each argument with one memory access.
struct ArgumentRecord: Sendable, Equatable, Hashable {
    var text: Int32
    var head: Int32
    var entity: Int32
    var value: Int32

    var hash: UInt64 { ByteHash.combine(text, head, entity, value) }
}

/// Distinct fact arguments, interned: each `(text, head, entity, value)` tuple is stored once and
/// facts refer to it by an `Int32`. Most facts about a person share one argument record.
struct ArgumentTable: Sendable, Equatable {
    var records: [ArgumentRecord] = []
    var slots = IDSlots()

    var count: Int { records.count }

    /// The argument id of a tuple, adding it if new. O(1) expected.
    @inline(__always)
    mutating func intern(text t: Int32, head h: Int32, entity e: Int32, value v: Int32) -> Int32 {
        let record = ArgumentRecord(text: t, head: h, entity: e, value: v)
        let nextID = Int32(records.count)
        let result: (id: Int32, inserted: Bool)
        do {  // the copy must be released before appending, or each append copies the array
            let all = records
            result = slots.findOrInsert(
                hash: record.hash, { id in all[Int(id)] == record }, newID: { nextID },
                hashOf: { id in all[Int(id)].hash })
        }
        if result.inserted { records.append(record) }
        return result.id
    }

    /// Appends a record known to be absent without indexing it (bulk loading); the table is
    /// unusable for `intern` until `indexAppended()`. O(1).
    @inline(__always)
    mutating func appendUnindexed(_ record: ArgumentRecord) -> Int32 {
        records.append(record)
        return Int32(records.count - 1)
    }

    /// Indexes the records appended by `appendUnindexed`. O(appended).
    mutating func indexAppended() {
        let all = records
        slots.reserve(all.count) { id in all[Int(id)].hash }
        for id in Int32(slots.count)..<Int32(all.count) {
            slots.insertNew(id, hash: all[Int(id)].hash) { all[Int($0)].hash }
        }
    }

    mutating func reserve(_ extra: Int) {
        records.reserveCapacity(count + extra)
        let all = records
        slots.reserve(count + extra) { id in all[Int(id)].hash }
    }

    mutating func trim() {
        records = records.compacted()
    }
}

/// Distinct predicates (surface, lemma, canonical key, voice, negation, modality), interned.
struct PredicateTable: Sendable, Equatable {
    var surface: [Int32] = []
    var lemma: [Int32] = []
    var canonical: [Int32] = []
    var modality: [Int32] = []
    /// Bit 0: passive voice; bit 1: negated; bits 2-5: the fact kind (`FactKind.code`), so a fact
    /// record needs no byte of its own for it.
    var flags: [UInt8] = []
    var slots = IDSlots()

    var count: Int { surface.count }

    /// The predicate id of a tuple, adding it if new. O(1) expected.
    mutating func intern(surface s: Int32, lemma l: Int32, canonical c: Int32, modality m: Int32, flags f: UInt8) -> Int32 {
        let hash = ByteHash.combine(s, l, c, m &+ Int32(f) &* 0x10000)
        let nextID = Int32(surface.count)
        let result: (id: Int32, inserted: Bool)
        do {
        let (su, le, ca, mo, fl) = (surface, lemma, canonical, modality, flags)
        result = slots.findOrInsert(
            hash: hash,
            { id in
                let i = Int(id)
                return su[i] == s && le[i] == l && ca[i] == c && mo[i] == m && fl[i] == f
            },
            newID: { nextID },
            hashOf: { id in
                let i = Int(id)
                return ByteHash.combine(su[i], le[i], ca[i], mo[i] &+ Int32(fl[i]) &* 0x10000)
            })
        }
        if result.inserted {
            surface.append(s); lemma.append(l); canonical.append(c); modality.append(m); flags.append(f)
        }
        return result.id
    }
}

/// Distinct typed values ("$4.1 billion", "2017-01-25"), interned. Values are few, so plain Swift storage.
struct ValueTable: Sendable, Equatable {
    var values: [TypedValue] = []
    var ids: [TypedValue: Int32] = [:]

    /// The id of a value, adding it if new. O(1) expected.
    mutating func intern(_ value: TypedValue?) -> Int32 {
        guard let value else { return -1 }
        if let id = ids[value] { return id }
        let id = Int32(values.count)
        values.append(value)
        ids[value] = id
        return id
    }

    @inline(__always)
    func value(_ id: Int32) -> TypedValue? { id < 0 ? nil : values[Int(id)] }
}
