import ArgumentParser

@main
struct PuenteBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "puente-bench",
        abstract: "Release-build benchmarks for Puente's stages.",
        subcommands: [ExtractionBenchmark.self, TaggerBenchmark.self, LexiconBenchmark.self, PipelineBenchmark.self]
    )
}
