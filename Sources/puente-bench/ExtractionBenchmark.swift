import ArgumentParser
import Foundation
import PuenteText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Extracts the main text of every page of an article-extraction benchmark, writes the predictions
/// in the benchmark's format (`{"<id>": {"articleBody": "…"}}`) and reports speed and peak memory.
struct ExtractionBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Main-text extraction speed and predictions over a folder of HTML pages.",
        discussion: """
            Pages are DIR/html/*.html.gz (or DIR/*.html, *.html.gz); a page's id is its file name \
            without the extension. Timing covers inflating, decoding, parsing and extraction on \
            one thread, after all files are read into memory. pages/s is by the wall clock (best \
            run); cpu-pages/s by the thread's CPU time, which other load on the machine does not skew.
            """
    )

    @Option(name: .long, help: "Benchmark folder (holding html/*.html.gz).")
    var data: String

    @Option(name: .long, help: "Where to write predictions JSON.")
    var out: String?

    @Option(name: .long, help: "Times to run over all pages (speed is the best run).")
    var repeats: Int = 3

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
    }

    func run() async throws {
        let pages = try Self.loadPages(from: data)
        guard !pages.isEmpty else { throw ValidationError("no .html or .html.gz files under \(data)") }
        var predictions: [String: [String: String]] = [:]
        var bestSeconds = Double.infinity
        var bestCPUSeconds = Double.infinity
        for round in 0 ..< repeats {
            let clock = ContinuousClock()
            var texts: [String: String] = [:]
            let cpuStart = Self.threadCPUSeconds()
            let elapsed = clock.measure {
                for page in pages { texts[page.id] = HTMLPage(parsing: page.bytes).mainText }
            }
            bestCPUSeconds = min(bestCPUSeconds, Self.threadCPUSeconds() - cpuStart)
            bestSeconds = min(bestSeconds, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            if round == 0 { predictions = texts.mapValues { ["articleBody": $0] } }
        }
        if let out {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try encoder.encode(predictions).write(to: URL(fileURLWithPath: out))
        }
        let rate = Double(pages.count) / bestSeconds
        let cpuRate = Double(pages.count) / bestCPUSeconds
        let megabytes = Self.peakResidentMegabytes().map { String(format: "%.1f MB", $0) } ?? "unknown"
        print(String(format: "pages=%d seconds=%.3f pages/s=%.1f cpu-pages/s=%.1f peak-memory=%@",
                     pages.count, bestSeconds, rate, cpuRate, megabytes))
    }

    private static func loadPages(from folder: String) throws -> [(id: String, bytes: [UInt8])] {
        let manager = FileManager.default
        let nested = (folder as NSString).appendingPathComponent("html")
        var isDirectory: ObjCBool = false
        let root = manager.fileExists(atPath: nested, isDirectory: &isDirectory) && isDirectory.boolValue ? nested : folder
        let names = try manager.contentsOfDirectory(atPath: root).sorted()
        return try names.compactMap { name -> (id: String, bytes: [UInt8])? in
            let id: String
            if name.hasSuffix(".html.gz") { id = String(name.dropLast(8)) }
            else if name.hasSuffix(".html") { id = String(name.dropLast(5)) }
            else { return nil }
            let contents = try Data(contentsOf: URL(fileURLWithPath: (root as NSString).appendingPathComponent(name)))
            return (id, [UInt8](contents))
        }
    }

    /// CPU time of the calling thread, in seconds (one core's worth of work, whatever else runs).
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// VmHWM from /proc/self/status, in MiB; nil where /proc is absent.
    private static func peakResidentMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first
            return kilobytes.map { $0 / 1024 }
        }
        return nil
    }
}
