import FactModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FactStore {
    /// Loads OpenIE-style triples, one per line: `subject TAB relation TAB object [TAB doc TAB sentence]`
    /// (UTF-8, no header, no quoting). Every subject and object becomes an argument linked to an
    /// entity of type `other` named by it (triples are untyped, so any argument can be joined on);
    /// the relation is its own surface, lemma and canonical key. Facts with the same `doc` value
    /// become one document (path `path`, title the doc value), grouped in first-seen order.
    /// Malformed lines are skipped with a diagnostic (file, line, column).
    /// - Complexity: O(bytes) expected; built for bulk: 1M triples in a fraction of a second.
    @discardableResult
    public func importTriples(_ bytes: UnsafeRawBufferPointer, path: String) -> [Diagnostic] {
        let diagnostics = data.importTriples(bytes, path: path)
        invalidateIndexes()
        return diagnostics
    }

    /// Reads a triples file (see `importTriples(_:path:)`).
    /// - Throws: `Diagnostic` when the file cannot be read.
    @discardableResult
    public func importTriples(contentsOfFile path: String) throws -> [Diagnostic] {
        let bytes = try FileBytes.read(path)
        return bytes.withUnsafeBytes { importTriples($0, path: path) }
    }
}

/// Reading whole files as bytes, with failures as diagnostics.
enum FileBytes {
    /// The bytes of a file, in one allocation and as few reads as the kernel allows.
    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw Diagnostic(id: "store.unreadable-file", message: "cannot open '\(path)': \(String(cString: strerror(errno)))", file: path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw Diagnostic(id: "store.unreadable-file", message: "cannot stat '\(path)'", file: path)
        }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                let n = Glibc.read(fd, buffer.baseAddress! + done, size - done)
                if n <= 0 { failed = n < 0; break }
                done += n
            }
            initialized = done
        }
        if failed { throw Diagnostic(id: "store.unreadable-file", message: "cannot read '\(path)'", file: path) }
        return bytes
    }
}

extension StoreData {
    func importTriples(_ input: UnsafeRawBufferPointer, path: String) -> [Diagnostic] {
        var diagnostics = [Diagnostic]()
        guard let base = input.baseAddress, input.count > 0 else { return [] }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let end = input.count

        // Size everything once.
        var lines = 0
        var cursor = 0
        while cursor < end {
            guard let nl = memchr(bytes + cursor, 0x0A, end - cursor) else { lines += 1; break }
            lines += 1
            cursor = UnsafeRawPointer(nl) - base + 1
        }
        let firstFact = facts.count
        facts.reserve(lines)
        symbols.reserve(symbols: lines / 3, byteCount: end / 4)
        arguments.reserve(lines / 4)
        entities.reserve(lines / 4)

        // Per-symbol caches: the argument and predicate a symbol stands for, so repeated names cost
        // one symbol lookup.
        var argumentOfSymbol = [Int32](repeating: -1, count: symbols.count)
        var predicateOfSymbol = [Int32](repeating: -1, count: symbols.count)
        let pathSymbol = symbols.intern(path)
        let other = EntityType.other.code
        var factDocuments = [Int32]()  // local document index per new fact
        factDocuments.reserveCapacity(lines)
        var localDocumentOfKey = [Int: Int32]()
        var documentKeys = [Int]()
        var lastKey = Int.min
        var lastLocal: Int32 = -1
        var grouped = true

        @inline(__always) func growCaches() {
            if symbols.count > argumentOfSymbol.count {
                let extra = max(symbols.count - argumentOfSymbol.count, argumentOfSymbol.count / 2)
                argumentOfSymbol.append(contentsOf: repeatElement(-1, count: extra))
                predicateOfSymbol.append(contentsOf: repeatElement(-1, count: extra))
            }
        }
        @inline(__always) func argument(_ symbol: Int32) -> Int32 {
            var a = argumentOfSymbol[Int(symbol)]
            if a < 0 {
                let e = entities.intern(name: symbol, type: other)
                a = internArgument(text: symbol, head: symbol, entity: e, value: -1)  // may intern words
                growCaches()
                argumentOfSymbol[Int(symbol)] = a
            }
            return a
        }

        var line = 0
        var start = 0
        var fieldStart = [Int](repeating: 0, count: 6)
        var fieldEnd = [Int](repeating: 0, count: 6)
        while start < end {
            line += 1
            let lineEnd = memchr(bytes + start, 0x0A, end - start).map { UnsafeRawPointer($0) - base } ?? end
            defer { start = lineEnd + 1 }
            var contentEnd = lineEnd
            if contentEnd > start && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if contentEnd == start { continue }  // blank line
            // Split on tabs.
            var fields = 0
            var p = start
            while fields < 6 {
                fieldStart[fields] = p
                let tab = memchr(bytes + p, 0x09, contentEnd - p).map { UnsafeRawPointer($0) - base } ?? contentEnd
                fieldEnd[fields] = tab
                fields += 1
                if tab >= contentEnd { break }
                p = tab + 1
            }
            func fail(_ message: String, field: Int) {
                let column = String(decoding: UnsafeBufferPointer(start: bytes + start, count: fieldStart[field] - start), as: UTF8.self).count + 1
                let position = SourcePosition(line: line, column: column, offset: fieldStart[field])
                diagnostics.append(Diagnostic(id: "store.malformed-triple", message: message, range: SourceRange(at: position), file: path))
            }
            guard fields == 3 || fields == 5 else {
                fail("expected 3 or 5 tab-separated fields (subject, relation, object[, doc, sentence]), found \(fields == 6 ? "more than 5" : String(fields))", field: min(fields, 6) - 1)
                continue
            }
            if let empty = (0..<3).first(where: { fieldEnd[$0] == fieldStart[$0] }) {
                fail("empty \(["subject", "relation", "object"][empty])", field: empty)
                continue
            }
            var key = 0
            var sentence: Int32 = 0
            if fields == 5 {
                guard let k = StoreData.parseInt(bytes, fieldStart[3], fieldEnd[3]) else { fail("document is not an integer", field: 3); continue }
                guard let s = StoreData.parseInt(bytes, fieldStart[4], fieldEnd[4]), s <= Int(Int32.max) else {
                    fail("sentence is not an integer", field: 4); continue
                }
                key = k
                sentence = Int32(s)
            }
            let s = symbols.intern(UnsafeRawPointer(bytes + fieldStart[0]), fieldEnd[0] - fieldStart[0])
            let r = symbols.intern(UnsafeRawPointer(bytes + fieldStart[1]), fieldEnd[1] - fieldStart[1])
            let o = symbols.intern(UnsafeRawPointer(bytes + fieldStart[2]), fieldEnd[2] - fieldStart[2])
            growCaches()
            let subject = argument(s)
            let object = argument(o)
            var predicate = predicateOfSymbol[Int(r)]
            if predicate < 0 {
                predicate = predicates.intern(surface: r, lemma: r, canonical: r, modality: SymbolTable.none, flags: FactKind.event.code << 2)
                predicateOfSymbol[Int(r)] = predicate
            }
            if key != lastKey {
                if let local = localDocumentOfKey[key] {
                    grouped = false
                    lastLocal = local
                } else {
                    lastLocal = Int32(documentKeys.count)
                    localDocumentOfKey[key] = lastLocal
                    documentKeys.append(key)
                }
                lastKey = key
            }
            factDocuments.append(lastLocal)
            facts.rows.append(FactRecord(
                subject: subject, predicate: predicate, object: object, sentence: sentence,
                start: 0, end: 0, confidence: 1))
        }
        argumentOfSymbol = []
        predicateOfSymbol = []

        if !grouped { groupFacts(from: firstFact, byDocument: factDocuments, documentCount: documentKeys.count) }
        // One document per distinct doc value, owning its facts' range.
        var counts = [Int32](repeating: 0, count: documentKeys.count)
        for local in factDocuments { counts[Int(local)] += 1 }
        var next = Int32(firstFact)
        for (local, key) in documentKeys.enumerated() {
            documents.path.append(pathSymbol)
            documents.title.append(symbols.intern(String(key)))
            documents.date.append(SymbolTable.none)
            documents.text.append("")
            documents.live.append(true)
            next += counts[local]
            documents.factStart.append(next)
            documents.mentionStart.append(Int32(mentions.count))
            documents.sentenceStart.append(Int32(documents.sentenceBegin.count))
        }
        return diagnostics
    }

    /// Stably reorders the facts from `first` on so that each document's facts are contiguous.
    private func groupFacts(from first: Int, byDocument local: [Int32], documentCount: Int) {
        var starts = [Int](repeating: 0, count: documentCount + 1)
        for d in local { starts[Int(d) + 1] += 1 }
        for k in 0..<documentCount { starts[k + 1] += starts[k] }
        var order = [Int](repeating: 0, count: local.count)
        for (i, d) in local.enumerated() {
            order[starts[Int(d)]] = i
            starts[Int(d)] += 1
        }
        func permute<T>(_ column: inout [T]) {
            let tail = column[first...]
            column = Array(column[..<first]) + order.map { tail[first + $0] }
        }
        permute(&facts.rows)
    }

    /// A non-negative or negative decimal integer in `bytes[start..<end]`, or nil.
    static func parseInt(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start
        var negative = false
        if i < end && bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        guard i < end, end - i <= 18 else { return nil }
        var value = 0
        while i < end {
            let digit = Int(bytes[i]) - 48
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
            i += 1
        }
        return negative ? -value : value
    }
}
