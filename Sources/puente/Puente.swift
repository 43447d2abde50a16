import ArgumentParser
import Foundation

@main
struct Puente: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reads documents about a relationship between two countries and keeps a sourced record of it.",
        subcommands: [ExtractCommand.self]
    )

    /// Puente's exit statuses: 0 all good, 1 some documents failed, 2 a usage error.
    /// ArgumentParser uses 64 for usage errors; this maps every outcome in one place.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let exitCode = Self.exitCode(for: error)
            let message = Self.fullMessage(for: error)
            if exitCode == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(exitCode == .validationFailure ? PuenteExit.usage.rawValue : PuenteExit.someFailed.rawValue)
        }
    }
}

/// The exit statuses Puente's commands end with.
enum PuenteExit: Int32 {
    case success = 0
    case someFailed = 1
    case usage = 2

    var code: ExitCode { ExitCode(rawValue) }
}
