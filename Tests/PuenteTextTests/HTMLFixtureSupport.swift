import Foundation

/// Reads the hand-written pages under `Fixtures/html`.
enum HTMLFixtures {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try fixtureURL(name)
        return [UInt8](try Data(contentsOf: url))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    private static func fixtureURL(_ name: String) throws -> URL {
        guard let base = Bundle.module.resourceURL else { throw FixtureError.missing(name) }
        return base.appendingPathComponent("Fixtures/html/\(name)")
    }

    enum FixtureError: Error { case missing(String) }
}

/// Where the shared benchmark data lives: `PUENTE_SHARED`, else `../shared` next to the package.
enum SharedData {
    static var root: URL {
        if let override = ProcessInfo.processInfo.environment["PUENTE_SHARED"] {
            return URL(fileURLWithPath: override)
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return package.deletingLastPathComponent().appendingPathComponent("shared")
    }

    static var articleBenchmark: URL { root.appendingPathComponent("data/article-extraction-benchmark") }

    static var hasArticleBenchmark: Bool {
        FileManager.default.fileExists(atPath: articleBenchmark.appendingPathComponent("ground-truth.json").path)
    }
}
