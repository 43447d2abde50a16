import PuenteModel

/// A unit of calendar time named by a word ("years", "meses").
enum TimeUnit: Sendable {
    case day, week, month, quarter, semester, year, decade

    /// `count` of this unit as an ISO duration.
    func duration(_ count: Int) -> ISODuration {
        switch self {
        case .day: return ISODuration(days: count)
        case .week: return ISODuration(weeks: count)
        case .month: return ISODuration(months: count)
        case .quarter: return ISODuration(months: 3 * count)
        case .semester: return ISODuration(months: 6 * count)
        case .year: return ISODuration(years: count)
        case .decade: return ISODuration(years: 10 * count)
        }
    }
}

/// Word tables of the time tagger, keyed by folded words (lowercase, no accents).
enum TimeLexicon {
    /// Month names and abbreviations, English and Spanish, to 1...12.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
        "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6,
        "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
        "noviembre": 11, "diciembre": 12, "dic": 12,
    ]
    /// Month words that are also common words; they need a capital and a date context.
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "ago", "dec", "sep", "jan", "jun", "jul", "oct", "nov", "feb", "apr", "aug", "sept", "ene", "abr", "dic"]
    static let spanishMonths: Set<String> = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre"]
    static let fullEnglishMonths: Set<String> = ["january", "february", "april", "june", "july", "august", "september", "october", "november", "december"]

    /// Weekdays, 1 = Monday.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "lunes": 1, "martes": 2, "miercoles": 3, "jueves": 4, "viernes": 5, "sabado": 6, "domingo": 7,
    ]

    static let units: [String: TimeUnit] = [
        "day": .day, "days": .day, "dia": .day, "dias": .day,
        "week": .week, "weeks": .week, "semana": .week, "semanas": .week,
        "month": .month, "months": .month, "mes": .month, "meses": .month,
        "quarter": .quarter, "quarters": .quarter, "trimestre": .quarter, "trimestres": .quarter,
        "semestre": .semester, "semestres": .semester,
        "year": .year, "years": .year, "ano": .year, "anos": .year, "yr": .year, "yrs": .year,
        "decade": .decade, "decades": .decade, "decada": .decade, "decadas": .decade,
    ]

    static let seasons: [String: DateValue.Season] = [
        "spring": .spring, "summer": .summer, "fall": .fall, "autumn": .fall, "winter": .winter,
        "primavera": .spring, "verano": .summer, "otono": .fall, "invierno": .winter,
    ]

    /// Cardinal number words for counts of time units. "few"/"several"/"couple" count as 3, 3, 2.
    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "few": 3, "several": 3, "couple": 2,
        "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
        "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
        "dieciocho": 18, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    ]

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4,
        "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3,
        "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4,
    ]

    /// Decade words: "the nineties", "los noventa".
    static let decades: [String: Int] = [
        "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
        "seventies": 70, "eighties": 80, "nineties": 90,
        "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
        "setenta": 70, "ochenta": 80, "noventa": 90,
    ]

    /// Single words naming a frequency.
    static let frequencyWords: [String: ISODuration] = [
        "annually": ISODuration(years: 1), "yearly": ISODuration(years: 1), "annual": ISODuration(years: 1),
        "anual": ISODuration(years: 1), "anualmente": ISODuration(years: 1), "anuales": ISODuration(years: 1),
        "semiannual": ISODuration(months: 6), "semiannually": ISODuration(months: 6),
        "biannual": ISODuration(months: 6), "biannually": ISODuration(months: 6),
        "semestral": ISODuration(months: 6), "semestralmente": ISODuration(months: 6), "semestrales": ISODuration(months: 6),
        "quarterly": ISODuration(months: 3), "trimestral": ISODuration(months: 3),
        "trimestralmente": ISODuration(months: 3), "trimestrales": ISODuration(months: 3),
        "monthly": ISODuration(months: 1), "mensual": ISODuration(months: 1), "mensualmente": ISODuration(months: 1),
        "mensuales": ISODuration(months: 1),
        "weekly": ISODuration(weeks: 1), "semanal": ISODuration(weeks: 1), "semanalmente": ISODuration(weeks: 1),
        "semanales": ISODuration(weeks: 1), "biweekly": ISODuration(weeks: 2), "quincenal": ISODuration(weeks: 2),
        "daily": ISODuration(days: 1), "diariamente": ISODuration(days: 1),
        "bimestral": ISODuration(months: 2), "bimestrales": ISODuration(months: 2),
        "bimestralmente": ISODuration(months: 2), "fortnightly": ISODuration(weeks: 2),
        "biennial": ISODuration(years: 2), "biennially": ISODuration(years: 2), "bienal": ISODuration(years: 2),
    ]

    /// Words before a bare 4-digit number that make it an identifier, not a year.
    static let yearBlockers: Set<String> = [
        "no", "law", "ley", "page", "pages", "p", "pp", "number", "numero", "num", "nro", "hr", "room",
        "article", "articulo", "section", "seccion", "route", "flight", "vuelo", "model", "version",
        "resolution", "resolucion", "decree", "decreto", "bill", "code", "codigo", "id", "tel", "phone",
        "ext", "box", "suite", "km", "kilometro", "highway", "carretera", "folio", "expediente",
    ]

    /// Words after a number that make it an amount, not a year.
    static let yearAmountFollowers: Set<String> = [
        "percent", "por", "million", "millones", "billion", "thousand", "mil", "dollars", "dolares",
        "pesos", "euros", "people", "personas", "migrants", "migrantes", "troops", "agents", "workers",
        "trabajadores", "doses", "dosis", "units", "unidades", "tons", "toneladas", "kilos", "km",
        "miles", "km2", "hours", "horas", "minutes", "minutos", "mw", "pm", "am", "gmt", "utc", "hrs",
    ]

    /// The rules of `TimeScanner.matchCore` worth trying at a word, found with one lookup.
    struct Rules: OptionSet, Sendable {
        let rawValue: UInt32
        static let month = Rules(rawValue: 1 << 0)
        static let weekday = Rules(rawValue: 1 << 1)
        static let relativeDay = Rules(rawValue: 1 << 2)
        static let relativeUnit = Rules(rawValue: 1 << 3)
        static let spanishRelative = Rules(rawValue: 1 << 4)
        static let ago = Rules(rawValue: 1 << 5)
        static let modified = Rules(rawValue: 1 << 6)
        static let duration = Rules(rawValue: 1 << 7)
        static let frequency = Rules(rawValue: 1 << 8)
        static let fiscal = Rules(rawValue: 1 << 9)
        static let quarter = Rules(rawValue: 1 << 10)
        static let season = Rules(rawValue: 1 << 11)
        static let decade = Rules(rawValue: 1 << 12)
        static let adjective = Rules(rawValue: 1 << 13)
        static let interval = Rules(rawValue: 1 << 14)
    }

    static let rules: [String: Rules] = {
        var table: [String: Rules] = [:]
        func add<S: Sequence>(_ words: S, _ r: Rules) where S.Element == String {
            for w in words { table[w, default: []].insert(r) }
        }
        add(months.keys, [.month, .spanishRelative])
        add(weekdays.keys, [.weekday, .spanishRelative])
        add(["today", "tonight", "hoy", "yesterday", "ayer", "anoche", "anteayer", "tomorrow", "manana", "pasado"], .relativeDay)
        add(["last", "next", "this", "earlier", "later"], .relativeUnit)
        add(["el", "la", "este", "esta", "pasado", "pasada", "anterior", "proximo", "proxima", "entrante"], .spanishRelative)
        add(units.keys, .spanishRelative)
        add(seasons.keys, [.spanishRelative, .season])
        add(numbers.keys, [.ago, .duration, .frequency, .adjective])
        add(["hace"], .ago)
        add(["early", "mid", "late", "around", "circa", "the", "a", "al", "hacia", "para", "desde", "hasta", "el", "de",
             "beginning", "start", "end", "middle", "close", "finales", "fines", "principios", "inicios", "comienzos",
             "mediados", "final", "fin", "cierre", "inicio", "principio", "comienzo"], .modified)
        add(["over", "in", "within", "en", "for", "during", "throughout", "durante", "por", "dentro", "a", "the", "los", "las",
             "next", "coming", "following", "past", "last", "previous", "proximos", "proximas", "siguientes",
             "ultimos", "ultimas", "pasados", "pasadas", "recent", "venideros", "venideras", "couple"], .duration)
        add(frequencyWords.keys, .frequency)
        add(["semi", "a", "every", "each", "cada", "todos", "todas", "once", "twice"], .frequency)
        add(["fy", "fiscal", "ano", "ejercicio"], .fiscal)
        add(ordinals.keys, .quarter)
        add(["q", "h"], .quarter)
        add(["the", "los", "decada"], .decade)
        add(["from", "between", "desde", "entre", "de", "del"], .interval)
        return table
    }()
}
