import PuenteModel
import Testing
@testable import PuenteText

/// Whole paragraphs through both taggers, compared as readable dumps with scalar offsets.
@Suite struct TimeAmountDumpTests {
    static func dump(_ text: String, _ date: CalendarDay, _ language: Language) -> [String] {
        let t = ScalarText(text)
        return TimeTagger.expressions(in: t, documentDate: date, language: language).map { "time \($0)" }
            + AmountTagger.amounts(in: t, language: language).map { "amount \($0)" }
    }

    @Test func englishFactSheet() {
        let text = "FACT SHEET: U.S.-Mexico High-Level Economic Dialogue\n\nOn September 9, 2021, Secretary Blinken and "
            + "Foreign Secretary Ebrard relaunched the HLED, which will meet annually. The United States will invest "
            + "$130 million over the next three years; Mexico committed more than 1,500 million pesos. Last week, "
            + "5,871 unaccompanied children crossed, up 15% from December."
        #expect(Self.dump(text, CalendarDay(year: 2021, month: 9, day: 15), .english) == [
            #"time 57..<74 "September 9, 2021" = 2021-09-09"#,
            #"time 160..<168 "annually" = every P1Y"#,
            #"time 213..<238 "over the next three years" = P3Y→2024-09 rel"#,
            #"time 288..<297 "Last week" = 2021-W36 rel"#,
            #"time 349..<357 "December" = 2020-12 rel"#,
            #"amount 200..<212 "$130 million" = 130000000 USD"#,
            #"amount 257..<286 "more than 1,500 million pesos" = moreThan 1500000000 MXN"#,
            #"amount 299..<327 "5,871 unaccompanied children" = 5871 [unaccompanied children]"#,
            #"amount 340..<343 "15%" = 15%"#,
        ])
    }

    @Test func spanishCommuniqueWithEmoji() {
        let text = "Ciudad de México, 10 de septiembre de 2021.— El pasado martes, México y Estados Unidos acordaron "
            + "invertir 1,500 millones de dólares durante los próximos dos años. A finales de 2021 se decomisaron "
            + "más de 32 mil armas 🔫, y el grupo se reunirá dos veces al año."
        #expect(Self.dump(text, CalendarDay(year: 2021, month: 9, day: 10), .spanish) == [
            #"time 18..<42 "10 de septiembre de 2021" = 2021-09-10"#,
            #"time 45..<61 "El pasado martes" = 2021-09-07 rel"#,
            #"time 132..<161 "durante los próximos dos años" = P2Y→2023-09 rel"#,
            #"time 163..<180 "A finales de 2021" = 2021 (late)"#,
            #"time 241..<257 "dos veces al año" = every P6M"#,
            #"amount 106..<131 "1,500 millones de dólares" = 1500000000 USD"#,
            #"amount 196..<215 "más de 32 mil armas" = moreThan 32000 [armas]"#,
        ])
    }
}
