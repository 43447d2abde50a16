/// Words that end with a period without ending a sentence, in English and Spanish.
enum Abbreviations {
    /// Lowercased, without the final period.
    static let titlesAndShortForms: Set<String> = [
        // titles
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr", "adm", "sgt",
        "amb", "hon", "pres", "sec", "supt", "rev", "st", "jr", "sr", "sra", "srta", "lic", "ing", "arq", "mtro",
        "mtra", "dra", "dip", "sen", "gral", "cap", "cnel", "tte", "pdte", "presid", "excmo", "sres",
        // months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ene", "abr", "ago", "dic", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // others
        "no", "nos", "num", "núm", "vol", "vols", "art", "arts", "fig", "figs", "p", "pp", "ed", "eds",
        "approx", "est", "etc", "vs", "v", "inc", "ltd", "co", "corp", "dept", "univ", "assn", "bros",
        "ave", "blvd", "mt", "ft", "al", "cf", "ca", "av", "pág", "págs", "aprox", "cía", "dpto", "depto",
        "u.s", "u.s.a", "d.c", "u.k", "u.n", "e.u", "ee.uu", "e.e.u.u", "a.m", "p.m", "i.e", "e.g", "s.a", "c.v",
        "s.a. de c.v", "ph.d", "b.a", "m.a", "ud", "uds", "pdte", "mx", "a.c",
    ]

    /// Abbreviations that may end a sentence ("… in the U.S. The next day …"): a capitalised
    /// sentence starter after them closes the sentence.
    static let sentenceFinalCandidates: Set<String> = [
        "u.s", "u.s.a", "d.c", "u.k", "u.n", "ee.uu", "e.e.u.u", "etc", "inc", "ltd", "co", "corp", "a.m", "p.m", "jr", "sr",
        "s.a", "c.v", "s.a. de c.v", "a.c",
    ]

    /// Capitalised words that usually start a sentence rather than continue a name.
    static let sentenceStarters: Set<String> = [
        "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "in", "on", "at", "for",
        "but", "and", "as", "after", "before", "during", "since", "while", "when", "with", "under", "both", "our",
        "their", "his", "her", "a", "an", "there", "today", "yesterday", "however", "meanwhile", "also", "mexico",
        "el", "la", "los", "las", "en", "por", "para", "con", "este", "esta", "estos", "estas", "ese", "esa", "ambos",
        "ambas", "además", "asimismo", "sin", "hoy", "ayer", "durante", "tras", "desde", "un", "una", "se", "su", "sus",
        "méxico",
    ]
}
