import PuenteModel
import Testing
@testable import PuenteText

/// Spanish time expressions in sentences of the kind Puente reads, with the document date.
@Suite struct TimeSpanishTests {
    static let es = Language.spanish

    static let absolute: [TimeCase] = [
        TimeCase("El diálogo se relanzó el 9 de septiembre de 2021 en Washington.", "2021-09-15", es, "9 de septiembre de 2021=2021-09-09"),
        TimeCase("El canciller viajó el 9 de septiembre a Washington.", "2021-09-15", es, "9 de septiembre=2021-09-09"),
        TimeCase("Los ministros se reunirán el 20 de enero.", "2021-11-15", es, "20 de enero=2022-01-20"),
        TimeCase("El acuerdo se firmó el 1o de julio de 2020.", "2021-11-15", es, "1o de julio de 2020=2020-07-01"),
        TimeCase("El T-MEC entró en vigor el 1º de julio de 2020.", "2021-11-15", es, "1º de julio de 2020=2020-07-01"),
        TimeCase("La reunión fue el 9 de septiembre del 2021.", "2021-11-15", es, "9 de septiembre del 2021=2021-09-09"),
        TimeCase("Comunicado 09/09/2021", "2021-09-09", es, "09/09/2021=2021-09-09"),
        TimeCase("El documento, fechado el 10/08/2021, circuló ayer.", "2021-08-17", es, "10/08/2021=2021-08-10 | ayer=2021-08-16"),
        TimeCase("Las exportaciones crecieron en septiembre de 2021.", "2021-12-15", es, "septiembre de 2021=2021-09"),
        TimeCase("Las exportaciones crecieron en septiembre.", "2021-12-15", es, "septiembre=2021-09"),
        TimeCase("Las vacunas llegarán en marzo.", "2021-12-15", es, "marzo=2022-03"),
        TimeCase("Las vacunas llegaron en marzo.", "2021-12-15", es, "marzo=2021-03"),
        TimeCase("El programa comenzó en 2019.", "2021-12-15", es, "2019=2019"),
        TimeCase("Las remesas crecieron de 2019 a 2021.", "2022-01-15", es, "de 2019 a 2021=2019/2021"),
        TimeCase("Entre 2018 y 2020 se duplicaron los decomisos.", "2022-01-15", es, "Entre 2018 y 2020=2018/2020"),
        TimeCase("El comercio creció entre mayo y julio.", "2021-10-15", es, "entre mayo y julio=2021-05/2021-07"),
        TimeCase("La cumbre se celebró del 1 al 3 de marzo de 2022.", "2022-04-15", es, "1 al 3 de marzo de 2022=2022-03-01/2022-03-03"),
        TimeCase("El PIB creció en el tercer trimestre de 2021.", "2022-01-15", es, "tercer trimestre de 2021=2021-Q3"),
        TimeCase("El PIB cayó en el primer trimestre.", "2021-08-15", es, "primer trimestre=2021-Q1"),
        TimeCase("Las detenciones aumentaron en el primer semestre de 2021.", "2021-08-15", es, "primer semestre de 2021=2021-H1"),
        TimeCase("La obra concluirá en la segunda mitad de 2022.", "2021-08-15", es, "segunda mitad de 2022=2022-H2"),
        TimeCase("El programa arrancó en el otoño de 2023.", "2024-01-15", es, "otoño de 2023=2023-FA"),
        TimeCase("La migración creció en el verano de 2021.", "2021-11-15", es, "verano de 2021=2021-SU"),
        TimeCase("En la década de 1990 se firmó el TLCAN.", "2021-11-15", es, "década de 1990=199X"),
        TimeCase("En los años noventa se firmó el TLCAN.", "2021-11-15", es, "los años noventa=199X"),
        TimeCase("El presupuesto del ejercicio fiscal 2024 incluye recursos.", "2023-11-15", es, "ejercicio fiscal 2024=2024"),
        TimeCase("En el año fiscal 2022 el Congreso aprobó fondos.", "2023-11-15", es, "año fiscal 2022=FY2022"),
        TimeCase("El martes 9 de septiembre se reunieron las delegaciones.", "2021-09-15", es, "martes 9 de septiembre=2021-09-09"),
        TimeCase("El 15 de agosto de 2021, México recibió vacunas.", "2021-09-15", es, "15 de agosto de 2021=2021-08-15"),
        TimeCase("El informe se publicó el 2021-09-09.", "2021-09-15", es, "2021-09-09=2021-09-09"),
        TimeCase("El 5 de febrero se conmemoró la Constitución.", "2021-09-15", es, "5 de febrero=2021-02-05"),
        TimeCase("La fecha límite es el 31 de diciembre.", "2021-08-15", es, "31 de diciembre=2021-12-31"),
        TimeCase("La entrega será para el 1 de diciembre.", "2021-06-10", es, "1 de diciembre=2021-12-01"),
    ]

    static let relative: [TimeCase] = [
        TimeCase("Ayer, el canciller habló con el secretario de Estado.", "2021-08-17", es, "Ayer=2021-08-16"),
        TimeCase("Hoy el presidente anunció un nuevo acuerdo.", "2021-08-17", es, "Hoy=2021-08-17"),
        TimeCase("Mañana se reunirán los equipos técnicos.", "2021-08-17", es, "Mañana=2021-08-18"),
        TimeCase("Esta mañana se reunieron los equipos.", "2021-08-17", es, ""),
        TimeCase("Anteayer llegaron las vacunas.", "2021-08-17", es, "Anteayer=2021-08-15"),
        TimeCase("Las delegaciones se reunieron la semana pasada.", "2021-08-17", es, "la semana pasada=2021-W32"),
        TimeCase("Las delegaciones se reunirán la próxima semana.", "2021-08-17", es, "la próxima semana=2021-W34"),
        TimeCase("El diálogo se reanudará el próximo año.", "2021-08-17", es, "el próximo año=2022"),
        TimeCase("El diálogo se reanudará el año que viene.", "2021-08-17", es, "el año que viene=2022"),
        TimeCase("El comercio alcanzó un récord el año pasado.", "2021-08-17", es, "el año pasado=2020"),
        TimeCase("México recibió las dosis el mes pasado.", "2021-08-17", es, "el mes pasado=2021-07"),
        TimeCase("El plan se presentará este año.", "2021-08-17", es, "este año=2021"),
        TimeCase("El grupo se creó esta semana.", "2021-08-17", es, "esta semana=2021-W33"),
        TimeCase("Hace tres días se firmó el acuerdo.", "2021-08-17", es, "Hace tres días=2021-08-14"),
        TimeCase("Hace dos años se levantaron los aranceles.", "2021-08-17", es, "Hace dos años=2019"),
        TimeCase("Hace un mes llegaron los primeros lotes.", "2021-08-17", es, "Hace un mes=2021-07"),
        TimeCase("El pasado martes, Ebrard se reunió con Blinken.", "2021-08-19", es, "El pasado martes=2021-08-17"),
        TimeCase("Ebrard se reunió con Blinken el martes pasado.", "2021-08-19", es, "el martes pasado=2021-08-17"),
        TimeCase("Ebrard se reunirá con Blinken el próximo martes.", "2021-08-19", es, "el próximo martes=2021-08-24"),
        TimeCase("Ebrard se reunió con Blinken el martes.", "2021-08-19", es, "martes=2021-08-17"),
        TimeCase("Ebrard se reunirá con Blinken el martes.", "2021-08-19", es, "martes=2021-08-24"),
        TimeCase("Este jueves el canciller se reunió con la vicepresidenta.", "2021-08-19", es, "Este jueves=2021-08-19"),
        TimeCase("El pasado enero se pausaron las deportaciones.", "2021-08-19", es, "El pasado enero=2021-01"),
        TimeCase("En enero pasado se pausaron las deportaciones.", "2021-08-19", es, "enero pasado=2021-01"),
        TimeCase("El pasado 9 de agosto se firmó el memorándum.", "2021-08-19", es, "El pasado 9 de agosto=2021-08-09"),
        TimeCase("Las obras terminarán a finales de 2021.", "2021-08-19", es, "a finales de 2021=2021~late"),
        TimeCase("El acuerdo se firmará a principios de 2022.", "2021-08-19", es, "a principios de 2022=2022~early"),
        TimeCase("La planta abrirá a mediados del próximo año.", "2021-08-19", es, "a mediados del próximo año=2022~mid"),
        TimeCase("La cifra se alcanzó a fines del año pasado.", "2021-08-19", es, "a fines del año pasado=2020~late"),
        TimeCase("Los envíos comenzaron a finales de septiembre.", "2021-10-19", es, "a finales de septiembre=2021-09~late"),
        TimeCase("Las metas se cumplirán al cierre de 2022.", "2021-10-19", es, "al cierre de 2022=2022~end"),
        TimeCase("El informe se entregará a finales de este año.", "2021-10-19", es, "a finales de este año=2021~late"),
        TimeCase("La migración bajará el próximo verano.", "2021-10-19", es, "el próximo verano=2022-SU"),
        TimeCase("En los últimos meses, los cruces aumentaron.", "2021-10-19", es, ""),
        TimeCase("Hoy en día la frontera está abierta.", "2021-10-19", es, ""),
        TimeCase("La reunión del jueves pasado fue productiva.", "2021-06-08", es, "jueves pasado=2021-06-03"),
        TimeCase("La vicepresidenta visitará el país el próximo mes.", "2021-06-08", es, "el próximo mes=2021-07"),
        TimeCase("El secretario visitó México del 7 al 9 de junio.", "2021-06-10", es, "7 al 9 de junio=2021-06-07/2021-06-09"),
        TimeCase("A partir de este lunes, los cruces se reanudarán.", "2021-06-08", es, "este lunes=2021-06-14"),
        TimeCase("El domingo 6 de junio se celebraron elecciones.", "2021-06-08", es, "domingo 6 de junio=2021-06-06"),
        TimeCase("Para el 2024 se espera concluir la obra.", "2021-06-08", es, "2024=2024"),
        TimeCase("Desde el 21 de marzo de 2020, la frontera permanece cerrada.", "2021-06-08", es, "21 de marzo de 2020=2020-03-21"),
    ]

    static let periods: [TimeCase] = [
        TimeCase("Estados Unidos invertirá 130 millones de dólares durante los próximos tres años.", "2021-06-08", es, "durante los próximos tres años=P3Y→2024-06"),
        TimeCase("El gobierno invertirá durante los próximos dos años.", "2021-06-08", es, "durante los próximos dos años=P2Y→2023-06"),
        TimeCase("Los equipos informarán en los próximos días.", "2021-06-08", es, ""),
        TimeCase("El programa operó durante dos años.", "2021-06-08", es, "durante dos años=P2Y"),
        TimeCase("Los decomisos se duplicaron en los últimos cinco años.", "2021-06-08", es, "en los últimos cinco años=P5Y"),
        TimeCase("México deberá responder en un plazo de 90 días.", "2021-06-08", es, "en un plazo de 90 días=P90D→2021-09-06"),
        TimeCase("La planta estará lista dentro de dos años.", "2021-06-08", es, "dentro de dos años=P2Y→2023-06"),
        TimeCase("El diálogo se reunirá anualmente.", "2021-06-08", es, "anualmente=every P1Y"),
        TimeCase("El grupo sostendrá reuniones semestrales.", "2021-06-08", es, "semestrales=every P6M"),
        TimeCase("Habrá una revisión semestral del plan.", "2021-06-08", es, "semestral=every P6M"),
        TimeCase("Los datos se publican de forma trimestral.", "2021-06-08", es, "trimestral=every P3M"),
        TimeCase("La comisión se reúne cada seis meses.", "2021-06-08", es, "cada seis meses=every P6M"),
        TimeCase("La comisión se reúne dos veces al año.", "2021-06-08", es, "dos veces al año=every P6M"),
        TimeCase("Los líderes se reúnen una vez al año.", "2021-06-08", es, "una vez al año=every P1Y"),
        TimeCase("Cada año cruzan miles de personas.", "2021-06-08", es, "Cada año=every P1Y"),
        TimeCase("Todos los años se publica el informe.", "2021-06-08", es, "Todos los años=every P1Y"),
        TimeCase("Se reportan cifras mensualmente.", "2021-06-08", es, "mensualmente=every P1M"),
        TimeCase("El préstamo se pagará por tres años.", "2021-06-08", es, "por tres años=P3Y"),
    ]

    static let negatives: [TimeCase] = [
        TimeCase("La reunión inició a las 10:30 horas.", "2021-06-08", es, ""),
        TimeCase("La Ley 2021 fue publicada.", "2021-06-08", es, ""),
        TimeCase("Se decomisaron 2,000 armas.", "2021-06-08", es, ""),
        TimeCase("El mar de Cortés es rico.", "2021-06-08", es, ""),
        TimeCase("Hace falta más cooperación.", "2021-06-08", es, ""),
        TimeCase("Los 90 días del plazo vencieron.", "2021-06-08", es, ""),
    ]

    @Test(arguments: absolute) func absoluteDates(_ c: TimeCase) { #expect(c.actual() == c.expected) }
    @Test(arguments: relative) func relativeDates(_ c: TimeCase) { #expect(c.actual() == c.expected) }
    @Test(arguments: periods) func durationsAndFrequencies(_ c: TimeCase) { #expect(c.actual() == c.expected) }
    @Test(arguments: negatives) func notTimeExpressions(_ c: TimeCase) { #expect(c.actual() == c.expected) }
}
