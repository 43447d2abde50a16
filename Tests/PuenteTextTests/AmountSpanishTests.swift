import PuenteModel
import Testing
@testable import PuenteText

/// Spanish amounts in sentences of the kind Puente reads.
@Suite struct AmountSpanishTests {
    static let es = Language.spanish

    static let money: [AmountCase] = [
        AmountCase("México se comprometió a invertir 1,500 millones de dólares.", es, "1,500 millones de dólares=1500000000 USD"),
        AmountCase("El gobierno destinará 1.500 millones de dólares.", es, "1.500 millones de dólares=1500000000 USD"),
        AmountCase("El apoyo asciende a 1.5 millones de dólares.", es, "1.5 millones de dólares=1500000 USD"),
        AmountCase("El apoyo asciende a 1,5 millones de dólares.", es, "1,5 millones de dólares=1500000 USD"),
        AmountCase("Estados Unidos aportará 4 mil millones de dólares.", es, "4 mil millones de dólares=4000000000 USD"),
        AmountCase("La inversión será de mil millones de dólares.", es, "mil millones de dólares=1000000000 USD"),
        AmountCase("El programa cuesta 500 mil pesos.", es, "500 mil pesos=500000 MXN"),
        AmountCase("Se otorgaron apoyos por $500 pesos.", es, "$500 pesos=500 MXN"),
        AmountCase("La multa es de $130 millones.", es, "$130 millones=130000000 USD"),
        AmountCase("El fondo reúne 130 mdd.", es, "130 mdd=130000000 USD"),
        AmountCase("El proyecto costará 800 mdp.", es, "800 mdp=800000000 MXN"),
        AmountCase("Se invertirán US$ 2,000 millones.", es, "US$ 2,000 millones=2000000000 USD"),
        AmountCase("El banco prestó MXN 300 millones.", es, "MXN 300 millones=300000000 MXN"),
        AmountCase("El comercio superó más de 600 mil millones de dólares.", es, "más de 600 mil millones de dólares=moreThan 600000000000 USD"),
        AmountCase("Las remesas sumaron casi 52 mil millones de dólares.", es, "casi 52 mil millones de dólares=nearly 52000000000 USD"),
        AmountCase("El costo fue de alrededor de 15 mil millones de dólares.", es, "alrededor de 15 mil millones de dólares=about 15000000000 USD"),
        AmountCase("México podría recibir hasta 2 mil millones de dólares.", es, "hasta 2 mil millones de dólares=upTo 2000000000 USD"),
        AmountCase("Se requieren al menos 40 millones de pesos.", es, "al menos 40 millones de pesos=atLeast 40000000 MXN"),
        AmountCase("Cada apoyo es de menos de 50 mil pesos.", es, "menos de 50 mil pesos=lessThan 50000 MXN"),
        AmountCase("El presupuesto es de entre 10 y 15 millones de dólares.", es, "entre 10 y 15 millones de dólares=10000000-15000000 USD"),
        AmountCase("Se invertirán de 10 a 15 millones de dólares.", es, "10 a 15 millones de dólares=10000000-15000000 USD"),
        AmountCase("Se destinaron 20 millones de euros.", es, "20 millones de euros=20000000 EUR"),
        AmountCase("La ayuda suma 3 millardos de dólares.", es, "3 millardos de dólares=3000000000 USD"),
        AmountCase("El gasto fue de 2 billones de pesos.", es, "2 billones de pesos=2000000000000 MXN"),
        AmountCase("Se entregó un millón de dólares.", es, "un millón de dólares=1000000 USD"),
        AmountCase("El costo fue de 1.234.567 pesos.", es, "1.234.567 pesos=1234567 MXN"),
        AmountCase("El costo fue de 1.234,56 euros.", es, "1.234,56 euros=1234.56 EUR"),
        AmountCase("Se aprobaron 300 millones de pesos mexicanos.", es, "300 millones de pesos mexicanos=300000000 MXN"),
        AmountCase("Se invertirán 25 millones de dólares estadounidenses.", es, "25 millones de dólares estadounidenses=25000000 USD"),
        AmountCase("Se destinarán 4 mil 500 millones de pesos.", es, "4 mil 500 millones de pesos=4500000000 MXN"),
        AmountCase("El apoyo fue de 4 mil 500 pesos por familia.", es, "4 mil 500 pesos=4500 MXN"),
        AmountCase("Se prevé que el comercio alcance 600 mil mdd.", es, "600 mil mdd=600000000000 USD"),
        AmountCase("El programa dispone de poco más de 3 mil millones de pesos.", es, "poco más de 3 mil millones de pesos=moreThan 3000000000 MXN"),
    ]

    static let quantities: [AmountCase] = [
        AmountCase("Se registraron más de 42 mil trabajadores.", es, "más de 42 mil trabajadores=moreThan 42000 [trabajadores]"),
        AmountCase("Las autoridades decomisaron 32 mil armas.", es, "32 mil armas=32000 [armas]"),
        AmountCase("México recibió 1.35 millones de dosis.", es, "1.35 millones de dosis=1350000 [dosis]"),
        AmountCase("Llegaron 3,5 millones de vacunas.", es, "3,5 millones de vacunas=3500000 [vacunas]"),
        AmountCase("El plan incluye 26 proyectos de infraestructura.", es, "26 proyectos=26 [proyectos]"),
        AmountCase("Se desplegaron 10 mil elementos de la Guardia Nacional.", es, "10 mil elementos=10000 [elementos]"),
        AmountCase("Cerca de 2 millones de migrantes fueron detenidos.", es, "Cerca de 2 millones de migrantes=nearly 2000000 [migrantes]"),
        AmountCase("Unos 400 empresarios asistieron al foro.", es, "Unos 400 empresarios=about 400 [empresarios]"),
        AmountCase("Alrededor de 5,871 niños no acompañados cruzaron la frontera.", es, "Alrededor de 5,871 niños=about 5871 [niños]"),
        AmountCase("Por lo menos 12 agentes resultaron heridos.", es, "Por lo menos 12 agentes=atLeast 12 [agentes]"),
        AmountCase("Se capacitó a 1.200 policías municipales.", es, "1.200 policías municipales=1200 [policías municipales]"),
        AmountCase("Entre 200 y 300 familias fueron reubicadas.", es, "Entre 200 y 300 familias=200-300 [familias]"),
        AmountCase("Se aseguraron 600 kilos de fentanilo.", es, "600 kilos=600 [kilos]"),
        AmountCase("Se aplicaron medio millón de dosis.", es, "medio millón de dosis=500000 [dosis]"),
        AmountCase("Hasta 50 mil personas podrían beneficiarse.", es, "Hasta 50 mil personas=upTo 50000 [personas]"),
    ]

    static let percentsAndNumbers: [AmountCase] = [
        AmountCase("Las exportaciones crecieron 15 por ciento.", es, "15 por ciento=15%"),
        AmountCase("Las exportaciones crecieron 15%.", es, "15%=15%"),
        AmountCase("La inflación llegó a 7,4%.", es, "7,4%=7.4%"),
        AmountCase("La tasa subió 0.5 puntos porcentuales.", es, "0.5 puntos porcentuales=0.5 [puntos porcentuales]"),
        AmountCase("Casi 40 por ciento de las importaciones vienen de Estados Unidos.", es, "Casi 40 por ciento=nearly 40%"),
        AmountCase("La población llegó a 1.5 millones.", es, "1.5 millones=1500000"),
        AmountCase("Los cruces bajaron entre 10 y 15 por ciento.", es, "entre 10 y 15 por ciento=10-15%"),
        AmountCase("México exporta alrededor del 80% de sus productos.", es, "alrededor del 80%=about 80%"),
        AmountCase("Casi el 40 por ciento de los migrantes son menores.", es, "Casi el 40 por ciento=nearly 40%"),
        AmountCase("El salario pasó de 141.70 a 172.87 pesos diarios.", es, "141.70 a 172.87 pesos=141.7-172.87 MXN"),
        AmountCase("Se reportaron 3 mil 500 casos.", es, "3 mil 500 casos=3500 [casos]"),
        AmountCase("Se asignaron 25 mdp y 3 mmdd a la obra.", es, "25 mdp=25000000 MXN | 3 mmdd=3000000000 USD"),
        AmountCase("La planta costará 500 millones de dls.", es, "500 millones de dls=500000000 USD"),
        AmountCase("La deuda es de 12.5 billones de pesos.", es, "12.5 billones de pesos=12500000000000 MXN"),
    ]

    static let negatives: [AmountCase] = [
        AmountCase("El 9 de septiembre de 2021 se firmó el acuerdo.", es, ""),
        AmountCase("En 2021, México recibió vacunas.", es, ""),
        AmountCase("La reunión inició a las 10:30 horas.", es, ""),
        AmountCase("El funcionario, de 45 años, renunció.", es, ""),
        AmountCase("El T-MEC entró en vigor en 2020.", es, ""),
        AmountCase("Durante 20 años trabajó en la SRE.", es, ""),
        AmountCase("El artículo 27 de la Constitución regula la tierra.", es, ""),
        AmountCase("La reunión del 10 de agosto fue productiva.", es, ""),
        AmountCase("Siete de cada 10 migrantes son hombres.", es, "10 migrantes=10 [migrantes]"),
    ]

    @Test(arguments: money) func moneyAmounts(_ c: AmountCase) { #expect(c.actual() == c.expected) }
    @Test(arguments: quantities) func countedQuantities(_ c: AmountCase) { #expect(c.actual() == c.expected) }
    @Test(arguments: percentsAndNumbers) func percentages(_ c: AmountCase) { #expect(c.actual() == c.expected) }
    @Test(arguments: negatives) func notAmounts(_ c: AmountCase) { #expect(c.actual() == c.expected) }
}
