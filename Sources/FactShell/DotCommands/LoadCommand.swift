/// `.load PATH ...`: add articles, folders or fact files to the store.
struct LoadCommand: DotCommand {
    let name = ".load"
    let usage = "PATH ..."
    let summary = "add articles (.txt), folders or fact files (.jsonl)"
    let argumentIsFile = true

    func run(_ argument: String, in session: ShellSession) -> ExitStatus {
        let paths = splitArguments(argument)
        guard !paths.isEmpty else {
            session.report(.command(".load needs a file or folder"))
            return .queryFailed
        }
        let failures = session.failureCount
        let report = SignalHandling.cancellable {
            session.load(paths.map { LoadRequest(path: expandHome($0)) }, isCancelled: SignalHandling.isInterrupted)
        }.0
        session.errors.write(LoadSummary.line(report) + "\n")
        return session.failureCount > failures ? .badInput : .success
    }
}

/// Words of an argument, with "double" or 'single' quotes grouping words that hold spaces.
func splitArguments(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    for character in text {
        if let open = quote {
            if character == open { quote = nil } else { current.append(character) }
        } else if character == "\"" || character == "'" {
            quote = character
            inWord = true
        } else if character.isWhitespace {
            if inWord { words.append(current) }
            current = ""
            inWord = false
        } else {
            current.append(character)
            inWord = true
        }
    }
    if inWord { words.append(current) }
    return words
}
