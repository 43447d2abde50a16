import Foundation
import PuenteModel
import Testing
@testable import PuenteText

@Suite struct ReadingTests {
    let reader = DocumentReader()

    @Test func cleansFurnitureAndKeepsSentencesUnchanged() throws {
        let raw = """
        Skip to main content
        Home
        News
        Press Releases

        Joint Statement on “Labor” Cooperation — 2021

        June 8, 2021

        Share
        Facebook Twitter Email
        By Jane Doe

        The United States and México agreed today to cooperate—again—on “labor rights.”
        Officials met in Washington, D.C.

        • First item
        • Second item

        Tags: Mexico, Labor
        Photo: Jane Doe/Example
        We use cookies to improve your experience. Accept cookies.
        © 2021 Example. All rights reserved.
        More Labor News
        Department announces grants
        Secretary visits Texas
        """
        let document = try reader.read(Array(raw.utf8), format: .plainText, source: "a.txt").document
        #expect(document.text == """
        Joint Statement on “Labor” Cooperation — 2021

        June 8, 2021

        The United States and México agreed today to cooperate—again—on “labor rights.”

        Officials met in Washington, D.C.

        • First item
        • Second item
        """)
        #expect(document.title == "Joint Statement on “Labor” Cooperation — 2021")
        #expect(document.published == .day(year: 2021, month: 6, day: 8))
        #expect(document.language == .english)
    }

    @Test func joinsHardWrappedLines() throws {
        let raw = """
        El día de ayer, el presidente recibió en Palacio Nacional a la
        asesora de Seguridad Nacional de la Casa Blanca; el primer mandatario
        refrendó el compromiso del Gobierno de México.
        Posteriormente, la secretaria encabezó a la delegación mexicana.
        """
        let document = try reader.read(Array(raw.utf8), format: .plainText, source: "b.txt").document
        #expect(document.text == """
        El día de ayer, el presidente recibió en Palacio Nacional a la asesora de Seguridad Nacional de la Casa Blanca; el primer mandatario refrendó el compromiso del Gobierno de México.

        Posteriormente, la secretaria encabezó a la delegación mexicana.
        """)
        #expect(document.language == .spanish)
    }

    @Test func readsMarkdown() throws {
        let raw = """
        # The *Dialogue* Meets

        Officials **met** in [Mexico City](https://example.org) on `Monday`. ![photo](p.jpg)

        * Building Back Together
        * Investing in Our People
        """
        let document = try reader.read(Array(raw.utf8), format: .markdown, source: "c.md").document
        #expect(document.text == "The Dialogue Meets\n\nOfficials met in Mexico City on Monday.\n\n• Building Back Together\n• Investing in Our People")
        #expect(document.title == "The Dialogue Meets")
    }

    @Test(arguments: [
        ("Ciudad de México, 16 de febrero de 2024\n\nEl día de hoy se reunieron.", DateValue.day(year: 2024, month: 2, day: 16)),
        ("WASHINGTON, June 8, 2021 – Officials met today.", .day(year: 2021, month: 6, day: 8)),
        ("05/02/2013\n\nThe United States and Mexico met.", .day(year: 2013, month: 5, day: 2)),
        ("Sept. 12, 2022\n\nThe dialogue met.", .day(year: 2022, month: 9, day: 12)),
        ("© 2021 Example\n\nThe dialogue met in 2020.", nil),
        ("On Nov. 15, 2019, the former ambassador testified before the committee about the dialogue.", nil),
        ("The report was about the attacks of September 11, 2001.", nil),
    ])
    func findsTheDateLine(text: String, expected: DateValue?) throws {
        #expect(try reader.read(text: text, source: "d.txt").document.published == expected)
    }

    @Test(arguments: [
        ("https://example.gov/news/2021/06/08/statement", DateValue.day(year: 2021, month: 6, day: 8)),
        ("https://example.gov/fact-sheets/2013/may/hled", .month(year: 2013, month: 5)),
        ("https://example.gov/2016/12/progress", .month(year: 2016, month: 12)),
        ("https://example.gov/about/2021-06-08-note", .day(year: 2021, month: 6, day: 8)),
        ("https://example.gov/?p=59549", nil),
    ])
    func findsDatesInURLs(url: String, expected: DateValue?) throws {
        #expect(try reader.read(text: "The two governments met to discuss trade.", source: url).document.published == expected)
    }

    @Test func givenValuesWin() throws {
        let hints = DocumentReader.Hints(title: "Given", publisher: "Press", published: .year(2020), language: .spanish)
        let document = try reader.read(text: "June 8, 2021\n\nThe United States and Mexico met.", source: "e", hints: hints).document
        #expect(document.title == "Given" && document.publisher == "Press" && document.published == .year(2020) && document.language == .spanish)
    }

    @Test func otherLanguagesGetNullAndAWarning() throws {
        let result = try reader.read(text: "Les deux pays ont signé un accord pour la coopération et le commerce dans la région.", source: "f")
        #expect(result.document.language == nil)
        #expect(result.warnings.first?.message.contains("'fr'") == true)
    }

    @Test func invalidUTF8FallsBackToWindows1252WithAWarning() throws {
        var bytes = Array("Reuni\u{F3}n".utf8)
        bytes = Array("La reuni".utf8) + [0xF3] + Array("n de M".utf8) + [0xE9] + Array("xico fue un \u{0}".utf8).dropLast(1) + [0x93, 0x61, 0x94]
        let result = try reader.read(bytes, format: .plainText, source: "g.txt")
        #expect(result.document.text == "La reunión de México fue un “a”")
        #expect(result.warnings.map(\.message) == ["the text is not valid UTF-8; read it as Windows-1252"])
    }

    @Test func decodesBOMs() {
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("añ".utf8)).text == "añ")
        #expect(TextDecoding.decode([0xFF, 0xFE, 0x61, 0x00, 0xF1, 0x00]).text == "añ")
        #expect(TextDecoding.decode([0xFE, 0xFF, 0x00, 0x61, 0x00, 0xF1]).text == "añ")
    }

    @Test func refusesEmptyBinaryAndHugeInputWithReasons() {
        #expect(throws: ReadingError(.empty, location: "h.txt", message: "the file is empty; give a document with text in it")) {
            try reader.read([], format: .plainText, source: "h.txt")
        }
        #expect(throws: ReadingError(.binary, location: "i.txt", message: "the file looks binary, not text; give a .txt, .md, .html, .pdf or .jsonl document")) {
            try reader.read([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2], format: .plainText, source: "i.txt")
        }
        let small = DocumentReader(maximumSize: 1 << 20)
        #expect(throws: ReadingError(.tooLarge, location: "j.txt", message: "the document is 2.0 MB; Puente reads documents up to 1.0 MB, so split it into smaller documents")) {
            try small.read([UInt8](repeating: 0x61, count: 2 << 20), format: .plainText, source: "j.txt")
        }
        #expect(throws: ReadingError(.noText, location: "k.txt", message: "no main text was found in it; check that it is an article, statement or report with running text")) {
            try reader.read(Array("Share\nTop of page\n".utf8), format: .plainText, source: "k.txt")
        }
    }

    @Test func missingPDFToolSaysHowToInstallIt() {
        let reader = DocumentReader(pdfConverter: PDFConverter(searchPath: ["/nonexistent"]))
        #expect {
            try reader.read(Array("%PDF-1.4".utf8), format: .pdf, source: "l.pdf")
        } throws: { error in
            (error as? ReadingError)?.code == .pdfToolMissing && "\(error)".contains("apt-get install poppler-utils")
        }
    }

    @Test(.enabled(if: PDFConverter().isAvailable, "pdftotext is not installed")) func readsPDF() throws {
        let pdf = MinimalPDF.make(lines: ["Joint Statement", "June 8, 2021", "The United States and Mexico met in Washington on June 8, 2021."])
        let document = try reader.read(pdf, format: .pdf, source: "m.pdf").document
        #expect(document.text.contains("The United States and Mexico met in Washington on June 8, 2021."))
        #expect(document.published == .day(year: 2021, month: 6, day: 8))
        #expect(throws: ReadingError.self) { try reader.read(Array("%PDF-1.4 broken".utf8), format: .pdf, source: "n.pdf") }
    }

    @Test func sniffsFormats() {
        #expect(DocumentReader.sniffFormat(Array("%PDF-1.7".utf8)) == .pdf)
        #expect(DocumentReader.sniffFormat([0x1F, 0x8B, 8]) == .html)
        #expect(DocumentReader.sniffFormat(Array("<!DOCTYPE html><html>".utf8)) == .html)
        #expect(DocumentReader.sniffFormat(Array("Plain words.".utf8)) == .plainText)
        #expect(DocumentReader.format(ofPath: "a/b.HTML.gz") == .html)
        #expect(DocumentReader.format(ofPath: "a/b.markdown") == .markdown)
        #expect(DocumentReader.format(ofPath: "a/b.docx") == nil)
    }
}

@Suite struct BatchLineTests {
    @Test func readsALine() throws {
        let line = try BatchLine(parsing: #"{"id": "x", "source": "https://a", "text": "Hi", "published": "2021-06-08T10:00:00Z", "language": "ES", "title": null}"#, location: "b.jsonl:1")
        #expect(line.source == "https://a" && line.id == "x")
        #expect(line.hints.published == .day(year: 2021, month: 6, day: 8))
        #expect(line.hints.language == .spanish)
        #expect(line.hints.title == nil)
    }

    @Test(arguments: [
        (#"{"source": "a", "text": "t""#, "the line is not valid JSON; fix or remove it (each line must be one JSON object)"),
        (#"["a"]"#, "the line is not a JSON object; each line must be {\"source\": …, \"text\": …}"),
        (#"{"text": "t"}"#, "the line has no \"source\"; give the URL or path the document came from"),
        (#"{"source": "a"}"#, "the line has neither \"text\" nor \"html\"; give the document's content in one of them"),
        (#"{"source": "a", "text": 5}"#, "\"text\" must be a string"),
        (#"{"source": "a", "text": "t", "published": "last week"}"#, "\"published\" is 'last week'; write a date such as 2021-06-08, 2021-06 or 2021"),
        (#"{"source": "a", "text": "t", "language": "fr"}"#, "\"language\" is 'fr'; Puente reads \"en\" and \"es\""),
    ])
    func refusesBrokenLines(line: String, message: String) {
        #expect(throws: ReadingError(.malformedLine, location: "b.jsonl:7", message: message)) {
            try BatchLine(parsing: Substring(line), location: "b.jsonl:7")
        }
    }
}

/// Builds a one-page PDF whose text `pdftotext` can read, with a correct cross-reference table.
enum MinimalPDF {
    static func make(lines: [String]) -> [UInt8] {
        var content = "BT /F1 12 Tf 72 720 Td 14 TL\n"
        for line in lines { content += "(\(line)) Tj T*\n" }
        content += "ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(pdf.utf8)
    }
}

@Suite struct LanguageIdentifierTests {
    @Test(arguments: [
        ("The United States and Mexico agreed to hold the dialogue in Washington, and it will meet every year.", LanguageIdentifier.Guess.language(.english)),
        ("México y Estados Unidos acordaron celebrar el diálogo en Washington, que se reunirá cada año con los secretarios.", .language(.spanish)),
        ("Les deux pays ont signé un accord pour la coopération et le commerce dans la région.", .other("fr")),
        ("Os dois países assinaram um acordo para a cooperação e o comércio na região, que não foi divulgado pelo governo.", .other("pt")),
        ("Jangan membenci satu kaum secara berlebihan karena hal itu tidak baik untuk kita semua dan untuk masa depan bangsa ini yang sedang berkembang pesat di tengah tantangan global yang semakin berat dan kompleks bagi semua orang yang tinggal di negeri ini dan sekitarnya.", .other("und")),
        ("Hola", .undetermined),
        ("", .undetermined),
    ])
    func identifies(text: String, expected: LanguageIdentifier.Guess) {
        #expect(LanguageIdentifier.identify(text) == expected)
    }
}

@Suite struct HTMLMetadataDateTests {
    @Test(arguments: [
        ("<meta property=\"article:published_time\" content=\"November 19, 2019, 07:47 PM EST\">", DateValue.day(year: 2019, month: 11, day: 19)),
        ("<meta itemprop=\"datePublished dateCreated\" content=\"2019-11-19T11:00:00Z\">", .day(year: 2019, month: 11, day: 19)),
        ("<script type=\"application/ld+json\">{\"@type\": \"ClaimReview\", \"datePublished\": \"20 Nov 2019 08:02 GMT\"}</script>", .day(year: 2019, month: 11, day: 20)),
    ])
    func readsPublicationDates(head: String, expected: DateValue) {
        let page = "<html><head>\(head)</head><body><p>On Nov. 15, 2018, the ambassador testified before the committee about trade.</p></body></html>"
        #expect(HTMLPage(parsing: Array(page.utf8)).published == expected)
    }
}
