import Testing
@testable import PuenteModel

@Suite struct DateValueTests {
    @Test(arguments: [
        ("2021-08-10", DateValue.day(year: 2021, month: 8, day: 10)),
        ("2021-08", .month(year: 2021, month: 8)),
        ("2021", .year(2021)),
        ("2021-Q3", .quarter(year: 2021, quarter: 3)),
        ("2021-W36", .week(year: 2021, week: 36)),
        ("2021-H2", .half(year: 2021, half: 2)),
        ("2023-FA", .season(year: 2023, season: .fall)),
        ("FY2024", .fiscalYear(2024)),
        ("199X", .decade(startYear: 1990)),
    ])
    func parsesAndWritesISO(text: String, value: DateValue) {
        #expect(DateValue(isoString: text) == value)
        #expect(value.isoString == text)
    }

    @Test(arguments: ["", "2021-13", "2021-02-30", "21-08-10", "2021-Q5", "2021-W54", "August 2021", "2021-8", "FY24"])
    func refusesNonDates(text: String) {
        #expect(DateValue(isoString: text) == nil)
    }

    @Test func intervalsCoverThePrecision() {
        #expect(DateValue.fiscalYear(2024).interval.first == CalendarDay(year: 2023, month: 10, day: 1))
        #expect(DateValue.month(year: 2024, month: 2).interval.last == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(DateValue.week(year: 2021, week: 1).interval.first == CalendarDay(year: 2021, month: 1, day: 4))
        #expect(DateValue.season(year: 2023, season: .winter).interval.last == CalendarDay(year: 2024, month: 2, day: 29))
    }

    @Test func calendarArithmetic() {
        let day = CalendarDay(year: 2021, month: 6, day: 8)
        #expect(day.weekday == 2)  // a Tuesday
        #expect(day.adding(days: -8) == CalendarDay(year: 2021, month: 5, day: 31))
        #expect(CalendarDay(year: 2024, month: 1, day: 31).adding(months: 1) == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay(daysSinceEpoch: day.daysSinceEpoch) == day)
        #expect(CalendarDay(year: 2021, month: 1, day: 1).isoWeek == (2020, 53))
        #expect(ISODuration(years: 3).added(to: day) == CalendarDay(year: 2024, month: 6, day: 8))
    }

    @Test(arguments: [("P3Y", ISODuration(years: 3)), ("P6M", ISODuration(months: 6)), ("P1Y6M", ISODuration(years: 1, months: 6)), ("P2W", ISODuration(weeks: 2))])
    func durations(text: String, value: ISODuration) {
        #expect(ISODuration(isoString: text) == value)
        #expect(value.isoString == text)
    }

    @Test(arguments: ["", "P", "3Y", "P3X", "PT5H", "P3"])
    func refusesNonDurations(text: String) {
        #expect(ISODuration(isoString: text) == nil)
    }
}
