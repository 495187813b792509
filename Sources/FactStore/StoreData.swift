import FactModel

/// Everything the store holds, as plain arrays: the records the indexes are built from and the
/// snapshot saves. A class, so that reads reach one array without copying the whole (a large
/// struct read through a class property is copied, with a retain per array, on each method call).
final class StoreData: @unchecked Sendable {
    var symbols = SymbolTable()
    var documents = DocumentTable()
    var entities = EntityTable()
    var values = ValueTable()
    var arguments = ArgumentTable()
    var predicates = PredicateTable()
    var facts = FactColumns()
    var mentions = MentionTable()

    init() {}

    /// Releases spare array capacity after a bulk load.
    func trim() {
        symbols.trim()
        documents.trim()
        entities.trim()
        arguments.trim()
        facts.trim()
    }
}
