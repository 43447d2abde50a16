/// Recognises short blocks whose words mark page furniture rather than article text: ad labels,
/// sharing and newsletter prompts, date lines, and headings that open related-content lists.
///
/// The phrases are generic web-page wording in English and Spanish, not any one site's.
enum BoilerplateText {
    /// Whole-block labels (compared after lower-casing and trimming punctuation).
    private static let labels: Set<String> = [
        "advertisement", "advert", "ad", "ads", "sponsored", "comments", "comment", "share", "share this",
        "share this article", "share this story", "print", "email", "tweet", "continue reading", "read more",
        "more", "related", "related articles", "related stories", "related content", "publicidad", "anuncio",
        "comentarios", "compartir", "leer más", "lee más", "ver más", "this slideshow requires javascript",
        "story continues below", "story continues below advertisement", "article continues below advertisement",
        "skip advertisement", "close", "menu", "loading", "scroll to continue with content", "getty images",
        "photo", "video", "watch", "listen", "audio", "text size", "font size", "sharing is caring", "subscribe", "sign up", "log in", "sign in",
        "suscríbete", "iniciar sesión", "newsletter",
    ]
    /// Openings of prompts and date lines (block at most 200 bytes).
    private static let promptOpenings = [
        "sign up for", "sign up to", "subscribe to", "subscribe now", "click here", "follow us", "share this",
        "tell us what you think", "leave a comment", "join the conversation", "get the latest",
        "suscríbete", "suscribete", "síguenos", "siguenos", "te puede interesar",
        "lee también", "lee tambien", "también te puede interesar", "more from", "copyright", "©", "all rights reserved",
        "this article was", "this story was", "read more:", "see also", "recommended for you", "don't miss",
        "we want to hear", "have a news tip", "download the", "watch:", "watch live", "related:",
        "reporting by", "additional reporting by", "editing by", "writing by", "compiled by", "con información de",
    ]
    /// Openings of date lines (block at most 100 bytes, with a digit).
    private static let dateLineOpenings = [
        "posted:", "updated:", "published:", "last updated", "posted on", "published on", "publicado:",
        "actualizado:", "publicado el", "actualizado el",
    ]
    /// Headings after which the rest of a page is usually lists of other articles or comments.
    private static let trailerOpenings = [
        "related", "more from", "more stories", "more news", "our latest", "latest stories", "latest news",
        "recommended", "you may also like", "you might also like", "most popular", "most read", "trending",
        "comments", "tell us what you think", "leave a reply", "leave a comment", "join the conversation",
        "noticias relacionadas", "te puede interesar", "también te puede interesar", "lo más leído",
        "lo más visto", "más noticias", "comentarios", "read next", "what to read next", "popular stories",
        "top stories", "about the author", "share this", "sign up",
    ]

    static func isBoilerplate(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        let key = normalized(text)
        if labels.contains(key) || isDateLine(text) { return true }
        if promptOpenings.contains(where: { key.hasPrefix($0) }) { return true }
        if text.utf8.count <= 150, ["contributed to this report", "contributed reporting", "contributed to this story"].contains(where: { key.contains($0) }) {
            return true
        }
        if text.utf8.count <= 60, key.hasPrefix("related ") || key.hasPrefix("relacionad") { return true }
        if key.hasPrefix("follow ") || key.hasPrefix("síguenos ") || key.hasPrefix("siguenos ") {
            if ["twitter", "facebook", "instagram", "youtube", "linkedin"].contains(where: { key.contains($0) }) { return true }
        }
        guard text.utf8.count <= 100, text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        return dateLineOpenings.contains { key.hasPrefix($0) }
    }

    /// Words a bare date line is made of, besides numbers (English and Spanish).
    private static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "enero", "febrero",
        "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
        "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "am", "pm", "a", "m", "p", "at", "of", "the", "de", "del", "el", "las", "a", "et", "est", "edt", "pst",
        "pdt", "cst", "cdt", "utc", "gmt", "updated", "published", "posted", "publicado", "actualizado", "on",
    ]

    /// A block that is only a date or time ("November 20, 2019", "8 de octubre de 2021 10:30").
    static func isDateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        var hasYear = false
        for var word in words {
            if word.hasSuffix("am") || word.hasSuffix("pm"), word.count > 2, word.dropLast(2).allSatisfy(\.isNumber) {
                word = word.dropLast(2)
            }
            if word.allSatisfy(\.isNumber) {
                if word.count == 4, word.hasPrefix("19") || word.hasPrefix("20") { hasYear = true }
                continue
            }
            if !dateWords.contains(String(word)) { return false }
        }
        return hasYear
    }

    /// Press-release end marks ("###", "-30-"): what follows is contact and "About" boilerplate.
    static func isEndMark(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        return compact == "###" || compact == "-30-" || compact == "—30—" || compact == "–30–"
    }

    static func opensTrailer(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let key = normalized(text)
        if trailerOpenings.contains(where: { key.hasPrefix($0) }) { return true }
        return key.hasPrefix("more ") && ["stories", "articles", "news", "from", "reading"].contains { key.contains($0) }
    }

    /// Lower-cased, without leading non-letters and trailing punctuation (a colon stays).
    private static func normalized(_ text: String) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = utf8.map { ($0 >= 65 && $0 <= 90) ? $0 | 0x20 : $0 }
            func isLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
            while let last = bytes.last, !isLetter(last), last != UInt8(ascii: ":") { bytes.removeLast() }
            let start = bytes.firstIndex(where: isLetter) ?? bytes.endIndex
            return String(decoding: bytes[start...], as: UTF8.self)
        }
        let lowered = text.lowercased()
        let trimmed = lowered.unicodeScalars.drop(while: { !$0.properties.isAlphabetic && $0 != "©" })
        var scalars = String.UnicodeScalarView(trimmed)
        while let last = scalars.last, !last.properties.isAlphabetic, last != ":" { scalars.removeLast() }
        return String(scalars)
    }
}
