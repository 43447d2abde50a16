import PuenteModel

extension Lexicon {
    /// Checks ids, dates and references, naming the first bad entry.
    func validate(file: String) throws(LexiconError) {
        for a in actors {
            if a.id.isEmpty || a.name.isEmpty {
                throw LexiconError(code: .invalidEntry, file: file, entry: a.id.isEmpty ? a.name : a.id,
                                   message: "every actor needs a non-empty 'id' and 'name'")
            }
            for t in a.roles {
                if role(id: t.role) == nil {
                    throw LexiconError(code: .unknownReference, file: file, entry: a.id,
                                       message: "role '\(t.role)' is not defined; add it under 'roles' or fix the id")
                }
                for d in [t.from, t.to].compactMap({ $0 }) where DateValue(isoString: d) == nil {
                    throw LexiconError(code: .invalidEntry, file: file, entry: a.id,
                                       message: "date '\(d)' of role '\(t.role)' is not YYYY-MM-DD, YYYY-MM or YYYY")
                }
            }
        }
        for r in roles where r.roleClass != nil && roleClasses[r.roleClass!] == nil {
            throw LexiconError(code: .unknownReference, file: file, entry: r.id,
                               message: "role class '\(r.roleClass!)' is not defined; add it under 'role_classes'")
        }
        for m in mechanisms where m.id.isEmpty || m.name.isEmpty {
            throw LexiconError(code: .invalidEntry, file: file, entry: m.id.isEmpty ? m.name : m.id,
                               message: "every mechanism needs a non-empty 'id' and 'name'")
        }
    }
}
