import FactModel

/// Documents, struct-of-arrays, with their sentences and the lemmas of each sentence.
///
/// Facts and mentions are stored grouped by document in document order, so a document owns a
/// contiguous range of each (`factStart`, `mentionStart`), and a fact's document is found by
/// binary search instead of a column. Removed documents stay as empty slots (ids are stable).
struct DocumentTable: Sendable, Equatable {
    var path: [Int32] = []
    var title: [Int32] = []
    var date: [Int32] = []
    var text: [String] = []
    var live: [Bool] = []
    /// Facts of document d: `factStart[d]..<factStart[d+1]`.
    var factStart: [Int32] = [0]
    /// Mentions of document d: `mentionStart[d]..<mentionStart[d+1]`.
    var mentionStart: [Int32] = [0]
    /// Sentences of document d: global sentence rows `sentenceStart[d]..<sentenceStart[d+1]`.
    var sentenceStart: [Int32] = [0]
    /// UTF-8 byte range of each global sentence row.
    var sentenceBegin: [Int32] = []
    var sentenceEnd: [Int32] = []
    /// Lemma symbols of global sentence row g: `lemmas[lemmaStart[g]..<lemmaStart[g+1]]`.
    var lemmaStart: [Int32] = [0]
    var lemmas: [Int32] = []

    var count: Int { path.count }

    /// The document owning fact `id` (facts are grouped by document). O(log documents).
    @inline(__always)
    func documentOfFact(_ id: Int32) -> Int32 {
        // The last d with factStart[d] <= id and a non-empty range.
        var low = 0, high = count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if factStart[mid] <= id { low = mid } else { high = mid - 1 }
        }
        // An empty (removed) document starting at or before `id` is followed by one with the same
        // start, so the last document starting at or before `id` is the non-empty one that owns it.
        return Int32(low)
    }

    /// The global sentence row of a sentence, if the document has it. O(1).
    @inline(__always)
    func sentenceRow(document: Int32, sentence: Int32) -> Int? {
        guard document >= 0, Int(document) < count, sentence >= 0 else { return nil }
        let row = Int(sentenceStart[Int(document)]) + Int(sentence)
        return row < Int(sentenceStart[Int(document) + 1]) ? row : nil
    }

    mutating func trim() {
        path = path.compacted(); title = title.compacted(); date = date.compacted(); text = text.compacted()
        live = live.compacted(); factStart = factStart.compacted(); mentionStart = mentionStart.compacted()
        sentenceStart = sentenceStart.compacted(); sentenceBegin = sentenceBegin.compacted()
        sentenceEnd = sentenceEnd.compacted(); lemmaStart = lemmaStart.compacted(); lemmas = lemmas.compacted()
    }
}

/// One fact: its subject, predicate and object (argument and predicate ids; the predicate record
/// also holds the fact's kind), and where it was read (sentence index and UTF-8 range in its
/// document), and its confidence. 28 bytes.
///
/// A fixed-width row rather than one column per field: materializing a fact, which every answer
/// does, then reads one cache line instead of eight (measured: fact(_:) was dominated by the
/// column loads). The document is implied by the row's position (facts are grouped by document).
struct FactRecord: Sendable, Equatable {
    var subject: Int32
    var predicate: Int32
    /// Argument id, or -1 when the fact has no object.
    var object: Int32
    var sentence: Int32
    var start: Int32
    var end: Int32
    var confidence: Float
}

/// Facts: one fixed-width record per fact, plus sparse rows for the few facts with qualifiers or
/// an attribution (kept sorted by fact id and found by binary search).
struct FactColumns: Sendable, Equatable {
    var rows: [FactRecord] = []
    /// One row per qualifier: the fact it belongs to (ascending), its marker symbol and argument.
    var qualifierFact: [Int32] = []
    var qualifierMarker: [Int32] = []
    var qualifierArgument: [Int32] = []
    /// One row per attributed fact (ascending), with the speaker argument and the verb symbol.
    var attributionFact: [Int32] = []
    var attributionSpeaker: [Int32] = []
    var attributionVerb: [Int32] = []

    var count: Int { rows.count }

    /// The qualifier rows of a fact. O(log qualifiers).
    @inline(__always)
    func qualifierRows(of id: Int32) -> Range<Int> {
        // Most facts have none: skip the search when the id is outside the table's range.
        guard let first = qualifierFact.first, let last = qualifierFact.last, id >= first, id <= last else { return 0..<0 }
        let low = SortedIDs.lowerBound(qualifierFact, id)
        var high = low
        while high < qualifierFact.count && qualifierFact[high] == id { high += 1 }
        return low..<high
    }

    /// The attribution row of a fact, if it has one. O(log attributions).
    @inline(__always)
    func attributionRow(of id: Int32) -> Int? {
        guard let first = attributionFact.first, let last = attributionFact.last, id >= first, id <= last else { return nil }
        let row = SortedIDs.lowerBound(attributionFact, id)
        return row < attributionFact.count && attributionFact[row] == id ? row : nil
    }

    mutating func reserve(_ extra: Int) {
        rows.reserveCapacity(count + extra)
    }

    mutating func trim() {
        rows = rows.compacted()
    }
}

/// Mentions of entities and values, grouped by document, sorted by (sentence, start) within one.
struct MentionTable: Sendable, Equatable {
    var text: [Int32] = []
    var type: [UInt8] = []
    var entity: [Int32] = []
    var value: [Int32] = []
    var sentence: [Int32] = []
    var start: [Int32] = []
    var end: [Int32] = []

    var count: Int { text.count }
}
