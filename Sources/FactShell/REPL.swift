/// The interactive loop: prompt, read a statement with the line editor, run it, remember it.
///
/// `facts> ` starts a statement and `  ...> ` continues one. Ctrl-C clears the line and any
/// unfinished statement; Ctrl-D (on an empty line) leaves. Every statement, multi-line or not,
/// becomes one history entry, saved at once.
enum REPL {
    static let prompt = "facts> "
    static let continuationPrompt = "  ...> "

    /// Runs until `.quit` or Ctrl-D.
    static func run(_ session: ShellSession, editor: LineEditor) {
        var reader = StatementReader()
        while !session.quitRequested {
            let event = editor.readLine(prompt: reader.isContinuing ? continuationPrompt : prompt)
            switch event {
            case .interrupted:
                reader.reset()
                session.errors.write("\n")
            case .endOfInput:
                if let unfinished = reader.finish() {
                    editor.remember(unfinished.text)
                    StatementRunner.run(unfinished, in: session, file: nil)
                }
                session.standardOutput.write("\n")
                return
            case .line(let line):
                guard let statement = reader.add(line, number: reader.pendingLineCount + 1) else { continue }
                editor.remember(statement.text)
                StatementRunner.run(statement, in: session, file: nil)
            }
        }
    }
}
