import ArgumentParser

@main
struct Puente: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Reads documents about a bilateral relationship and keeps a sourced record of it.")
}
