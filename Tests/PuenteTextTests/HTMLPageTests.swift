import PuenteModel
@testable import PuenteText
import Testing

@Suite("HTMLPage on hand-written pages")
struct HTMLPageTests {
    @Test("English news page: body only, no menus, related links, comments or headline")
    func englishNews() throws {
        let page = HTMLPage(parsing: try HTMLFixtures.bytes("news-en.html"), url: "https://example.com/2021/09/09/border")
        let expected = try HTMLFixtures.text("news-en.expected.txt")
        #expect(page.mainText == String(expected.dropLast()))
        #expect(page.title == "Mexico and US agree to expand border inspections")
        #expect(page.publisher == "Example Daily News")
        #expect(page.published == .day(year: 2021, month: 9, day: 9))
        #expect(page.language == .english)
        #expect(page.warnings.isEmpty)
    }

    @Test("gzip input gives the same page as plain input")
    func gzipInput() throws {
        let plain = HTMLPage(parsing: try HTMLFixtures.bytes("news-en.html"))
        let zipped = HTMLPage(parsing: try HTMLFixtures.bytes("news-en.html.gz"))
        #expect(zipped.mainText == plain.mainText)
        #expect(zipped.title == plain.title)
    }

    @Test("Spanish statement in ISO-8859-1 with a table layout and loose text")
    func spanishStatement() throws {
        let page = HTMLPage(parsing: try HTMLFixtures.bytes("statement-es.html"))
        let expected = try HTMLFixtures.text("statement-es.expected.txt")
        #expect(page.mainText == String(expected.dropLast()))
        #expect(page.title == "Comunicado conjunto sobre el Diálogo de Alto Nivel en Seguridad")
        #expect(page.publisher == "Secretaría de Relaciones Exteriores")
        #expect(page.published == .day(year: 2021, month: 10, day: 8))
        #expect(page.language == .spanish)
    }

    @Test("JSON-LD articleBody stands in when the page body is rendered by scripts")
    func structuredBodyFallback() {
        let html = """
            <html><head><title>Readout of the call</title>
            <script type="application/ld+json">{"@type":"NewsArticle","articleBody":"The two presidents spoke on Monday about migration, trade and security cooperation along the shared border.\\nThey agreed to meet again in January in Mexico City to review the progress of the working groups."}</script>
            </head><body><div id="root"></div><script>render()</script></body></html>
            """
        let page = HTMLPage(parsing: Array(html.utf8))
        #expect(page.mainText == """
            The two presidents spoke on Monday about migration, trade and security cooperation along the shared border.

            They agreed to meet again in January in Mexico City to review the progress of the working groups.
            """)
    }

    @Test("Whitespace collapses inside blocks; entities decode; characters stay as written")
    func whitespaceAndEntities() {
        let html = "<html><body><article><p>  Señor   Ebrard&nbsp;dijo:\n\t«Sí» &amp; “no” — 100&#160;%.  </p>"
            + "<p>Second paragraph with enough words to count as article text in the body.</p></article></body></html>"
        let page = HTMLPage(parsing: Array(html.utf8))
        #expect(page.mainText == "Señor Ebrard dijo: «Sí» & “no” — 100 %.\n\nSecond paragraph with enough words to count as article text in the body.")
    }

    @Test("Title loses a trailing site name", arguments: [
        ("Readout of the call | The White House", "Readout of the call"),
        ("Mexico and the US sign a new accord - The New York Times", "Mexico and the US sign a new accord"),
        ("Short | Site", "Short | Site"),
        ("No separator at all", "No separator at all"),
    ])
    func titleCleaning(raw: String, expected: String) {
        #expect(TitleCleaner.removingSiteName(from: raw, publisher: nil) == expected)
    }

    @Test("Dates keep their precision", arguments: [
        ("2021-06-08T10:00:00Z", DateValue.day(year: 2021, month: 6, day: 8)),
        ("2021-06", DateValue.month(year: 2021, month: 6)),
        ("2021", DateValue.year(2021)),
        ("2021/06/08", DateValue.day(year: 2021, month: 6, day: 8)),
        ("20210608", DateValue.day(year: 2021, month: 6, day: 8)),
    ])
    func dates(text: String, expected: DateValue) {
        #expect(DateParser.parse(text) == expected)
    }

    @Test("Invalid dates give nothing")
    func invalidDates() {
        #expect(DateParser.parse("2021-13-01") == nil)
        #expect(DateParser.parse("2021-02-30") == nil)
        #expect(DateParser.parse("yesterday") == nil)
    }

    @Test("URL dates; a copyright year is never the publication date")
    func urlAndCopyright() {
        #expect(DatelineParser.date(inURL: "https://www.example.com/2021/06/08/story.html") == .day(year: 2021, month: 6, day: 8))
        #expect(DatelineParser.date(inURL: "https://www.example.com/2019/11/opening-bell") == .month(year: 2019, month: 11))
        let html = "<html><body><article><p>A paragraph long enough to be the body of this short page, with words.</p></article>"
            + "<footer>© 2023 Example</footer></body></html>"
        #expect(HTMLPage(parsing: Array(html.utf8)).published == nil)
    }
}

@Suite("Title clean-up with a known publisher")
struct TitleWithPublisherTests {
    @Test("Only a tail naming the publisher goes", arguments: [
        ("Readout of the call | The White House", "The White House", "Readout of the call"),
        ("Biden and López Obrador meet - What to know", "Example News", "Biden and López Obrador meet - What to know"),
        ("Acuerdo migratorio — Secretaría de Relaciones Exteriores | Gobierno", "Secretaría de Relaciones Exteriores", "Acuerdo migratorio"),
    ])
    func publisherTail(raw: String, publisher: String, expected: String) {
        #expect(TitleCleaner.removingSiteName(from: raw, publisher: publisher) == expected)
    }
}
