import PuenteModel
import Testing
@testable import PuenteText

/// English amounts in sentences of the kind Puente reads.
@Suite struct AmountEnglishTests {
    static let money: [AmountCase] = [
        AmountCase("The U.S. will invest an additional $130 million over the next three years.", "$130 million=130000000 USD"),
        AmountCase("Congress approved 1.5 billion dollars for border security.", "1.5 billion dollars=1500000000 USD"),
        AmountCase("Two-way trade surpassed $864 billion in 2022.", "$864 billion=864000000000 USD"),
        AmountCase("The package is worth US$4 billion.", "US$4 billion=4000000000 USD"),
        AmountCase("The fine was $500 pesos per person.", "$500 pesos=500 MXN"),
        AmountCase("Mexico pledged MXN 2 billion to the fund.", "MXN 2 billion=2000000000 MXN"),
        AmountCase("The loan totals USD 300 million.", "USD 300 million=300000000 USD"),
        AmountCase("The program costs $1.5bn a year.", "$1.5bn=1500000000 USD"),
        AmountCase("Investors committed $130M to the corridor.", "$130M=130000000 USD"),
        AmountCase("Grants range from $10k upward.", "$10k=10000 USD"),
        AmountCase("The aid totals $10–15 million.", "$10–15 million=10000000-15000000 USD"),
        AmountCase("Estimates run from $10 million to $15 million.", "$10 million to $15 million=10000000-15000000 USD"),
        AmountCase("The agency will spend between $20 and $30 million.", "between $20 and $30 million=20000000-30000000 USD"),
        AmountCase("Trade generates more than $500 billion a year.", "more than $500 billion=moreThan 500000000000 USD"),
        AmountCase("Remittances reached nearly $52 billion.", "nearly $52 billion=nearly 52000000000 USD"),
        AmountCase("The wall cost about $15 billion.", "about $15 billion=about 15000000000 USD"),
        AmountCase("Mexico could receive up to $2 billion.", "up to $2 billion=upTo 2000000000 USD"),
        AmountCase("The project needs at least $40 million.", "at least $40 million=atLeast 40000000 USD"),
        AmountCase("Each grant is less than $50,000.", "less than $50,000=lessThan 50000 USD"),
        AmountCase("The fund holds over $3 billion.", "over $3 billion=moreThan 3000000000 USD"),
        AmountCase("Washington offered a million dollars in rewards.", "a million dollars=1000000 USD"),
        AmountCase("The US shipped one million doses.", "one million doses=1000000 [doses]"),
        AmountCase("The plan costs two billion dollars.", "two billion dollars=2000000000 USD"),
        AmountCase("Half a million migrants were expelled.", "Half a million migrants=500000 [migrants]"),
        AmountCase("Exports totaled $1,234,567.89 last week.", "$1,234,567.89=1234567.89 USD"),
        AmountCase("The tariff would cost 2 billion U.S. dollars.", "2 billion U.S. dollars=2000000000 USD"),
        AmountCase("The EU gave €50 million.", "€50 million=50000000 EUR"),
        AmountCase("The fine was 20 million euros.", "20 million euros=20000000 EUR"),
        AmountCase("Some $2.5 billion was allocated to Central America.", "Some $2.5 billion=about 2500000000 USD"),
        AmountCase("The program had a budget of roughly $300,000.", "roughly $300,000=about 300000 USD"),
        AmountCase("The award was $ 25 million.", "$ 25 million=25000000 USD"),
        AmountCase("The measure costs 300 million pesos.", "300 million pesos=300000000 MXN"),
        AmountCase("Canada added 5 million Canadian dollars.", "5 million Canadian dollars=5000000 CAD"),
        AmountCase("USAID announced an additional $20.5 million on Tuesday.", "$20.5 million=20500000 USD"),
        AmountCase("The bank lent MX$500 million.", "MX$500 million=500000000 MXN"),
        AmountCase("He said the $1.5-billion plan was ready.", "$1.5-billion=1500000000 USD"),
        AmountCase("Trade reached $614.5 billion in 2019, up 0.3% from 2018.", "$614.5 billion=614500000000 USD | 0.3%=0.3%"),
    ]

    static let quantities: [AmountCase] = [
        AmountCase("The U.S. sent 1.35 million doses to Mexico.", "1.35 million doses=1350000 [doses]"),
        AmountCase("CBP encountered 5,871 unaccompanied children in January.", "5,871 unaccompanied children=5871 [unaccompanied children]"),
        AmountCase("The plan includes 26 projects across the region.", "26 projects=26 [projects]"),
        AmountCase("Authorities seized 32,000 weapons in the first year.", "32,000 weapons=32000 [weapons]"),
        AmountCase("More than 1 million COVID-19 vaccine doses arrived.", "More than 1 million COVID-19 vaccine doses=moreThan 1000000 [COVID-19 vaccine doses]"),
        AmountCase("Mexico deployed 10,000 National Guard troops to its border.", "10,000 National Guard troops=10000 [National Guard troops]"),
        AmountCase("Nearly 2 million migrants were apprehended.", "Nearly 2 million migrants=nearly 2000000 [migrants]"),
        AmountCase("About 400 companies attended the forum.", "About 400 companies=about 400 [companies]"),
        AmountCase("Up to 50,000 workers could benefit.", "Up to 50,000 workers=upTo 50000 [workers]"),
        AmountCase("The shipment of 3.5 million vaccines arrived on Friday.", "3.5 million vaccines=3500000 [vaccines]"),
        AmountCase("At least 12 agents were injured.", "At least 12 agents=atLeast 12 [agents]"),
        AmountCase("Officials trained 1,200 police officers.", "1,200 police officers=1200 [police officers]"),
        AmountCase("The 2 countries signed 3 agreements.", "2 countries=2 [countries] | 3 agreements=3 [agreements]"),
        AmountCase("Between 200 and 300 families were relocated.", "Between 200 and 300 families=200-300 [families]"),
        AmountCase("Fewer than 100 cases were reported.", "Fewer than 100 cases=lessThan 100 [cases]"),
        AmountCase("The corridor moves 15 million tons of cargo.", "15 million tons=15000000 [tons]"),
        AmountCase("Over 600 kilograms of fentanyl were seized.", "Over 600 kilograms=moreThan 600 [kilograms]"),
        AmountCase("The US donated 8.5 million Moderna doses.", "8.5 million Moderna doses=8500000 [Moderna doses]"),
        AmountCase("The project creates 5\u{202F}000 jobs.", "5\u{202F}000 jobs=5000 [jobs]"),
        AmountCase("The project creates 5 000 jobs.", ""),
        AmountCase("In 2020, 4,000 Mexican nationals were deported each week.", "4,000 Mexican nationals=4000 [Mexican nationals]"),
        AmountCase("Case 007 was closed.", ""),
        AmountCase("A population of 126 million makes Mexico populous.", "126 million=126000000"),
        AmountCase("About 15,000 Haitians camped under the bridge.", "About 15,000 Haitians=about 15000 [Haitians]"),
        AmountCase("The border is about 1,954 miles long.", "about 1,954 miles=about 1954 [miles]"),
        AmountCase("We share a 2,000 mile border.", "2,000 mile=2000 [mile]"),
        AmountCase("Mexico produces 1.6 million barrels of oil a day.", "1.6 million barrels=1600000 [barrels]"),
        AmountCase("Some 300 migrants Mexico deported returned.", "Some 300 migrants=about 300 [migrants]"),
    ]

    static let percentsAndNumbers: [AmountCase] = [
        AmountCase("Exports rose 15% in 2021.", "15%=15%"),
        AmountCase("Exports rose 15 percent in 2021.", "15 percent=15%"),
        AmountCase("Inflation reached 7.4 per cent.", "7.4 per cent=7.4%"),
        AmountCase("Apprehensions fell by 10-15% last month.", "10-15%=10-15%"),
        AmountCase("Tariffs of up to 25% were threatened.", "up to 25%=upTo 25%"),
        AmountCase("Nearly 40 percent of imports come from Mexico.", "Nearly 40 percent=nearly 40%"),
        AmountCase("Rates rose 0.5 percentage points.", "0.5 percentage points=0.5 [percentage points]"),
        AmountCase("The population grew to 1.5 million.", "1.5 million=1500000"),
        AmountCase("The total was 12,345.", "12,345=12345"),
        AmountCase("Sales increased by more than 3 million.", "more than 3 million=moreThan 3000000"),
    ]

    static let negatives: [AmountCase] = [
        AmountCase("In 2021, Mexico received vaccines.", ""),
        AmountCase("The meeting began at 10:30 a.m.", ""),
        AmountCase("The bill became Public Law 117-58.", ""),
        AmountCase("Call 555-1234 for details.", ""),
        AmountCase("The 45-year-old official resigned.", ""),
        AmountCase("The official, 45 years old, resigned.", ""),
        AmountCase("COVID-19 spread quickly.", ""),
        AmountCase("The G20 met on September 9, 2021.", ""),
        AmountCase("The 2022 budget was approved.", ""),
        AmountCase("He served for 20 years.", ""),
        AmountCase("See page 12 of the report.", ""),
        AmountCase("It was the 3rd meeting.", ""),
        AmountCase("The 2019-2021 period was hard.", ""),
        AmountCase("The rate rose over the next three years.", ""),
        AmountCase("Title 42 expulsions continued.", ""),
        AmountCase("The August 10 meeting was productive.", ""),
        AmountCase("Section 232 tariffs on steel remain.", ""),
        AmountCase("Phase 3 trials ended.", ""),
        AmountCase("Executive Order 14010 directs agencies to act.", ""),
        AmountCase("Pillar 2 covers security.", ""),
        AmountCase("Talks resume at 2 p.m. in Washington.", ""),
    ]

    @Test(arguments: money) func moneyAmounts(_ c: AmountCase) { #expect(c.actual() == c.expected) }
    @Test(arguments: quantities) func countedQuantities(_ c: AmountCase) { #expect(c.actual() == c.expected) }
    @Test(arguments: percentsAndNumbers) func percentages(_ c: AmountCase) { #expect(c.actual() == c.expected) }
    @Test(arguments: negatives) func notAmounts(_ c: AmountCase) { #expect(c.actual() == c.expected) }
}
