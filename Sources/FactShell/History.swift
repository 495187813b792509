import Foundation

/// Where the shell's history lives, created private to its owner.
///
/// `$FACTSH_HISTORY` if set (an empty value turns history off), else
/// `$XDG_STATE_HOME/factsh/history`, else `~/.local/state/factsh/history` with `~` from `$HOME`
/// (as psql and DuckDB do, not from the password database). The folder is created mode 0700
/// and the file mode 0600. The file is libedit's format (`_HiStOrY_V2_`), factsh's own.
public enum History {
    /// The history file to use, or nil when history is off or no home is known.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let override = environment["FACTSH_HISTORY"] { return override.isEmpty ? nil : override }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/factsh/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/factsh/history"
    }

    /// Creates the file's folder (0700) and the file (0600) if missing. False when that fails;
    /// the shell then runs without saved history.
    @discardableResult
    public static func prepare(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                return false
            }
        }
        if !FileManager.default.fileExists(atPath: path) {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            guard descriptor >= 0 else { return false }
            close(descriptor)
        }
        return FileManager.default.isWritableFile(atPath: path)
    }

    /// A statement as one history entry: the lines of a multi-line statement joined by spaces,
    /// so recalling it gives one editable line.
    static func entry(for statement: String) -> String {
        statement.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }
}
