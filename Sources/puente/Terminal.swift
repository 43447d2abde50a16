import Foundation

/// Messages for people on standard error, and a progress line when standard error is a terminal.
final class Terminal: @unchecked Sendable {
    // Only the command's own task writes here; the lock keeps output whole if that ever changes.
    private let lock = NSLock()
    private let isInteractive: Bool
    private var progressShown = false

    init(isInteractive: Bool = isatty(FileHandle.standardError.fileDescriptor) == 1) {
        self.isInteractive = isInteractive
    }

    func warning(_ message: String) { line("puente: warning: \(message)") }

    func error(_ message: String) { line("puente: error: \(message)") }

    func progress(_ message: String) {
        guard isInteractive else { return }
        lock.withLock {
            write("\r\u{1B}[K" + message)
            progressShown = true
        }
    }

    func finishProgress() {
        guard isInteractive else { return }
        lock.withLock {
            if progressShown { write("\r\u{1B}[K") }
            progressShown = false
        }
    }

    private func line(_ text: String) {
        lock.withLock {
            if progressShown { write("\r\u{1B}[K"); progressShown = false }
            write(text + "\n")
        }
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// Buffered writing to standard output, flushed per record so a pipe sees whole lines.
struct StandardOutput {
    func write(_ data: Data) { FileHandle.standardOutput.write(data) }
    func write(_ text: String) { write(Data(text.utf8)) }
}
