import Foundation
import FactModel
import FactStore
import QueryLanguage
import TextPipeline

/// Entry point of the shell: loads the sources, then runs commands, a script, piped input or the REPL.
/// SCAFFOLD: loads articles and runs `-c` queries as TSV; the full shell replaces it.
public enum ShellMain {
    /// Runs the shell and returns the process exit status.
    public static func run(_ options: ShellOptions) -> Int32 {
        do {
            let pipeline = try Pipeline.bundled()
            let store = FactStore()
            for path in options.paths {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let title = text.split(separator: "\n").first.map(String.init) ?? path
                store.add(pipeline.extract(Document(id: 0, path: path, title: title, text: text)))
            }
            let engine = QueryEngine(source: store, lexicon: try WordNetLexicon.bundled())
            var status: Int32 = 0
            for command in options.commands {
                for result in engine.run(command) {
                    switch result {
                    case .success(let table):
                        print(table.columns.joined(separator: "\t"))
                        for row in table.rows { print(row.values.joined(separator: "\t")) }
                    case .failure(let diagnostic):
                        FileHandle.standardError.write(Data("error: \(diagnostic.message)\n".utf8))
                        status = 1
                    }
                }
            }
            return status
        } catch {
            FileHandle.standardError.write(Data("factsh: \(error)\n".utf8))
            return 2
        }
    }
}
