/// Fact → owning document in a few steps: facts are grouped by document, so the document of a
/// fact is the last one whose range starts at or before it. Instead of a binary search over all
/// documents (16 dependent, mispredicted steps at 50k documents, the largest cost of an answer
/// row), a table gives the document of the first fact of each block of 64 facts, and the search
/// runs between two neighbouring entries (a handful of documents). 4 bytes per 64 facts.
struct FactDocuments: Sendable {
    static let shift = 6
    /// Per block of 64 facts, the document owning the block's first fact.
    let blockDocument: [Int32]

    /// The table for the documents' fact ranges. O(documents + facts / 64).
    init(_ factStart: [Int32]) {
        let documentCount = factStart.count - 1
        let factCount = Int(factStart.last ?? 0)
        let blocks = (factCount + (1 << FactDocuments.shift) - 1) >> FactDocuments.shift
        var table = [Int32](repeating: 0, count: blocks)
        var d = 0
        for b in 0..<blocks {
            let first = Int32(b << FactDocuments.shift)
            while d + 1 < documentCount && factStart[d + 1] <= first { d += 1 }
            table[b] = Int32(d)
        }
        blockDocument = table
    }

    /// The document owning fact `f`: the last document whose range starts at or before `f`
    /// (empty, removed documents share their start with the next one). O(log of the documents
    /// in its block).
    @inline(__always)
    func document(of f: Int32, starts factStart: UnsafeBufferPointer<Int32>) -> Int32 {
        document(of: f, from: firstCandidate(of: f), starts: factStart)
    }

    /// The first document that may own fact `f` (one table read: a batch reads all of these
    /// before any `document(of:from:starts:)`, so the two reads of different facts overlap).
    @inline(__always)
    func firstCandidate(of f: Int32) -> Int32 { blockDocument[Int(f) >> FactDocuments.shift] }

    /// The document owning fact `f`, searched from `firstCandidate(of: f)`.
    @inline(__always)
    func document(of f: Int32, from candidate: Int32, starts factStart: UnsafeBufferPointer<Int32>) -> Int32 {
        let b = Int(f) >> FactDocuments.shift
        var low = Int(candidate)
        var high = b + 1 < blockDocument.count ? Int(blockDocument[b + 1]) : factStart.count - 2
        while low < high {
            let mid = (low + high + 1) / 2
            if factStart[mid] <= f { low = mid } else { high = mid - 1 }
        }
        return Int32(low)
    }
}
