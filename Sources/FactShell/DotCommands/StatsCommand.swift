import FactModel

/// `.stats`: what the store holds: documents, sentences, facts, entities by type, top relations,
/// and how long loading took.
struct StatsCommand: DotCommand {
    let name = ".stats"
    let usage = ""
    let summary = "counts of documents, facts, entities and relations"

    func run(_ argument: String, in session: ShellSession) -> ExitStatus {
        let store = session.store
        var rows: [[String]] = []
        let sentences = store.documentIDs.reduce(0) { $0 + (store.document($1)?.sentences.count ?? 0) }
        rows.append(["documents", LoadSummary.grouped(store.documentIDs.count)])
        rows.append(["sentences", LoadSummary.grouped(sentences)])
        rows.append(["facts", LoadSummary.grouped(store.factCount)])
        rows.append(["entities", LoadSummary.grouped(store.entityCount)])
        var byType: [EntityType: Int] = [:]
        for index in 0..<store.entityCount { byType[store.entity(EntityID(index)).type, default: 0] += 1 }
        for type in EntityType.allCases where byType[type] != nil {
            rows.append(["  \(type.rawValue)", LoadSummary.grouped(byType[type]!)])
        }
        let relations = store.relationCounts()
        rows.append(["relations", LoadSummary.grouped(relations.count)])
        for (relation, count) in relations.prefix(10) { rows.append(["  \(relation)", LoadSummary.grouped(count)]) }
        let seconds = session.loads.reduce(0) { $0 + $1.seconds }
        let fromSnapshot = session.loads.first?.fromSnapshot == true ? " (opened from the snapshot cache)" : ""
        let table = AnswerTableBuilder.table(
            columns: ["item", "count"], rows: rows, note: "loading took \(LoadSummary.seconds(seconds))\(fromSnapshot)")
        var settings = session.formatSettings
        settings.evidence = false
        settings.rowNoun = nil
        session.output.write(session.format.formatter.format(table, settings))
        return .success
    }
}
