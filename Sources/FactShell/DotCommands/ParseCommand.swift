import TextPipeline

/// `.parse SENTENCE`: the dependency tree the text pipeline gives a sentence, to see why a fact
/// was (or was not) extracted.
struct ParseCommand: DotCommand {
    let name = ".parse"
    let usage = "SENTENCE"
    let summary = "show the dependency tree of SENTENCE"

    func run(_ argument: String, in session: ShellSession) -> ExitStatus {
        guard !argument.isEmpty else {
            session.report(.command(".parse needs a sentence"))
            return .queryFailed
        }
        let pipeline: Pipeline
        switch session.loader.models {
        case .success(let loaded): pipeline = loaded
        case .failure(let problem):
            session.report(problem)
            return .badInput
        }
        let document = pipeline.annotate(unquote(argument))
        var text = ""
        for index in document.sentences.indices {
            text += "# " + document.text(ofTokens: document.sentences[index]) + "\n"
            text += TreeRenderer.render(document, sentence: index)
            if !text.hasSuffix("\n") { text += "\n" }
        }
        session.output.write(session.output.isTerminal ? TerminalSanitizer.sanitize(text, singleLine: false) : text)
        return .success
    }
}
