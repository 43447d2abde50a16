/// Word tables of the amount tagger, keyed by folded words (lowercase, no accents).
enum AmountLexicon {
    /// Scale words and their multipliers. "mil millones" is handled as one scale (10^9).
    static let scales: [String: Double] = [
        "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
        "trillion": 1e12, "trillions": 1e12, "bn": 1e9, "mn": 1e6, "mln": 1e6,
        "mil": 1e3, "millon": 1e6, "millones": 1e6, "millardo": 1e9, "millardos": 1e9,
        "billon": 1e12, "billones": 1e12, "mdd": 1e6, "mdp": 1e6, "mmdd": 1e9, "mmdp": 1e9,
    ]
    /// Scale abbreviations that imply a currency (Mexican press: "130 mdd", "500 mdp").
    static let scaleCurrencies: [String: String] = ["mdd": "USD", "mdp": "MXN", "mmdd": "USD", "mmdp": "MXN"]
    /// Scale suffixes written glued to the number ("$1.5bn", "$130M", "$10k").
    static let gluedScales: [String: Double] = ["k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12]

    /// Currency words after a number.
    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "dolares": "USD", "dolar": "USD", "usd": "USD",
        "dls": "USD", "dlls": "USD", "dlrs": "USD",
        "pesos": "MXN", "peso": "MXN", "mxn": "MXN", "mxp": "MXN",
        "euros": "EUR", "euro": "EUR", "eur": "EUR", "cad": "CAD", "gbp": "GBP", "pounds": "GBP",
    ]
    /// Currency codes written before a number ("USD 130 million", "MXN 500").
    static let currencyCodes: [String: String] = ["usd": "USD", "mxn": "MXN", "eur": "EUR", "cad": "CAD", "gbp": "GBP"]
    /// Letters glued before "$": "US$", "MX$", "MXN$", "C$".
    static let dollarPrefixes: [String: String] = ["us": "USD", "usd": "USD", "mx": "MXN", "mxn": "MXN", "c": "CAD", "ca": "CAD", "can": "CAD"]

    /// Number words that can stand before a scale word ("a million", "un millón", "medio millón").
    static let numberWords: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "half": 0.5, "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3,
        "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "medio": 0.5,
        "cien": 100, "hundred": 100,
    ]

    /// Qualifier phrases, keyed by their first word.
    static let qualifiers: [String: [(words: [String], qualifier: AmountExpression.Qualifier)]] = {
        let list: [([String], AmountExpression.Qualifier)] = [
            (["more", "than"], .moreThan), (["over"], .moreThan), (["upwards", "of"], .moreThan),
            (["in", "excess", "of"], .moreThan), (["just", "over"], .moreThan), (["above"], .moreThan),
            (["at", "least"], .atLeast), (["no", "less", "than"], .atLeast),
            (["nearly"], .nearly), (["almost"], .nearly), (["close", "to"], .nearly), (["just", "under"], .nearly),
            (["about"], .about), (["around"], .about), (["approximately"], .about), (["roughly"], .about),
            (["some"], .about), (["an", "estimated"], .about), (["approx"], .about), (["an", "average", "of"], .about),
            (["up", "to"], .upTo), (["as", "much", "as"], .upTo), (["as", "many", "as"], .upTo), (["no", "more", "than"], .upTo),
            (["less", "than"], .lessThan), (["fewer", "than"], .lessThan), (["under"], .lessThan), (["below"], .lessThan),
            (["mas", "de"], .moreThan), (["poco", "mas", "de"], .moreThan), (["arriba", "de"], .moreThan),
            (["por", "encima", "de"], .moreThan), (["superior", "a"], .moreThan), (["al", "menos"], .atLeast),
            (["por", "lo", "menos"], .atLeast), (["cuando", "menos"], .atLeast), (["casi"], .nearly),
            (["cerca", "de"], .nearly), (["alrededor", "de"], .about), (["aproximadamente"], .about),
            (["unos"], .about), (["unas"], .about), (["hasta"], .upTo), (["menos", "de"], .lessThan),
            (["no", "mas", "de"], .upTo), (["inferior", "a"], .lessThan),
            (["alrededor", "del"], .about), (["cerca", "del"], .nearly), (["mas", "del"], .moreThan),
            (["menos", "del"], .lessThan), (["casi", "el"], .nearly), (["hasta", "el"], .upTo),
            (["poco", "mas", "del"], .moreThan), (["al", "menos", "el"], .atLeast),
        ]
        var table: [String: [(words: [String], qualifier: AmountExpression.Qualifier)]] = [:]
        for (words, q) in list { table[words[0], default: []].append((words, q)) }
        for key in table.keys { table[key]!.sort { $0.words.count > $1.words.count } }
        return table
    }()

    /// Words before a number that make it an identifier ("Title 42", "Section 232", "Phase 3", "artículo 27").
    static let numberBlockers: Set<String> = TimeLexicon.yearBlockers.union([
        "title", "chapter", "phase", "level", "grade", "round", "step", "item", "paragraph", "clause", "annex",
        "titulo", "capitulo", "fase", "nivel", "fraccion", "inciso", "parrafo", "anexo", "punto", "tomo", "volumen",
        "volume", "vol", "issue", "edition", "district", "distrito", "zone", "zona", "gate", "puerta", "line", "linea",
        "order", "orden", "proclamation", "memorandum", "case", "caso", "docket", "amendment", "enmienda",
        "priority", "pillar", "goal", "objective", "objetivo", "meta", "eje", "covid", "act", "session", "sesion",
    ])

    /// Units of measure: the unit phrase ends after one ("a 2,000 mile border" → "mile").
    static let measures: Set<String> = [
        "mile", "miles", "km", "kilometer", "kilometers", "kilometre", "kilometres", "kilometro", "kilometros",
        "ton", "tons", "tonne", "tonnes", "tonelada", "toneladas", "kilogram", "kilograms", "kilo", "kilos", "kg",
        "kilogramo", "kilogramos", "pound", "pounds", "lb", "lbs", "barrel", "barrels", "barril", "barriles",
        "liter", "liters", "litro", "litros", "gallon", "gallons", "hectare", "hectares", "hectarea", "hectareas",
        "acre", "acres", "meter", "meters", "metro", "metros", "feet", "foot", "megawatt", "megawatts", "mw",
        "gigawatt", "gigawatts", "gw", "bpd", "ounce", "ounces", "gram", "grams", "gramo", "gramos",
    ]

    /// Frequent verbs that end a counted-noun phrase ("126 million makes", "200 mil viven").
    static let commonVerbs: Set<String> = [
        "make", "makes", "remain", "remains", "represent", "represents", "account", "accounts", "live", "lives",
        "work", "works", "come", "comes", "go", "goes", "get", "gets", "take", "takes", "reach", "reaches",
        "mean", "means", "show", "shows", "include", "includes", "receive", "receives", "need", "needs",
        "cross", "crosses", "arrive", "arrives", "enter", "enters", "become", "becomes", "seem", "seems",
        "continue", "continues", "face", "faces", "wait", "waits", "stay", "stays", "return", "returns",
        "llega", "llegan", "representa", "representan", "cruzan", "cruza", "viven", "vive", "trabajan", "trabaja",
        "reciben", "recibe", "tienen", "tiene", "hacen", "hace", "forman", "incluye", "incluyen", "suman", "suma",
        "esperan", "espera", "permanecen", "permanece", "siguen", "sigue", "quedan", "queda", "salen", "sale",
    ]

    /// Words that end a counted-noun phrase (articles, prepositions, pronouns, auxiliaries, adverbs).
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as",
        "than", "that", "which", "who", "whom", "whose", "this", "these", "those", "is", "are", "was", "were",
        "be", "been", "being", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "has", "have", "had", "do", "does", "did", "it", "its", "they", "their", "them", "he", "she", "his",
        "her", "we", "our", "you", "your", "i", "into", "over", "under", "between", "among", "per", "each",
        "every", "more", "less", "about", "after", "before", "during", "since", "until", "while", "when",
        "where", "if", "so", "not", "no", "also", "only", "just", "up", "down", "out", "across", "through",
        "against", "toward", "towards", "via", "including", "such", "there", "here", "then", "both", "all",
        "some", "any", "other", "what", "said", "says", "say", "last", "next", "ago", "already", "now",
        "because", "whether", "within", "without", "along", "around", "behind", "beyond", "near", "off",
        "onto", "upon", "amid", "plus", "versus", "vs", "than", "annually", "each", "total", "respectively",
        "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "en", "por", "para",
        "con", "sin", "sobre", "entre", "hasta", "desde", "hacia", "ante", "bajo", "tras", "segun", "y", "e",
        "o", "u", "ni", "pero", "que", "quien", "quienes", "cual", "cuales", "cuyo", "este", "esta", "estos",
        "estas", "ese", "esa", "esos", "esas", "es", "son", "fue", "fueron", "era", "eran", "ser", "sido",
        "estar", "estan", "ha", "han", "habia", "hay", "se", "su", "sus", "lo", "le", "les", "mas", "menos",
        "como", "cuando", "donde", "mientras", "durante", "tambien", "ya", "si", "muy", "otro", "otra",
        "otros", "otras", "cada", "todo", "todos", "toda", "todas", "mismo", "anuales", "anual", "respectivamente",
        "percent", "por", "ciento", "pct", "million", "billion", "thousand", "millones", "mil",
        "long", "wide", "high", "deep", "tall", "away", "apart", "ahead", "later", "earlier", "overall", "apiece",
        "daily", "weekly", "monthly", "yearly", "diarios", "diarias", "mensuales", "mensual", "semanales", "diario",
        "semestrales", "trimestrales",
    ]
}
