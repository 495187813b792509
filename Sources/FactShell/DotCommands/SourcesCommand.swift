import FactModel

/// `.sources`: the loaded documents, with their date, sentence and fact counts, and title.
struct SourcesCommand: DotCommand {
    let name = ".sources"
    let usage = ""
    let summary = "list the loaded documents"

    func run(_ argument: String, in session: ShellSession) -> ExitStatus {
        let store = session.store
        var factsPerDocument: [DocumentID: Int] = [:]
        for index in 0..<store.factCount { factsPerDocument[store.fact(FactID(index)).provenance.document, default: 0] += 1 }
        let table = AnswerTableBuilder.table(
            columns: ["document", "date", "sentences", "facts", "title"],
            rows: store.documentIDs.compactMap { id in
                guard let document = store.document(id) else { return nil }
                return [document.path, document.date ?? "", String(document.sentences.count),
                        String(factsPerDocument[id, default: 0]), document.title]
            },
            note: store.documentIDs.isEmpty ? "nothing is loaded (.load PATH adds articles)" : nil)
        var settings = session.formatSettings
        settings.evidence = false
        settings.rowNoun = ("document", "documents")
        session.output.write(session.format.formatter.format(table, settings))
        return .success
    }
}
