import PuenteModel

extension ResolutionPass {
    /// The end token of 2–4 capitalised name words (particles such as "de la" allowed inside) that
    /// start at token `t`, right after a title; nil when there are fewer than two.
    func unknownName(from t: Int, limit: Int) -> Int? {
        var i = t
        var names = 0
        var lastName = -1
        while i < limit, i < tokens.count, names < 4 {
            let tok = tokens[i]
            guard softBefore(i) else { break }
            let single = tok.end - tok.start == 1
            if tok.isCapitalized, tok.flags & Token.hasLetter != 0, !tok.isAllUpper || single, !Words.function.contains(tok.hash) {
                names += 1
                lastName = i
            } else if names > 0, !tok.isCapitalized, Words.particles.contains(tok.hash) {
                // name particle
            } else {
                break
            }
            i += 1
        }
        return names >= 2 ? lastName + 1 : nil
    }

    /// Emits a person absent from the lexicon (or the lexicon person whose name or first two names
    /// have the same slug); `title` is the title as written.
    mutating func emitUnknown(headSpan: Span, range r: Range<Int>, title written: String, nameStart: Int, end: Int,
                              roles: [Int32], country: Int32?, demoted: Bool) {
        let name = text(range(nameStart, end))
        let slug = Lexicon.slug(name)
        if let known = index.actorIndex["person:" + slug] ?? index.nameSlugs[slug] { emit(known, r, .name); return }
        let id = "person:" + slug
        let role: RoleEntry? = headSpan.role.map { index.roles[Int($0)] } ?? (roles.count == 1 ? index.roles[Int(roles[0])] : nil)
        let iso = role?.country ?? country.map { index.actors[Int($0)].id }
        let titleSector = headSpan.title.flatMap { index.titles[Int($0)].sector }
        let title = demoted || role == nil ? written : role!.title
        unknown[id] = (name, iso, role?.sector ?? titleSector ?? "GOV", ActorRole(title: title, org: role?.org))
        mentions.append(ActorMention(range: r, actorID: id, country: iso, kind: .person, how: .unknownPerson))
    }

    /// The text of scalar range `r`, read back from the tokens' source.
    func text(_ r: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: source[r])
        return String(view)
    }
}
