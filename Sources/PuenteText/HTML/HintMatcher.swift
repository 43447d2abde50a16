/// Classifies the words of `id` and `class` attributes into content and boilerplate signals.
///
/// Matching is by substring over lower-cased ASCII bytes, with the patterns indexed by their first
/// byte so that one pass over the attribute does all the work. The vocabulary is generic web-page
/// naming, not any one site's.
struct HintMatcher: Sendable {
    private var patternsByFirstByte: [[(pattern: [UInt8], hints: NodeHints)]]

    static let shared = HintMatcher()

    private static let negativeWords = [
        "comment", "share", "sharing", "social", "related", "promo", "newsletter", "subscri", "sidebar",
        "widget", "advert", "sponsor", "cookie", "popup", "modal", "breadcrumb", "signup", "sign-up", "recirc",
        "outbrain", "taboola", "trending", "popular", "footer", "masthead", "toolbar", "disclaimer", "banner",
        "menu", "navbar", "navigation", "nav-", "-nav", "skip", "login", "signin", "donat", "feedback",
        "rating", "pagination", "pager", "lightbox", "gallery", "tooltip", "teaser", "mostread",
        "most-read", "recommend", "follow", "partner", "affiliate", "utility", "dropdown", "overlay", "consent",
        "gdpr", "readmore", "read-more", "more-stories", "morestories", "newsfeed", "topics", "keyword",
        "print-", "adslot", "ad-slot", "ad-container", "adcontainer", "ad-wrapper", "ad-unit",
        "dfp", "googlead", "promoted", "headline-list", "card-list", "carousel", "slideshow", "tags",
        "tagline", "-rail", "rail-", "header", "jump", "bottom-of-article", "inline-link", "secondary", "cta",
        "email", "alert", "tease", "listing", "ticker", "breaking", "onward", "series-nav", "episode", "podcast",
        "video", "audio",
        // Spanish
        "relacionad", "compartir", "publicidad", "comentario", "suscri", "mas-leid", "masleid", "anuncio",
        "patrocin", "redes-sociales",
    ]
    private static let metadataWords = [
        "byline", "author", "caption", "credit", "dateline", "timestamp", "publish", "posted", "meta",
        "contributor", "bio", "date", "fecha", "autor", "kicker", "eyebrow", "label", "copyright",
    ]
    private static let commentWords = ["comment", "disqus", "discussion", "respond", "replies"]
    private static let positiveWords = [
        "article", "body", "content", "entry", "main", "post", "text", "story", "blog", "prose", "paragraph",
        "column", "main-content", "maincontent",
    ]
    private static let articleBodyWords = [
        "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody",
        "story__body", "entry-content", "post-content", "postcontent", "post-body", "postbody",
        "article-content", "articlecontent", "article__content", "article-text", "articletext",
        "story-content", "storycontent", "story-text", "body-text", "bodytext", "body-copy", "rich-text",
        "richtext", "field-body", "field--name-body", "article-copy", "entry-body", "content-body",
        "news-text", "texto", "cuerpo", "nota-body", "contenido",
    ]

    private init() {
        var table = Array(repeating: [(pattern: [UInt8], hints: NodeHints)](), count: 256)
        func add(_ words: [String], _ hints: NodeHints) {
            for word in words {
                let bytes = Array(word.utf8)
                table[Int(bytes[0])].append((bytes, hints))
            }
        }
        add(Self.negativeWords, .negative)
        add(Self.metadataWords, .metadata)
        add(Self.commentWords, [.comments, .negative])
        add(Self.positiveWords, .positive)
        add(["twitter-tweet", "tweet-embed", "embedded-tweet", "article-tweet"], .embeddedPost)
        add(Self.articleBodyWords, [.articleBody, .positive])
        patternsByFirstByte = table
    }

    /// The hints named in `bytes` (an `id` or `class` value, any case).
    func hints<C: RandomAccessCollection>(in bytes: C) -> NodeHints where C.Element == UInt8, C.Index == Int {
        var result = Self.wholeWordAd(bytes)
        let count = bytes.count
        for start in 0 ..< count {
            let candidates = patternsByFirstByte[Int(Self.lowered(bytes[start]))]
            if candidates.isEmpty { continue }
            for (pattern, hints) in candidates where start + pattern.count <= count && !result.contains(hints) {
                var matched = true
                for offset in 1 ..< pattern.count where Self.lowered(bytes[start + offset]) != pattern[offset] {
                    matched = false
                    break
                }
                if matched { result.formUnion(hints) }
            }
        }
        // "contenido-relacionado", "article-body-ad": boilerplate inside a body-like name.
        if result.contains(.negative) { result.remove(.articleBody) }
        return result
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 { (byte >= 65 && byte <= 90) ? byte | 0x20 : byte }

    private static func wholeWordAd<C: RandomAccessCollection>(_ bytes: C) -> NodeHints where C.Element == UInt8, C.Index == Int {
        func isWordByte(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 48 && b <= 57) }
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            if lowered(bytes[index]) == 97, lowered(bytes[index + 1]) == 100, index == 0 || !isWordByte(lowered(bytes[index - 1])) {
                var after = index + 2
                if after < count, lowered(bytes[after]) == 115 { after += 1 }
                if after == count || !isWordByte(lowered(bytes[after])) { return .negative }
            }
            index += 1
        }
        return []
    }
}
