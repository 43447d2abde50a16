import Foundation

/// Turns PDF bytes into text with `pdftotext` from poppler-utils.
public struct PDFConverter: Sendable {
    /// Where to look for `pdftotext`; the `PATH` of the process by default.
    public var searchPath: [String]

    public init(searchPath: [String]? = nil) {
        self.searchPath = searchPath ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    }

    public func text(ofPDF bytes: [UInt8], source: String) throws(ReadingError) -> String {
        guard let tool = searchPath.map({ $0 + "/pdftotext" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ReadingError(.pdfToolMissing, location: source, message: "reading PDF needs pdftotext, which is not installed; install it with `apt-get install poppler-utils` (Debian/Ubuntu) or `brew install poppler` (macOS)")
        }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("puente-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: input) }
        do {
            try Data(bytes).write(to: input)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = ["-enc", "UTF-8", "-nopgbrk", "-q", input.path, "-"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ReadingError(.pdfConversionFailed, location: source, message: "pdftotext could not read this PDF (exit status \(process.terminationStatus)); check that the file is a complete, unencrypted PDF")
            }
            return TextDecoding.decode(Array(data)).text
        } catch let error as ReadingError {
            throw error
        } catch {
            throw ReadingError(.pdfConversionFailed, location: source, message: "could not run pdftotext (\(error.localizedDescription))")
        }
    }
}

extension PDFConverter {
    /// Whether `pdftotext` is on the search path.
    public var isAvailable: Bool {
        searchPath.contains { FileManager.default.isExecutableFile(atPath: $0 + "/pdftotext") }
    }
}
