import QueryLanguage

/// The text of `.help` and its topics.
enum HelpText {
    static var overview: String {
        var text = """
        Ask questions in plain words; every answer shows the sentence it came from.
          who attends meeting          who is mayor of Los Angeles      describe Garcetti
        A statement ends at the end of the line or at ';' and continues inside ( ) or "quotes".

        Commands:

        """
        let width = DotCommands.all.map { $0.name.count + ($0.usage.isEmpty ? 0 : $0.usage.count + 1) }.max() ?? 10
        for command in DotCommands.all {
            let head = command.usage.isEmpty ? command.name : "\(command.name) \(command.usage)"
            text += "  " + head.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += "\nMore: .help keys (editing keys), .help query (the question language), .help formats, .help files\n"
        return text
    }

    static func describe(_ command: any DotCommand) -> String {
        var text = command.usage.isEmpty ? command.name : "\(command.name) \(command.usage)"
        text += "\n  \(command.summary)\n"
        if !command.aliases.isEmpty { text += "  also: \(command.aliases.joined(separator: ", "))\n" }
        return text
    }

    static let topics: [(name: String, text: String)] = [
        ("keys", keys), ("query", query), ("formats", formats), ("files", files),
    ]

    static let keys = """
    Editing keys (emacs style, from libedit):
      Tab              complete a command, keyword, entity or relation name (twice: list them)
      Up, Down         previous or next statement from the history (also Ctrl-P, Ctrl-N)
      Ctrl-R           search the history backwards
      Left, Right      move by character (Ctrl-B, Ctrl-F); Alt-B, Alt-F by word
      Ctrl-A, Ctrl-E   start or end of the line
      Ctrl-K, Ctrl-U   delete to the end of the line, or the whole line
      Ctrl-W           delete the word before the cursor
      Ctrl-C           clear the line (and an unfinished statement); during a query: cancel it
      Ctrl-D           on an empty line: leave the shell
    History is saved after every statement in $XDG_STATE_HOME/factsh/history
    (default ~/.local/state/factsh/history; FACTSH_HISTORY overrides, empty turns it off).

    """

    /// The query language, as the query engine describes it.
    static var query: String { QueryEngine.helpText + "\n" }

    static let formats = """
    Output formats (.mode FORMAT, or --format FORMAT on the command line):
      table   aligned columns fitted to the terminal; long evidence wrapped or cut with …
      tsv     tab-separated, header row first; tab, newline and \\ in values written \\t \\n \\\\
      csv     RFC 4180: header row first, fields with , " or line breaks quoted, CRLF line ends
      json    one array of row objects per answer
      jsonl   one row object per line
    The answer is the first column; `evidence` (the sentence) and `source` (path:line) follow
    unless .evidence off (--no-evidence); `(sentence)` after the line marks an answer read from
    the sentence text because no fact matched. .headers off drops the header row.
    On a terminal the default is table, otherwise tsv. No colour when piped or NO_COLOR is set.

    """

    static let files = """
    Loading:
      factsh [PATH ...]   article files (.txt), folders (searched recursively), fact files (.jsonl);
                          no PATH: the demo corpus in Corpus/ (or $FACTSH_CORPUS)
      .load PATH ...      add more while the shell runs; .sources lists what is loaded
    Files that cannot be loaded (unreadable, binary, not UTF-8, empty) are named and skipped;
    a malformed line of a fact file is reported as FILE:LINE:COL: error: … and the rest loads.
      factsh extract --format jsonl PATH ... > facts.jsonl   writes a fact file
    Snapshot cache: the second time, the same sources open from a snapshot of the store in
    $XDG_CACHE_HOME/factsh (default ~/.cache/factsh); --no-cache or FACTSH_NO_CACHE=1 turns it off.
    Scripts:
      factsh -f FILE      run a query file; errors read FILE:LINE:COL: error: …
      factsh -c QUERY     run one query (repeatable); piped standard input is a script too
      .read FILE          run a query file from the shell; .output FILE sends answers to a file
    Exit status: 0 all queries succeeded, 1 a query failed, 2 bad usage or unreadable input.

    """
}
