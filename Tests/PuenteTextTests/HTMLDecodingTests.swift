@testable import PuenteText
import Testing

@Suite("HTML byte decoding: charsets and gzip")
struct HTMLDecodingTests {
    private func page(_ bytes: [UInt8]) -> HTMLPage { HTMLPage(parsing: bytes) }

    private func body(_ text: String) -> String {
        "<html><body><article><p>\(text)</p></article></body></html>"
    }

    @Test("UTF-8 byte-order mark")
    func utf8BOM() {
        let result = page([0xEF, 0xBB, 0xBF] + Array(body("Canción de la frontera, una historia larga y bien contada.").utf8))
        #expect(result.mainText == "Canción de la frontera, una historia larga y bien contada.")
        #expect(result.warnings.isEmpty)
    }

    @Test("UTF-16 little-endian byte-order mark")
    func utf16BOM() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in body("Niño y señora, una historia larga y bien contada.").utf16 {
            bytes.append(UInt8(unit & 0xFF))
            bytes.append(UInt8(unit >> 8))
        }
        #expect(page(bytes).mainText == "Niño y señora, una historia larga y bien contada.")
    }

    @Test("<meta charset> names Windows-1252")
    func metaCharset() {
        let head = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8)
        let text: [UInt8] = Array("Secretar".utf8) + [0xED] + Array("a de Econom".utf8) + [0xED, 0x61, 0x20, 0x96, 0x20, 0x93]
            + Array("acuerdo".utf8) + [0x94] + Array(" firmado hoy en la capital.".utf8)
        let result = page(head + text + Array("</p></body></html>".utf8))
        #expect(result.mainText == "Secretaría de Economía – “acuerdo” firmado hoy en la capital.")
        #expect(result.warnings.isEmpty)
    }

    @Test("http-equiv content type names ISO-8859-1")
    func httpEquiv() {
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>".utf8)
        let text: [UInt8] = Array("M".utf8) + [0xE9] + Array("xico y Estados Unidos firmaron el acuerdo de seguridad.".utf8)
        #expect(page(head + text + Array("</p></body></html>".utf8)).mainText == "México y Estados Unidos firmaron el acuerdo de seguridad.")
    }

    @Test("No charset and invalid UTF-8: Windows-1252 with a warning")
    func fallback() {
        let text: [UInt8] = Array("<html><body><p>Pe".utf8) + [0xF1] + Array("a Nieto visit".utf8) + [0xF3]
            + Array(" Washington ayer por la tarde.</p></body></html>".utf8)
        let result = page(text)
        #expect(result.mainText == "Peña Nieto visitó Washington ayer por la tarde.")
        #expect(result.warnings == ["no charset declared and not valid UTF-8; decoded as Windows-1252"])
    }

    @Test("Charset sniffing reads only <meta> tags")
    func sniffing() {
        #expect(CharsetDecoder.declaredCharset(in: Array("<meta charset='UTF-8'>".utf8)) == "utf-8")
        #expect(CharsetDecoder.declaredCharset(in: Array("<p>charset=latin1</p>".utf8)) == nil)
    }

    @Test("UTF-8 validation rejects overlongs and surrogates")
    func validation() {
        #expect(CharsetDecoder.isValidUTF8(Array("añ€😀".utf8)))
        #expect(!CharsetDecoder.isValidUTF8([0xC0, 0xAF]))
        #expect(!CharsetDecoder.isValidUTF8([0xED, 0xA0, 0x80]))
        #expect(!CharsetDecoder.isValidUTF8([0xE2, 0x82]))
    }

    @Test("A gzip bomb over the limit gives empty text and a warning")
    func gzipBomb() throws {
        let compressed = try HTMLFixtures.bytes("news-en.html.gz")
        #expect(GzipInflater.inflate(compressed, limit: 100) == .tooLarge)
        if case let .inflated(bytes) = GzipInflater.inflate(compressed, limit: 1 << 20) {
            #expect(bytes == (try HTMLFixtures.bytes("news-en.html")))
        } else {
            Issue.record("fixture did not inflate")
        }
    }

    @Test("Corrupt gzip gives empty text and a warning")
    func corruptGzip() {
        let result = page([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03])
        #expect(result.mainText.isEmpty)
        #expect(result.warnings == ["gzip content is corrupt; page skipped"])
    }
}

@Suite("Other declared charsets")
struct HTMLOtherCharsetTests {
    @Test("A charset libxml2 converts (ISO-8859-15, with the euro sign at A4)")
    func latin9() {
        let bytes = Array("<html><head><meta charset=\"iso-8859-15\"></head><body><p>El acuerdo cuesta 130 millones de ".utf8)
            + [0xA4] + Array(" y se firmó hoy en la capital.</p></body></html>".utf8).map { $0 == 0xC3 ? 0xF3 : $0 }.filter { $0 != 0xB3 }
        #expect(HTMLPage(parsing: bytes).mainText == "El acuerdo cuesta 130 millones de € y se firmó hoy en la capital.")
    }

    @Test("An unknown charset falls back to UTF-8 when valid, else Windows-1252, with a warning")
    func unknown() {
        let bytes = Array("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Texto del comunicado conjunto de ambos gobiernos.</p></body></html>".utf8)
        let page = HTMLPage(parsing: bytes)
        #expect(page.mainText == "Texto del comunicado conjunto de ambos gobiernos.")
        #expect(page.warnings == ["charset x-no-such-charset is not supported; decoded as UTF-8"])
        let latin = Array("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Comunicado de la Canciller".utf8)
            + [0xED] + Array("a sobre el acuerdo bilateral.</p></body></html>".utf8)
        let fallback = HTMLPage(parsing: latin)
        #expect(fallback.mainText == "Comunicado de la Cancillería sobre el acuerdo bilateral.")
        #expect(fallback.warnings == ["charset x-no-such-charset is not supported; decoded as Windows-1252"])
    }
}
