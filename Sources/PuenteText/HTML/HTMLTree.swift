/// The element names the extractor distinguishes; every other element is `.other`.
///
/// `.text` marks a text node. Raw values are stable only within one process.
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, link, script, style, noscript, template
    case article, main, section, div, span, p, br, hr, a, b, i, em, strong, u, small, sup, sub, font, center, cite, q, abbr, mark, time
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption
    case blockquote, pre, code
    case nav, aside, footer, header, figure, figcaption, picture, img, video, audio, iframe, object, embed, svg, canvas, map
    case form, button, input, select, textarea, label, option, fieldset, dialog, menu, address, details, summary

    private static let byName: [String: HTMLTag] = {
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .script, .style, .noscript, .template,
            .article, .main, .section, .div, .span, .p, .br, .hr, .a, .b, .i, .em, .strong, .u, .small, .sup, .sub,
            .font, .center, .cite, .q, .abbr, .mark, .time, .h1, .h2, .h3, .h4, .h5, .h6,
            .ul, .ol, .li, .dl, .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
            .blockquote, .pre, .code, .nav, .aside, .footer, .header, .figure, .figcaption, .picture, .img,
            .video, .audio, .iframe, .object, .embed, .svg, .canvas, .map, .form, .button, .input, .select,
            .textarea, .label, .option, .fieldset, .dialog, .menu, .address, .details, .summary,
        ]
        var table: [String: HTMLTag] = [:]
        for tag in all { table["\(tag)"] = tag }
        return table
    }()

    /// The tag for a lower-case element name.
    init(name: String) {
        self = Self.byName[name] ?? .other
    }

    /// Elements whose content is never article text.
    var isNeverContent: Bool {
        switch self {
        case .head, .title, .meta, .link, .script, .style, .noscript, .template, .nav, .aside, .footer,
             .figure, .figcaption, .picture, .img, .video, .audio, .iframe, .object, .embed, .svg, .canvas,
             .map, .button, .input, .select, .textarea, .label, .option, .dialog, .menu, .fieldset:
            return true
        default:
            return false
        }
    }

    /// Elements that start and end a block of text.
    var isBlock: Bool {
        switch self {
        case .html, .body, .article, .main, .section, .div, .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li,
             .dl, .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .caption, .blockquote, .pre,
             .header, .footer, .nav, .aside, .figure, .figcaption, .form, .fieldset, .address, .details,
             .summary, .center, .hr, .br, .menu, .dialog:
            return true
        default:
            return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }
}

/// Boilerplate and content signals read from an element's `id`, `class`, `role`, `itemprop` and
/// visibility attributes.
struct NodeHints: OptionSet, Sendable {
    let rawValue: UInt16
    /// Hidden by `hidden`, `aria-hidden="true"` or an inline `display:none`.
    static let hidden = NodeHints(rawValue: 1 << 0)
    /// id or class suggests navigation, sharing, comments, related links, ads and the like.
    static let negative = NodeHints(rawValue: 1 << 1)
    /// id or class suggests article content.
    static let positive = NodeHints(rawValue: 1 << 2)
    /// Marked as the article body (`itemprop="articleBody"` or an article-body class).
    static let articleBody = NodeHints(rawValue: 1 << 3)
    /// id or class names comments.
    static let comments = NodeHints(rawValue: 1 << 4)
    /// `role` is navigation, banner, contentinfo, complementary, dialog, alert or menu.
    static let boilerplateRole = NodeHints(rawValue: 1 << 5)
    /// id or class suggests a caption, credit, byline or date line.
    static let metadata = NodeHints(rawValue: 1 << 6)
    /// id or class names an embedded post (a tweet), which quotes someone and is kept.
    static let embeddedPost = NodeHints(rawValue: 1 << 7)
}

/// A parsed HTML page as flat arrays in document (pre-)order.
///
/// Node `i`'s subtree is the index range `i ..< end[i]`; its parent is `parent[i]` (-1 for roots).
/// Text nodes keep their UTF-8 bytes in `textBytes[textStart[i] ..< textStart[i] + textLength[i]]`.
struct HTMLTree: Sendable {
    var tag: [HTMLTag] = []
    var parent: [Int32] = []
    var end: [Int32] = []
    var hints: [NodeHints] = []
    var textStart: [Int32] = []
    var textLength: [Int32] = []
    var textBytes: [UInt8] = []
    /// All attributes of the elements metadata needs (`html`, `meta`, `time`, `script`, `title`, `h1`),
    /// keyed by node index; names lower-cased.
    var attributes: [Int32: [String: String]] = [:]

    var count: Int { tag.count }

    /// The raw text of a text node (entities already decoded by the parser).
    func rawText(_ node: Int) -> String {
        let start = Int(textStart[node])
        let length = Int(textLength[node])
        return String(decoding: textBytes[start ..< start + length], as: UTF8.self)
    }

    /// The raw concatenated text of a subtree, without any whitespace normalisation.
    func subtreeText(_ node: Int) -> String {
        var bytes: [UInt8] = []
        for i in node ..< Int(end[node]) where tag[i] == .text {
            let start = Int(textStart[i])
            bytes.append(contentsOf: textBytes[start ..< start + Int(textLength[i])])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Indices of the direct children of `node`.
    func children(of node: Int) -> [Int] {
        var result: [Int] = []
        var child = node + 1
        let stop = Int(end[node])
        while child < stop {
            result.append(child)
            child = Int(end[child])
        }
        return result
    }
}
