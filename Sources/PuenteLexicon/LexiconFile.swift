import Foundation
import Yams

/// One lexicon file, JSON or YAML (`puente.lexicon/1`); every section is optional.
public struct LexiconFile: Codable, Sendable {
    public var format: String?
    public var actors: [ActorEntry]
    public var roles: [RoleEntry]
    public var roleClasses: [RoleClassEntry]
    public var titles: [TitleEntry]
    public var groupNouns: [GroupNounEntry]
    public var mechanisms: [MechanismEntry]
    /// Phrases that never name an actor (`Washington Post`, `Gulf of Mexico`).
    public var blockers: [String]

    enum CodingKeys: String, CodingKey {
        case format, actors, roles, titles, mechanisms, blockers
        case roleClasses = "role_classes", groupNouns = "group_nouns"
    }

    public init(actors: [ActorEntry] = [], roles: [RoleEntry] = [], roleClasses: [RoleClassEntry] = [],
                titles: [TitleEntry] = [], groupNouns: [GroupNounEntry] = [], mechanisms: [MechanismEntry] = [],
                blockers: [String] = []) {
        self.format = "puente.lexicon/1"
        self.actors = actors; self.roles = roles; self.roleClasses = roleClasses; self.titles = titles
        self.groupNouns = groupNouns; self.mechanisms = mechanisms; self.blockers = blockers
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decodeIfPresent(String.self, forKey: .format)
        actors = try c.decodeIfPresent([ActorEntry].self, forKey: .actors) ?? []
        roles = try c.decodeIfPresent([RoleEntry].self, forKey: .roles) ?? []
        roleClasses = try c.decodeIfPresent([RoleClassEntry].self, forKey: .roleClasses) ?? []
        titles = try c.decodeIfPresent([TitleEntry].self, forKey: .titles) ?? []
        groupNouns = try c.decodeIfPresent([GroupNounEntry].self, forKey: .groupNouns) ?? []
        mechanisms = try c.decodeIfPresent([MechanismEntry].self, forKey: .mechanisms) ?? []
        blockers = try c.decodeIfPresent([String].self, forKey: .blockers) ?? []
    }

    /// Reads a file; `.json` is decoded as JSON, anything else as YAML.
    public static func read(_ url: URL) throws(LexiconError) -> LexiconFile {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LexiconError(code: .fileUnreadable, file: url.path, message: "cannot read the lexicon file; check the path and permissions",
                               cause: "\(error)")
        }
        return try decode(data, name: url.path, json: url.pathExtension.lowercased() == "json")
    }

    /// Decodes file contents; `name` is used in errors.
    public static func decode(_ data: Data, name: String, json: Bool) throws(LexiconError) -> LexiconFile {
        do {
            if json { return try JSONDecoder().decode(LexiconFile.self, from: data) }
            guard let text = String(data: data, encoding: .utf8) else {
                throw LexiconError(code: .malformedFile, file: name, message: "the file is not UTF-8 text; save it as UTF-8")
            }
            return try YAMLDecoder().decode(LexiconFile.self, from: text)
        } catch let error as LexiconError {
            throw error
        } catch {
            throw LexiconError(code: .malformedFile, file: name, entry: Self.entryHint(error),
                               message: "not a valid puente.lexicon/1 file; compare it with the schema in the README",
                               cause: Self.describe(error))
        }
    }

    static func entryHint(_ error: any Error) -> String? {
        guard let e = error as? DecodingError else { return nil }
        let path: [any CodingKey]
        switch e {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
        case .keyNotFound(_, let c): path = c.codingPath
        @unknown default: return nil
        }
        return path.isEmpty ? nil : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    static func describe(_ error: any Error) -> String {
        guard let e = error as? DecodingError else { return "\(error)" }
        switch e {
        case .keyNotFound(let key, _): return "missing key '\(key.stringValue)'"
        case .typeMismatch(let type, let c): return "expected \(type): \(c.debugDescription)"
        case .valueNotFound(let type, let c): return "missing \(type): \(c.debugDescription)"
        case .dataCorrupted(let c): return c.debugDescription
        @unknown default: return "\(error)"
        }
    }
}
