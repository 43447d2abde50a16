import Foundation
@testable import PuenteText
import Testing

@Suite("HTML extraction heuristics")
struct HTMLHeuristicsTests {
    @Test("Class and id hints", arguments: [
        ("article-body", NodeHints([.articleBody, .positive])),
        ("related-stories", NodeHints.negative),
        ("shareButtons", NodeHints.negative),
        ("comments-area", NodeHints([.comments, .negative])),
        ("byline", NodeHints.metadata),
        ("ad", NodeHints.negative),
        ("header-ad top", NodeHints.negative),
        ("shadow", NodeHints()),
        ("card collection-item", NodeHints()),
    ])
    func hints(value: String, expected: NodeHints) {
        let found = Array(value.utf8).withUnsafeBufferPointer { HintMatcher.shared.hints(in: $0) }
        #expect(found.intersection([.negative, .positive, .articleBody, .comments, .metadata]) == expected)
    }

    @Test("Boilerplate blocks", arguments: [
        ("Advertisement", true),
        ("ADVERTISEMENT", true),
        ("Sign up for our daily newsletter.", true),
        ("Follow Newsbeat on Instagram, Facebook and Twitter.", true),
        ("Follow-up talks are planned for March in Mexico City.", false),
        ("November 20, 2019", true),
        ("8 de octubre de 2021", true),
        ("November 18, 2019 | 4:10pm", true),
        ("At 4pm the talks resumed in 2019.", false),
        ("Posted on social media by the analysts at Digital Foundry, the port is not smooth.", false),
        ("Reporting by Dave Graham; Editing by Peter Cooney", true),
        ("The 2019 agreement covers trade.", false),
    ])
    func boilerplate(text: String, expected: Bool) {
        #expect(BoilerplateText.isBoilerplate(text) == expected)
    }

    @Test("Headings that open related-content trailers", arguments: [
        ("Related stories", true),
        ("More Great WIRED Stories", true),
        ("Noticias relacionadas", true),
        ("What changes for trucks", false),
        ("More than 300 people were deported on October 18, officials said on Wednesday.", false),
    ])
    func trailers(text: String, expected: Bool) {
        #expect(BoilerplateText.opensTrailer(text) == expected)
    }

    @Test("The headline appears at most once and a repeated h1 is dropped")
    func headlineOnce() {
        let html = """
            <html><head><title>Leaders meet in Washington - Example</title></head><body>
            <h1>Leaders meet in Washington</h1>
            <div class="story"><h1>Leaders meet in Washington</h1>
            <p>The two leaders met on Tuesday and agreed to restart the security dialogue, officials said.</p>
            <h2>Next steps</h2>
            <p>Working groups will report back within ninety days, according to the joint statement.</p></div>
            </body></html>
            """
        let page = HTMLPage(parsing: Array(html.utf8))
        #expect(page.title == "Leaders meet in Washington")
        #expect(page.mainText == """
            The two leaders met on Tuesday and agreed to restart the security dialogue, officials said.

            Next steps

            Working groups will report back within ninety days, according to the joint statement.
            """)
    }

    @Test("Publication date sources in order: JSON-LD, meta, <time>, URL")
    func dateSources() {
        let body = "<body><article><p>Officials from both countries met to review the agreement on Tuesday morning.</p></article></body>"
        let timeOnly = "<html><head></head>" + body.replacingOccurrences(of: "<article>", with: "<article><time datetime=\"2020-03\">March</time>") + "</html>"
        #expect(HTMLPage(parsing: Array(timeOnly.utf8)).published == .month(year: 2020, month: 3))
        let metaAndURL = "<html><head><meta name=\"date\" content=\"2020-03-04\"></head>" + body + "</html>"
        #expect(HTMLPage(parsing: Array(metaAndURL.utf8), url: "https://x.example/2019/01/02/a").published == .day(year: 2020, month: 3, day: 4))
        let urlOnly = "<html>" + body + "</html>"
        #expect(HTMLPage(parsing: Array(urlOnly.utf8), url: "https://x.example/2019/01/02/a").published == .day(year: 2019, month: 1, day: 2))
    }

    @Test("Link lists inside the article are dropped; linked sentences are kept")
    func linkDensity() {
        let html = """
            <html><body><article>
            <p>The minister said the <a href="/a">agreement on labour inspections and wage enforcement</a> would be signed in June.</p>
            <ul><li><a href="/1">Another story about trade</a></li><li><a href="/2">Yet another story</a></li></ul>
            <p>Both delegations will meet again in the autumn to review progress on the commitments.</p>
            </article></body></html>
            """
        #expect(HTMLPage(parsing: Array(html.utf8)).mainText == """
            The minister said the agreement on labour inspections and wage enforcement would be signed in June.

            Both delegations will meet again in the autumn to review progress on the commitments.
            """)
    }
}

@Suite("Embedded posts")
struct HTMLEmbeddedPostTests {
    @Test("A tweet embedded in a widget wrapper stays in the text")
    func embeddedTweet() {
        let html = """
            <html><body><article>
            <p>Mexico's foreign minister announced the deal on Friday evening after three days of talks in Washington.</p>
            <div class="article-widget"><blockquote class="twitter-tweet"><p lang="es">Hay acuerdo con Estados Unidos, se suspenden los aranceles.</p>&mdash; Marcelo Ebrard (@m_ebrard) <a href="https://twitter.com/x">June 8, 2019</a></blockquote></div>
            <p>Tariffs that were due to start on Monday were suspended indefinitely, the White House said.</p>
            </article></body></html>
            """
        let text = HTMLPage(parsing: Array(html.utf8)).mainText
        #expect(text.contains("Hay acuerdo con Estados Unidos, se suspenden los aranceles."))
        #expect(text.hasSuffix("Tariffs that were due to start on Monday were suspended indefinitely, the White House said."))
    }
}

@Suite("List-shaped articles")
struct HTMLListArticleTests {
    @Test("An article made only of a list keeps its items")
    func listArticle() {
        let html = """
            <html><body><nav><a href="/">Home</a> <a href="/trade">Trade</a></nav><div class="main"><h1>Five things to know about the USMCA review</h1>
            <ul><li>The review starts in July 2026, six years after the agreement took effect, and all three countries take part.</li>
            <li>Each country must say whether it wants to extend the agreement for another sixteen years.</li>
            <li>If one country says no, annual reviews follow until 2036, when the agreement would end.</li></ul></div>
            <footer>Contact us</footer></body></html>
            """
        #expect(HTMLPage(parsing: Array(html.utf8)).mainText == """
            The review starts in July 2026, six years after the agreement took effect, and all three countries take part.

            Each country must say whether it wants to extend the agreement for another sixteen years.

            If one country says no, annual reviews follow until 2036, when the agreement would end.
            """)
    }
}

@Suite("Spanish page furniture")
struct HTMLSpanishPageTests {
    @Test("Spanish class names and prompts are recognised")
    func spanishNews() {
        let html = """
            <html lang="es"><head><meta property="og:locale" content="es_MX"></head><body>
            <div class="menu-principal"><a href="/">Portada</a> <a href="/politica">Política</a> <a href="/mundo">Mundo</a></div>
            <div class="nota"><h1>México y EU acuerdan revisar el T-MEC</h1>
            <div class="compartir-redes"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
            <div class="cuerpo-nota">
            <p>Los gobiernos de México y Estados Unidos acordaron este martes iniciar la revisión conjunta del tratado, informó la Secretaría de Economía.</p>
            <p><strong>Lee también:</strong> <a href="/x">Aranceles al acero: lo que hay que saber</a></p>
            <p>La revisión comenzará en julio y durará al menos seis meses, según el comunicado oficial de ambas dependencias.</p>
            <div class="publicidad"><span>Publicidad</span></div>
            </div>
            <div class="notas-relacionadas"><h3>Noticias relacionadas</h3><ul><li><a href="/a">Otra nota sobre comercio exterior</a></li><li><a href="/b">Una nota más</a></li></ul></div>
            <div class="comentarios"><p>Deja tu comentario: este es un comentario de un lector, con varias palabras y comas, que no es parte de la nota.</p></div>
            </div></body></html>
            """
        let page = HTMLPage(parsing: Array(html.utf8))
        #expect(page.language == .spanish)
        #expect(page.mainText == """
            Los gobiernos de México y Estados Unidos acordaron este martes iniciar la revisión conjunta del tratado, informó la Secretaría de Economía.

            La revisión comenzará en julio y durará al menos seis meses, según el comunicado oficial de ambas dependencias.
            """)
    }
}

@Suite("Press releases")
struct HTMLPressReleaseTests {
    @Test("Text after a ### end mark is left out")
    func endMark() {
        let html = """
            <html><body><div class="release">
            <p>WASHINGTON – The United States Trade Representative today announced a labor enforcement action under the USMCA.</p>
            <p>The action concerns a facility in Guanajuato, Mexico, and asks Mexico to review whether workers are denied their rights.</p>
            <p>###</p>
            <p>The Office of the U.S. Trade Representative is responsible for developing and coordinating trade policy, and it negotiates agreements.</p>
            </div></body></html>
            """
        #expect(HTMLPage(parsing: Array(html.utf8)).mainText == """
            WASHINGTON – The United States Trade Representative today announced a labor enforcement action under the USMCA.

            The action concerns a facility in Guanajuato, Mexico, and asks Mexico to review whether workers are denied their rights.
            """)
    }
}
