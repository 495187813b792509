import FactModel

extension FactsJSONL {
    /// Reads the JSON Lines fact format into documents. A line that is not valid JSON, or not a
    /// valid record, yields a diagnostic (file, line, column) and is skipped; the rest loads.
    /// Document ids in the result are 0, 1, ... in file order (the store assigns its own).
    /// - Complexity: O(bytes).
    public static func decode(_ bytes: UnsafeRawBufferPointer, file: String? = nil) -> (documents: [ExtractedDocument], diagnostics: [Diagnostic]) {
        var reader = Reader(file: file)
        let base = bytes.bindMemory(to: UInt8.self)
        var lineStart = 0
        var lineNumber = 0
        while lineStart < base.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < base.count && base[lineEnd] != 0x0A { lineEnd += 1 }
            let line = UnsafeBufferPointer(rebasing: base[lineStart..<lineEnd])
            reader.read(line: line, number: lineNumber, fileOffset: lineStart)
            lineStart = lineEnd + 1
        }
        return (reader.finish(), reader.diagnostics)
    }

    /// Reads the format from a string (see `decode(_:file:)`).
    public static func decode(_ text: String, file: String? = nil) -> (documents: [ExtractedDocument], diagnostics: [Diagnostic]) {
        var copy = text
        return copy.withUTF8 { decode(UnsafeRawBufferPointer($0), file: file) }
    }

    /// One problem in a record: what is wrong and the UTF-8 offset within the line.
    struct RecordError: Error {
        var message: String
        var offset: Int
    }

    /// The line-by-line state: the document being read and those finished.
    struct Reader {
        let file: String?
        var diagnostics = [Diagnostic]()
        var documents = [ExtractedDocument]()
        var current: ExtractedDocument?
        var sawHeader = false

        init(file: String?) { self.file = file }

        mutating func read(line: UnsafeBufferPointer<UInt8>, number: Int, fileOffset: Int) {
            var trimmed = line
            if let last = trimmed.last, last == 0x0D { trimmed = UnsafeBufferPointer(rebasing: trimmed[0..<(trimmed.count - 1)]) }
            if trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            do {
                let value: JSONValue
                do { value = try JSONParser.parse(trimmed) } catch { throw RecordError(message: error.message, offset: error.offset) }
                try record(value)
            } catch let error as RecordError {
                let prefix = UnsafeBufferPointer(rebasing: trimmed[0..<min(error.offset, trimmed.count)])
                let column = String(decoding: prefix, as: UTF8.self).count + 1
                diagnostics.append(Diagnostic(
                    id: "store.malformed-fact-line", message: error.message,
                    range: SourceRange(at: SourcePosition(line: number, column: column, offset: fileOffset + error.offset)), file: file))
            } catch {}
        }

        mutating func finish() -> [ExtractedDocument] {
            if let current { documents.append(current) }
            current = nil
            return documents
        }

        mutating func record(_ value: JSONValue) throws {
            guard case .object = value else { throw RecordError(message: "expected a JSON object", offset: 0) }
            let type = try string(value, "type")
            switch type {
            case "header":
                let format = try string(value, "format")
                guard format == FactsJSONL.formatName else { throw error(value, "format", "not a factsh fact file (format '\(format)')") }
                let version = try int(value, "version")
                guard version <= FactsJSONL.version else {
                    throw error(value, "version", "format version \(version) is newer than this factsh reads (\(FactsJSONL.version))")
                }
                sawHeader = true
            case "document":
                if let current { documents.append(current) }
                let sentences = try array(value, "sentences").map { item -> Range<Int> in
                    let pair = try ints(item, value, "sentences", count: 2)
                    guard pair[0] <= pair[1] else { throw error(value, "sentences", "a sentence range ends before it starts") }
                    return pair[0]..<pair[1]
                }
                let document = Document(
                    id: DocumentID(documents.count), path: try string(value, "path"), title: try string(value, "title"),
                    text: try string(value, "text"), date: try optionalString(value, "date"), sentences: sentences)
                current = ExtractedDocument(document: document)
            case "entity":
                try requireDocument(value)
                let id = try int(value, "id")
                guard id == current!.entities.count else {
                    throw error(value, "id", "entity ids must count up from 0 within a document (expected \(current!.entities.count))")
                }
                guard let type = EntityType(rawValue: try string(value, "entityType")) else {
                    throw error(value, "entityType", "unknown entity type (expected one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                let titles = try array(value, "titles").map { try title($0, value) }
                let mentions = try array(value, "mentions").map { try span($0, value, "mentions") }
                current!.entities.append(Entity(
                    id: EntityID(id), name: try string(value, "name"), type: type,
                    aliases: try array(value, "aliases").map { item in
                        guard case .string(let alias) = item else { throw error(value, "aliases", "aliases must be strings") }
                        return alias
                    }, titles: titles, mentions: mentions))
            case "mention":
                try requireDocument(value)
                current!.mentions.append(Mention(
                    text: try string(value, "text"), type: try mentionType(value), entity: try entity(value, "entity"),
                    value: try typedValue(value["value"], value, "value"), provenance: try span(value["span"] ?? .null, value, "span")))
            case "fact":
                try requireDocument(value)
                guard let subjectValue = value["subject"] else { throw error(value, nil, "missing member 'subject'") }
                let qualifiers = try array(value, "qualifiers").map { item -> Qualifier in
                    guard let argumentValue = item["argument"] else { throw error(value, "qualifiers", "a qualifier needs an 'argument'") }
                    return Qualifier(marker: try string(item, "marker", in: value, "qualifiers"), argument: try argument(argumentValue, value, "qualifiers"))
                }
                var attribution: Attribution?
                if let item = value["attribution"], item != .null {
                    guard let speaker = item["speaker"] else { throw error(value, "attribution", "an attribution needs a 'speaker'") }
                    attribution = Attribution(speaker: try argument(speaker, value, "attribution"), verb: try string(item, "verb", in: value, "attribution"))
                }
                guard let kind = FactKind(rawValue: try string(value, "kind")) else { throw error(value, "kind", "unknown fact kind") }
                guard case .number(let confidenceText) = value["confidence"] ?? .null, let confidence = Float(confidenceText) else {
                    throw error(value, "confidence", "'confidence' must be a number")
                }
                let object = value["object"] ?? .null
                current!.facts.append(Fact(
                    subject: try argument(subjectValue, value, "subject"), predicate: try predicate(value),
                    object: object == .null ? nil : try argument(object, value, "object"), qualifiers: qualifiers, kind: kind,
                    attribution: attribution, confidence: confidence, provenance: try span(value["span"] ?? .null, value, "span")))
            case "lemmas":
                try requireDocument(value)
                let sentence = try int(value, "sentence")
                guard sentence >= 0 && sentence < 1_000_000 else { throw error(value, "sentence", "sentence index out of range") }
                let lemmas = try array(value, "lemmas").map { item -> String in
                    guard case .string(let lemma) = item else { throw error(value, "lemmas", "lemmas must be strings") }
                    return lemma
                }
                while current!.sentenceLemmas.count <= sentence { current!.sentenceLemmas.append([]) }
                current!.sentenceLemmas[sentence] = lemmas
            default:
                throw error(value, "type", "unknown record type '\(type)' (expected header, document, entity, mention, fact or lemmas)")
            }
        }

        func requireDocument(_ value: JSONValue) throws {
            if current == nil { throw error(value, "type", "a '\(value["type"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? "")' line must follow a 'document' line") }
        }

        // MARK: fields

        func error(_ object: JSONValue, _ key: String?, _ message: String) -> RecordError {
            RecordError(message: message, offset: key.flatMap { object.offset(of: $0) } ?? 0)
        }

        func string(_ object: JSONValue, _ key: String) throws -> String {
            guard let member = object[key] else { throw error(object, nil, "missing member '\(key)'") }
            guard case .string(let s) = member else { throw error(object, key, "'\(key)' must be a string") }
            return s
        }

        /// A string member of a nested object, reported against the enclosing record's member.
        func string(_ nested: JSONValue, _ key: String, in record: JSONValue, _ recordKey: String) throws -> String {
            guard case .string(let s) = nested[key] ?? .null else { throw error(record, recordKey, "'\(key)' must be a string") }
            return s
        }

        func optionalString(_ object: JSONValue, _ key: String) throws -> String? {
            switch object[key] ?? .null {
            case .null: return nil
            case .string(let s): return s
            default: throw error(object, key, "'\(key)' must be a string or null")
            }
        }

        func int(_ object: JSONValue, _ key: String) throws -> Int {
            guard case .number(let text) = object[key] ?? .null, let n = Int(text) else { throw error(object, key, "'\(key)' must be an integer") }
            return n
        }

        func array(_ object: JSONValue, _ key: String) throws -> [JSONValue] {
            switch object[key] ?? .null {
            case .array(let items): return items
            case .null where object[key] == nil: return []
            default: throw error(object, key, "'\(key)' must be an array")
            }
        }

        func ints(_ item: JSONValue, _ record: JSONValue, _ key: String, count: Int) throws -> [Int] {
            guard case .array(let items) = item, items.count == count else {
                throw error(record, key, "expected an array of \(count) integers")
            }
            return try items.map { number in
                guard case .number(let text) = number, let n = Int(text), n >= Int(Int32.min), n <= Int(Int32.max) else {
                    throw error(record, key, "expected an array of \(count) integers")
                }
                return n
            }
        }

        /// `[sentence, start, end]` in the current document.
        func span(_ item: JSONValue, _ record: JSONValue, _ key: String) throws -> Provenance {
            let v = try ints(item, record, key, count: 3)
            return Provenance(document: current?.document.id ?? 0, sentence: Int32(v[0]), start: Int32(v[1]), end: Int32(v[2]))
        }

        func entity(_ object: JSONValue, _ key: String) throws -> EntityID? {
            switch object[key] ?? .null {
            case .null: return nil
            case .number(let text):
                guard let n = Int(text), n >= 0, n < current!.entities.count else {
                    throw error(object, key, "entity \(text) is not defined earlier in this document")
                }
                return EntityID(n)
            default: throw error(object, key, "'\(key)' must be an entity id or null")
            }
        }

        func mentionType(_ object: JSONValue) throws -> MentionType {
            let text = try string(object, "mentionType")
            if text.hasPrefix("value:"), let kind = ValueKind(rawValue: String(text.dropFirst(6))) { return .value(kind) }
            if let type = EntityType(rawValue: text) { return .entity(type) }
            throw error(object, "mentionType", "unknown mention type '\(text)'")
        }

        func typedValue(_ item: JSONValue?, _ record: JSONValue, _ key: String) throws -> TypedValue? {
            guard let item, item != .null else { return nil }
            guard let kind = ValueKind(rawValue: try string(item, "kind", in: record, key)) else { throw error(record, key, "unknown value kind") }
            var amount: Double?
            switch item["amount"] ?? .null {
            case .null: amount = nil
            case .number(let text): amount = Double(text)
            default: throw error(record, key, "'amount' must be a number or null")
            }
            var approximation: String?
            if case .string(let s) = item["approximation"] ?? .null { approximation = s }
            return TypedValue(
                kind: kind, text: try string(item, "text", in: record, key), normalized: try string(item, "normalized", in: record, key),
                amount: amount, approximation: approximation)
        }

        func argument(_ item: JSONValue, _ record: JSONValue, _ key: String) throws -> Argument {
            guard case .object = item else { throw error(record, key, "'\(key)' must be an argument object") }
            var linked: EntityID?
            switch item["entity"] ?? .null {
            case .null: linked = nil
            case .number(let text):
                guard let n = Int(text), n >= 0, n < current!.entities.count else {
                    throw error(record, key, "entity \(text) is not defined earlier in this document")
                }
                linked = EntityID(n)
            default: throw error(record, key, "'entity' must be an entity id or null")
            }
            return Argument(
                text: try string(item, "text", in: record, key), head: try string(item, "head", in: record, key),
                entity: linked, value: try typedValue(item["value"], record, key))
        }

        func predicate(_ record: JSONValue) throws -> Predicate {
            guard let item = record["predicate"], case .object = item else { throw error(record, "predicate", "'predicate' must be an object") }
            guard let voice = Voice(rawValue: try string(item, "voice", in: record, "predicate")) else { throw error(record, "predicate", "unknown voice") }
            guard case .bool(let negated) = item["negated"] ?? .null else { throw error(record, "predicate", "'negated' must be true or false") }
            var modality: String?
            if case .string(let s) = item["modality"] ?? .null { modality = s }
            return Predicate(
                surface: try string(item, "surface", in: record, "predicate"), lemma: try string(item, "lemma", in: record, "predicate"),
                canonical: try string(item, "canonical", in: record, "predicate"), voice: voice, negated: negated, modality: modality)
        }

        func title(_ item: JSONValue, _ record: JSONValue) throws -> Title {
            var provenance: Provenance?
            if let spanValue = item["span"], spanValue != .null { provenance = try span(spanValue, record, "titles") }
            func optional(_ key: String) -> String? {
                if case .string(let s) = item[key] ?? .null { return s }
                return nil
            }
            return Title(role: try string(item, "role", in: record, "titles"), of: optional("of"), modifier: optional("modifier"), provenance: provenance)
        }
    }
}

extension FactStore {
    /// Writes every live document in the JSON Lines fact format (docs/fact-format.md),
    /// atomically (a temporary file, then rename).
    /// - Throws: `Diagnostic` when the file cannot be written.
    public func writeJSONL(to path: String) throws {
        try AtomicFile.write(Array(FactsJSONL.encode(extractedDocuments()).utf8), to: path)
    }

    /// Loads a JSON Lines fact file, adding its documents; returns the diagnostics of its
    /// malformed lines (which are skipped).
    /// - Throws: `Diagnostic` when the file cannot be read.
    /// - Complexity: O(bytes).
    @discardableResult
    public func loadJSONL(contentsOfFile path: String) throws -> [Diagnostic] {
        let bytes = try FileBytes.read(path)
        let (documents, diagnostics) = bytes.withUnsafeBytes { FactsJSONL.decode($0, file: path) }
        add(contentsOf: documents)
        return diagnostics
    }
}
