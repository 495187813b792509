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
        try FileBytes.withMapped(path) { importTriples($0, path: path) }
    }
}

/// Reading whole files as bytes, with failures as diagnostics.
enum FileBytes {
    /// Calls `body` with the bytes of a file mapped into memory (read-only, pre-faulted): no copy
    /// into a buffer of our own and no page fault per page, which reading costs for large files.
    /// Falls back to reading when the file cannot be mapped (an empty file, a pipe).
    static func withMapped<R>(_ path: String, _ body: (UnsafeRawBufferPointer) -> R) throws -> R {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw Diagnostic(id: "store.unreadable-file", message: "cannot open '\(path)': \(String(cString: strerror(errno)))", file: path)
        }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        #if canImport(Glibc)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        if size > 0, let mapped = mmap(nil, size, PROT_READ, flags, fd, 0), mapped != MAP_FAILED {
            defer { munmap(mapped, size) }
            return body(UnsafeRawBufferPointer(start: mapped, count: size))
        }
        let bytes = try read(path)
        return bytes.withUnsafeBytes { body($0) }
    }

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
        var newTexts = [Int32]()  // texts of the batch's new arguments, whose words are interned after it
        // Into a store without entities or arguments, every text new to this load makes a new
        // entity and argument: they are appended without probing their hash tables (a cache
        // miss each), and the tables are built once at the end.
        let fresh = entities.count == 0 && arguments.count == 0
        @inline(__always) func argument(_ symbol: Int32) -> Int32 {
            var a = argumentOfSymbol[Int(symbol)]
            if a < 0 {
                if fresh {
                    let e = entities.appendUnindexed(name: symbol, type: other)
                    a = arguments.appendUnindexed(ArgumentRecord(text: symbol, head: symbol, entity: e, value: -1))
                    newTexts.append(symbol)
                } else {
                    let e = entities.intern(name: symbol, type: other)
                    let before = arguments.count
                    a = arguments.intern(text: symbol, head: symbol, entity: e, value: -1)
                    if arguments.count > before { newTexts.append(symbol) }
                }
                argumentOfSymbol[Int(symbol)] = a
            }
            return a
        }

        // Lines are read in batches: parse and hash a batch, warm the symbol table for all of its
        // fields at once (so the table's cache misses overlap), then intern and append in order.
        let batch = 256
        var fieldRanges = [Int](repeating: 0, count: batch * 6)  // subject, relation, object: start, end
        var keys = [Int](repeating: 0, count: batch)
        var sentences = [Int32](repeating: 0, count: batch)
        var hashes = [UInt64](repeating: 0, count: batch * 3)
        var fieldSymbols = [Int32](repeating: 0, count: batch * 3)
        var scratch = [Int32](repeating: 0, count: batch * 3)

        var line = 0
        var start = 0
        var fieldStart = [Int](repeating: 0, count: 6)
        var fieldEnd = [Int](repeating: 0, count: 6)
        while start < end {
            // Parse up to `batch` well-formed lines.
            var pending = 0
            while pending < batch && start < end {
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
                for f in 0..<3 {
                    fieldRanges[6 * pending + 2 * f] = fieldStart[f]
                    fieldRanges[6 * pending + 2 * f + 1] = fieldEnd[f]
                    hashes[3 * pending + f] = ByteHash.hash(UnsafeRawPointer(bytes + fieldStart[f]), fieldEnd[f] - fieldStart[f])
                }
                keys[pending] = key
                sentences[pending] = sentence
                pending += 1
            }
            if pending == 0 { continue }

            // Intern the batch's fields, the table warmed for all of them first.
            hashes.withUnsafeBufferPointer { h in
                scratch.withUnsafeMutableBufferPointer { symbols.warm(UnsafeBufferPointer(rebasing: h[0..<(3 * pending)]), scratch: $0) }
            }
            for k in 0..<(3 * pending) {
                let from = fieldRanges[2 * k], to = fieldRanges[2 * k + 1]
                fieldSymbols[k] = symbols.intern(UnsafeRawPointer(bytes + from), to - from, hash: hashes[k])
            }
            growCaches()
            // Warm the per-symbol caches, then make the facts in line order.
            var touched: Int32 = 0
            for i in 0..<pending {
                touched |= argumentOfSymbol[Int(fieldSymbols[3 * i])] & argumentOfSymbol[Int(fieldSymbols[3 * i + 2])]
            }
            if !fresh {
                entities.slots.slots.withUnsafeBufferPointer { slots in
                    let mask = slots.count - 1
                    for k in 0..<(3 * pending) where k % 3 != 1 && argumentOfSymbol[Int(fieldSymbols[k])] < 0 {
                        touched |= slots[Int(truncatingIfNeeded: ByteHash.combine(fieldSymbols[k], Int32(other))) & mask]
                    }
                }
            }
            scratch[0] = touched
            for i in 0..<pending {
                let s = fieldSymbols[3 * i], r = fieldSymbols[3 * i + 1], o = fieldSymbols[3 * i + 2]
                let subject = argument(s)
                let object = argument(o)
                var predicate = predicateOfSymbol[Int(r)]
                if predicate < 0 {
                    predicate = predicates.intern(surface: r, lemma: r, canonical: r, modality: SymbolTable.none, flags: FactKind.event.code << 2)
                    predicateOfSymbol[Int(r)] = predicate
                }
                let key = keys[i]
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
                    subject: subject, predicate: predicate, object: object, sentence: sentences[i],
                    start: 0, end: 0, confidence: 1))
            }
            internWords(ofTexts: newTexts)
            newTexts.removeAll(keepingCapacity: true)
            growCaches()
        }
        argumentOfSymbol = []
        if fresh {
            entities.indexAppended()
            arguments.indexAppended()
        }
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

    /// Interns the words of many texts (see `internWords(of:)`), the symbol table warmed for all
    /// of them at once. O(total length) expected.
    func internWords(ofTexts texts: [Int32]) {
        var wordBytes = [UInt8]()  // copied out: interning may reallocate the blob they live in
        var bounds = [Int]()
        symbols.bytes.withUnsafeBufferPointer { blob in
            for text in texts {
                let start = Int(symbols.offsets[Int(text)]), end = Int(symbols.offsets[Int(text) + 1])
                let bytes = UnsafeBufferPointer(rebasing: blob[start..<end])
                let first = bounds.count
                Words.forEach(in: bytes) { range in
                    bounds.append(wordBytes.count)
                    wordBytes.append(contentsOf: bytes[range])
                    bounds.append(wordBytes.count)
                }
                // A text that is one word is already interned.
                if bounds.count == first + 2 && bounds[first + 1] - bounds[first] == end - start {
                    wordBytes.removeLast(end - start)
                    bounds.removeLast(2)
                }
            }
        }
        let n = bounds.count / 2
        if n == 0 { return }
        wordBytes.withUnsafeBufferPointer { words in
            let base = UnsafeRawPointer(words.baseAddress!)
            let hashes = (0..<n).map { ByteHash.hash(base + bounds[2 * $0], bounds[2 * $0 + 1] - bounds[2 * $0]) }
            var scratch = [Int32](repeating: 0, count: n)
            hashes.withUnsafeBufferPointer { h in scratch.withUnsafeMutableBufferPointer { symbols.warm(h, scratch: $0) } }
            for k in 0..<n { _ = symbols.intern(base + bounds[2 * k], bounds[2 * k + 1] - bounds[2 * k], hash: hashes[k]) }
        }
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
