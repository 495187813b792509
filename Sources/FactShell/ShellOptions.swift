/// Everything the command line can ask of the shell.
public struct ShellOptions: Sendable {
    /// Article files, folders and fact files to load; empty means the demo corpus.
    public var paths: [String] = []
    /// Queries given with `-c`, run in order.
    public var commands: [String] = []
    /// A query script given with `-f`.
    public var scriptFile: String?
    /// nil: `table` on a terminal, `tsv` otherwise.
    public var format: OutputFormat?
    /// Stop a script at its first error.
    public var bail = false
    /// Answers carry their `evidence` and `source` columns.
    public var evidence = true
    /// Bypass the snapshot cache (`--no-cache`; `FACTSH_NO_CACHE=1` does the same).
    public var noCache = false

    public init() {}
}
