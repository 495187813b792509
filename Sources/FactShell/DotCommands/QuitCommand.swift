/// `.quit`: leave the shell (or stop the script).
struct QuitCommand: DotCommand {
    let name = ".quit"
    let aliases = [".exit", ".q"]
    let usage = ""
    let summary = "leave the shell (Ctrl-D does too)"

    func run(_ argument: String, in session: ShellSession) -> ExitStatus {
        session.quitRequested = true
        return .success
    }
}
