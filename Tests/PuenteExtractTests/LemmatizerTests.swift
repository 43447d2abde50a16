import PuenteModel
import Testing
@testable import PuenteExtract

@Suite struct LemmatizerTests {
    static let lexicon = try! ExtractionLexicon.bundled()

    @Test(arguments: [
        ("agreed", "agree"), ("signs", "sign"), ("signing", "sign"), ("met", "meet"), ("praised", "praise"),
        ("congratulates", "congratulate"), ("hosted", "host"), ("sent", "send"), ("planned", "plan"),
        ("relaunching", "relaunch"), ("modernized", "modernize"), ("negotiated", "negotiate"), ("urged", "urge"),
        ("spoke", "speak"), ("applied", "applied"), ("criticizes", "criticize"), ("co-chaired", "co-chair"),
        ("withdrew", "withdraw"), ("threatening", "threaten"), ("imposes", "impose"),
    ])
    func english(form: String, lemma: String) {
        #expect(Lemmatizer.lemma(of: form, language: .english, lexicon: Self.lexicon) == lemma)
    }

    @Test(arguments: [
        ("acordaron", "acordar"), ("firmó", "firmar"), ("firmarán", "firmar"), ("reunieron", "reunir"),
        ("reunirán", "reunir"), ("recibió", "recibir"), ("conversó", "conversar"), ("encabezó", "encabezar"),
        ("agradeció", "agradecer"), ("impuso", "imponer"), ("pidió", "pedir"), ("rechazaron", "rechazar"),
        ("comprometió", "comprometer"), ("enviará", "enviar"), ("solicitado", "solicitar"), ("negociando", "negociar"),
        ("acusa", "acusar"), ("reúnen", "reunir"), ("felicitamos", "felicitar"), ("visitaba", "visitar"),
    ])
    func spanish(form: String, lemma: String) {
        #expect(Lemmatizer.lemma(of: form, language: .spanish, lexicon: Self.lexicon) == lemma)
    }
}
