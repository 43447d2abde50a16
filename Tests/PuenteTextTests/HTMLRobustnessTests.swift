import PuenteText
import Testing

@Suite("HTMLPage on pathological input")
struct HTMLRobustnessTests {
    @Test("Empty input and empty body")
    func empty() {
        #expect(HTMLPage(parsing: []).mainText.isEmpty)
        #expect(HTMLPage(parsing: []).warnings == ["page is empty"])
        #expect(HTMLPage(parsing: Array("<html><body></body></html>".utf8)).mainText.isEmpty)
        #expect(HTMLPage(parsing: Array("   ".utf8)).mainText.isEmpty)
    }

    @Test("Unclosed tags still give their text")
    func unclosed() {
        let html = "<html><body><div><p>First paragraph of the story, long enough to count as text.<p>Second paragraph of the story, also long enough to count"
        #expect(HTMLPage(parsing: Array(html.utf8)).mainText
            == "First paragraph of the story, long enough to count as text.\n\nSecond paragraph of the story, also long enough to count")
    }

    @Test("10,000 nested divs neither overflow the stack nor lose the text")
    func deepNesting() {
        let depth = 10_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Deep inside, a paragraph with enough words to be the article text.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let page = HTMLPage(parsing: Array(html.utf8))
        #expect(page.mainText.contains("Deep inside, a paragraph"))
    }

    @Test("</div> inside script strings does not end the article")
    func scriptStrings() {
        let html = """
            <html><body><article><p>Opening paragraph of the article, long enough to be kept.</p>
            <script>var s = "</div></article>"; if (a < b) { x = '</p>'; }</script>
            <p>Closing paragraph of the article, also long enough to be kept.</p></article></body></html>
            """
        let text = HTMLPage(parsing: Array(html.utf8)).mainText
        #expect(text == "Opening paragraph of the article, long enough to be kept.\n\nClosing paragraph of the article, also long enough to be kept.")
    }

    @Test("A 20 MB page finishes")
    func hugePage() {
        let paragraph = "<p>Officials from both countries met again to review the migration agreement, the trade rules and the security plan.</p>\n"
        var html = "<html><body><article>"
        let count = 20_000_000 / paragraph.utf8.count
        html.reserveCapacity(20_100_000)
        for _ in 0 ..< count { html += paragraph }
        html += "</article></body></html>"
        let page = HTMLPage(parsing: Array(html.utf8))
        #expect(page.mainText.hasPrefix("Officials from both countries"))
    }

    @Test("Binary noise gives a result")
    func noise() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0 ..< 100_000).map { _ in UInt8.random(in: 0 ... 255, using: &generator) }
        _ = HTMLPage(parsing: bytes)
        _ = HTMLPage(parsing: [0x3C] + bytes)
    }
}

@Suite("Short pages")
struct HTMLShortPageTests {
    @Test("A page with only a short note still gives its text, without the menu")
    func shortNote() {
        let html = "<html><body><nav><a href=\"/\">Home</a></nav><p>Talks resume Monday.</p></body></html>"
        #expect(HTMLPage(parsing: Array(html.utf8)).mainText == "Talks resume Monday.")
    }

    @Test("Plain text without tags is one block")
    func plainText() {
        #expect(HTMLPage(parsing: Array("The delegations met in Mexico City.".utf8)).mainText == "The delegations met in Mexico City.")
    }
}
