/// Lines of page furniture that scraped text carries: navigation, share and tag lines, bylines,
/// credits, copyright and cookie notices, archive banners. Rules are general wording, never sites.
enum Furniture {
    /// Whole lines (folded: lowercased, trimmed of trailing punctuation) that are furniture.
    static let exactLines: Set<String> = [
        "top of page", "back to top", "return to top", "go to top", "skip to main content", "skip to content",
        "skip navigation", "breadcrumb", "breadcrumbs", "you are here", "search", "search form", "menu", "main menu",
        "close", "open menu", "toggle navigation", "home", "print", "print this page", "email", "e-mail", "share",
        "share this", "share this page", "share this article", "share on facebook", "share on twitter", "share on x",
        "share on linkedin", "tweet", "download", "download pdf", "download the pdf", "see all", "view all", "load more",
        "read more", "show more", "more", "related", "related articles", "related content", "related news",
        "related stories", "related posts", "you may also like", "recommended", "most popular", "most read",
        "trending", "advertisement", "sponsored", "sign up", "subscribe", "newsletter", "archive", "archives",
        "for immediate release", "press release", "news release", "###", "# # #", "-30-", "* * *", "***", "en español",
        "in english", "compartir", "compartir en facebook", "compartir en twitter", "imprimir", "descargar",
        "descargar pdf", "ver más", "ver todo", "ver todas", "cargar más", "leer más", "volver arriba", "ir arriba",
        "inicio", "menú", "buscar", "suscríbete", "suscribirse", "archivo", "notas relacionadas", "noticias relacionadas",
        "también te puede interesar", "te puede interesar", "publicidad", "para publicación inmediata", "comunicado", "comunicado de prensa", "boletín de prensa", "boletín",
        "lo más leído", "lo más visto", "enlaces relacionados", "related links", "next", "previous", "siguiente", "anterior",
    ]

    /// Line openings that mark furniture when the line is short (under `shortLine` scalars).
    static let prefixes: [String] = [
        "tags:", "tag:", "topics:", "topic:", "filed under", "categories:", "category:", "keywords:", "etiquetas:",
        "temas:", "categorías:", "palabras clave:", "photo:", "photo by", "photos:", "photograph:", "image:",
        "image credit", "credit:", "photo credit", "(photo", "foto:", "fotografía:", "fotos:", "imagen:", "crédito:",
        "source:", "fuente:", "from:", "de:", "media contact", "press contact", "contact:", "contacto:", "click here",
        "haga clic", "haz clic", "follow us", "síguenos", "sign up for", "subscribe to", "suscríbete a",
        "©", "copyright", "(c) 19", "(c) 20", "updated:", "last updated", "actualizado:", "última actualización",
        "published:", "posted:", "publicado:", "read also", "read more:", "see also", "lee también", "lea también",
        "ver también", "más información:", "related:",
    ]

    /// Phrases that make a short line furniture wherever they stand in it.
    static let containedPhrases: [String] = [
        "all rights reserved", "todos los derechos reservados", "archived webpage", "historical material",
        "no longer updated", "getty images", "ap photo", "afp photo", "reuters/", "min read", "minutos de lectura",
        "javascript is disabled", "enable javascript", "your browser", "tu navegador",
    ]

    static let socialWords: Set<String> = [
        "facebook", "twitter", "x", "linkedin", "email", "e-mail", "whatsapp", "print", "share", "reddit", "pinterest",
        "instagram", "youtube", "telegram", "copy", "link", "copiar", "enlace", "imprimir", "compartir", "correo", "tiktok",
    ]

    static let shortLine = 160

    /// Whether a line, already trimmed, is furniture.
    static func isFurniture(_ line: String) -> Bool {
        // Paragraphs of running text are never furniture; checking them costs most of the clean-up.
        let count = line.unicodeScalars.count
        guard count <= 400 else { return false }
        let folded = fold(line)
        if folded.isEmpty { return false }
        if exactLines.contains(folded) { return true }
        let bytes = Array(folded.utf8)
        if count <= shortLine {
            if prefixes.contains(where: { bytes.starts(with: $0.utf8) }) { return true }
            if containedPhraseBytes.contains(where: { bytes.containsBytes($0) }) { return true }
            if isCookieNotice(bytes) || isSocialLine(folded) || isByline(line) || isCaption(bytes) { return true }
        } else if isCookieNotice(bytes) || containedPhraseBytes.prefix(5).contains(where: { bytes.containsBytes($0) }) {
            return true
        }
        return false
    }

    /// "More Labor News", "More Press Releases", "Más noticias": a list of other articles follows.
    static func opensLinkList(_ line: String) -> Bool {
        guard line.utf8.count <= 80, line.split(separator: " ", maxSplits: 7).count <= 6 else { return false }
        let folded = fold(line)
        let words = folded.split(separator: " ")
        guard words.count <= 6 else { return false }
        if folded.hasPrefix("more ") && (folded.hasSuffix("news") || folded.hasSuffix("releases") || folded.hasSuffix("stories")
            || folded.hasSuffix("articles") || folded.hasSuffix("posts") || folded.hasSuffix("statements") || folded.hasSuffix("from")) {
            return true
        }
        if folded.hasPrefix("más noticias") || folded.hasPrefix("otras noticias") { return true }
        return ["related articles", "related stories", "related news", "related content", "you may also like", "recommended for you",
                "notas relacionadas", "noticias relacionadas", "también te puede interesar", "lo más leído", "most popular",
                "latest news", "últimas noticias", "related links", "enlaces relacionados"].contains(folded)
    }

    static func fold(_ line: String) -> String {
        var s = line.lowercased()
        while let last = s.unicodeScalars.last, ".:|»›>-–—".unicodeScalars.contains(last) || last.properties.isWhitespace, s.unicodeScalars.count > 1 {
            s.unicodeScalars.removeLast()
        }
        return s.trimmingSpaces()
    }

    static let containedPhraseBytes = containedPhrases.map { Array($0.utf8) }
    static let cookieWords = ["use", "accept", "policy", "consent", "utiliza", "usamos", "acept", "política", "settings"].map { Array($0.utf8) }
    static let captionMarks = [", left,", ", right,", ", center,", "(left)", "(right)", "(center)", ", izquierda,", ", derecha,", "(izq.)", "(der.)"]
        .map { Array($0.utf8) }

    private static func isCookieNotice(_ folded: [UInt8]) -> Bool {
        folded.containsBytes(Array("cookie".utf8)) && cookieWords.contains(where: { folded.containsBytes($0) })
    }

    private static func isSocialLine(_ folded: String) -> Bool {
        guard folded.utf8.count <= 120 else { return false }
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "/" || $0 == "," || $0 == "·" })
        return !words.isEmpty && words.count <= 10 && words.allSatisfy { socialWords.contains(String($0)) }
    }

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Por Juan Pérez".
    private static func isByline(_ line: String) -> Bool {
        guard line.hasPrefix("By ") || line.hasPrefix("BY ") || line.hasPrefix("Por ") || line.hasPrefix("POR ") else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 2, words.count <= 9, ["By", "BY", "Por", "POR"].contains(String(words[0])) else { return false }
        guard let last = line.unicodeScalars.last, !".!?".unicodeScalars.contains(last) else { return false }
        let names = words.dropFirst().filter { !["and", "y", "&", "|", "-", "–"].contains(String($0)) }
        return names.allSatisfy { $0.first.map { $0.isUppercase } ?? false }
    }

    /// Photo captions that say who stands where: "Vice President Biden, left, waves…".
    private static func isCaption(_ folded: [UInt8]) -> Bool {
        captionMarks.contains(where: { folded.containsBytes($0) })
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes; a plain scan, faster than Foundation's string search
    /// on the short lines it is used for.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        var i = 0
        let last = count - needle.count
        while i <= last {
            if self[i] == first && self[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

extension String {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
