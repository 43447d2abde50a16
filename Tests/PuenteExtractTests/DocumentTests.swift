import Foundation
import PuenteModel
import Testing
@testable import PuenteExtract

/// Whole documents written for the tests: pronouns across sentences, governing dates, status
/// evidence, cadence and pillars, statistics with comparisons.
@Suite struct DocumentTests {
    static let extractor = try! Extractor()

    static func record(_ name: String, language: Language, title: String? = nil) throws -> Record {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil))
        let text = try String(contentsOf: url, encoding: .utf8)
        let document = Document(source: "test:" + name, title: title, publisher: nil,
                                published: .day(year: 2021, month: 10, day: 8), language: language, text: text)
        return extractor.record(for: document)
    }

    static func countries(_ ids: [String], in record: Record) -> [String] {
        ids.compactMap { id in record.actors.first { $0.id == id }?.country ?? (id.count == 3 ? id : nil) }.uniqued.sorted()
    }

    @Test func englishNewsArticle() throws {
        let r = try Self.record("document-news-en.txt", language: .english)
        let thanks = try #require(r.events.first { $0.type == .support })
        #expect(Self.countries(thanks.source + thanks.target, in: r) == ["MEX", "USA"])
        #expect(thanks.date == .day(year: 2021, month: 10, day: 8))
        let agree = try #require(r.events.first { $0.type == .agree })
        #expect(agree.date == .day(year: 2021, month: 10, day: 8))
        let aid = try #require(r.events.first { $0.type == .aid })
        #expect(aid.date == .year(2021))
        let rejection = try #require(r.events.first { $0.type == .reject })
        #expect(rejection.negated)
        let kept = try #require(r.commitments.first { $0.status == .fulfilled })
        #expect(kept.actor == ["USA"])
        #expect(kept.made == .month(year: 2021, month: 6))
        let pledge = try #require(r.commitments.first { $0.amount?.value == 4_000_000_000 })
        #expect(pledge.period == ISODuration(years: 4))
        #expect(pledge.due == .month(year: 2025, month: 10))
        #expect(pledge.kind == .funding)
        let meeting = try #require(r.commitments.first { $0.kind == .meeting })
        #expect(meeting.actor == ["MEX", "USA"])
        let detained = try #require(r.observations.first { $0.value == 1_700_000 })
        #expect(detained.comparison?.value == 458_000)
        #expect(detained.sourceOrg?.hasPrefix("USA.GOV.DHS") == true)
        #expect(r.observations.count == 1)
        #expect(r.mechanisms.map(\.id).contains("MERIDA"))
    }

    @Test func spanishStatement() throws {
        let r = try Self.record("document-statement-es.txt", language: .spanish)
        let framework = try #require(r.mechanisms.first { $0.id == "BICENTENNIAL-FRAMEWORK" })
        #expect(framework.pillars.count == 3)
        let dialogue = try #require(r.mechanisms.first { $0.id == "HLSD" })
        #expect(dialogue.cadence == ISODuration(years: 1))
        #expect(r.events.contains { $0.type == .consult && $0.mode == "visit" })
        let thanks = try #require(r.events.first { $0.type == .support })
        #expect(Self.countries(thanks.source + thanks.target, in: r) == ["MEX", "USA"])
        #expect(r.events.contains { $0.type == .accuse })
        let doses = try #require(r.commitments.first { $0.quantity != nil })
        #expect(doses.actor == ["USA"])
        #expect(doses.kind == .delivery)
        let exports = try #require(r.observations.first)
        #expect(exports.value == 15)
        #expect(exports.unit == "percent")
        #expect(exports.period == .half(year: 2021, half: 1))
    }

    @Test func factSheetWithLeadIns() throws {
        let r = try Self.record("document-fact-sheet-en.txt", language: .english)
        let session = try #require(r.events.first { $0.type == .consult })
        #expect(session.mechanism == "HLSD")
        #expect(r.events.filter { $0.type == .cooperate }.count == 2)
        #expect(r.events.contains { $0.type == .agree })
        #expect(!r.events.contains { $0.type == .aid })
        let funding = try #require(r.commitments.first { $0.amount?.value == 20_000_000 })
        #expect(funding.actor == ["USA"])
        #expect(funding.kind == .funding)
        #expect(r.commitments.contains { $0.actor == ["MEX"] })
        #expect(r.commitments.contains { $0.actor == ["MEX", "USA"] })
        #expect(r.commitments.count == 4)
        let group = try #require(r.mechanisms.first { $0.id == "BILATERAL-SECURITY-IMPLEMENTATION-GROUP" })
        #expect(group.cadence == ISODuration(months: 3))
        #expect(r.observations.first?.comparison?.value == 2_100)
    }

    @Test func spanishJointStatementWithInfinitiveBullets() throws {
        let r = try Self.record("document-joint-statement-es.txt", language: .spanish)
        let agree = try #require(r.events.first { $0.type == .agree })
        #expect(agree.date == .day(year: 2021, month: 10, day: 8))
        let joint = r.commitments.filter { $0.actor == ["MEX", "USA"] }
        #expect(joint.count == 3)
        #expect(joint.contains { $0.kind == .meeting && $0.mechanism == "HLED" })
        let investment = try #require(r.commitments.first { $0.actor == ["USA"] })
        #expect(investment.amount?.value == 100_000_000)
        #expect(r.events.count == 1)
    }

    @Test func readoutDatesItsEventsAndKnowsACall() throws {
        let r = try Self.record("document-readout-en.txt", language: .english,
                                title: "Readout of President Joseph R. Biden, Jr.'s Call with President Andrés Manuel López Obrador of Mexico")
        let call = try #require(r.events.first { $0.type == .consult })
        #expect(call.mode == "phone")
        #expect(call.date == .day(year: 2021, month: 10, day: 8))
        let welcome = try #require(r.events.first { $0.type == .support })
        #expect(welcome.date == .day(year: 2021, month: 10, day: 8))
        #expect(r.events.contains { $0.type == .agree })
        #expect(r.commitments.count == 1)
        #expect(r.events.filter { $0.type == .consult }.count == 1)
    }

    @Test func negationAndHypothesisBelongToTheirVerb() throws {
        let extractor = Self.extractor
        func events(_ text: String) -> [Event] {
            extractor.record(for: Document(source: "t", title: nil, publisher: nil, published: .day(year: 2021, month: 6, day: 8),
                                           language: .english, text: text)).events
        }
        #expect(events("Mexico did not sign the agreement with the United States.").first?.negated == true)
        #expect(events("Mexico signed an agreement with the United States that does not cover steel.").first?.negated == false)
        #expect(events("If Mexico rejects the plan, the United States could impose tariffs.").first?.hypothetical == true)
        #expect(events("Mexico rejected the plan of the United States.").first?.hypothetical == false)
    }

    @Test func labelledBulletsPillarsAndBackgroundDates() throws {
        let r = try Self.record("document-labelled-bullets-en.txt", language: .english)
        // "Customs: The United States will invest …": the label does not hide the promise or its actor.
        let invest = try #require(r.commitments.first { $0.amount?.value == 50_000_000 })
        #expect(invest.actor == ["USA"])
        #expect(invest.due == .month(year: 2023, month: 10))
        let train = try #require(r.commitments.first { $0.quantity?.value == 2_000 })
        #expect(train.actor == ["MEX", "USA"])
        // The session named with its date is a CONSULT of the mechanism.
        let session = try #require(r.events.first { $0.type == .consult })
        #expect(session.date == .day(year: 2021, month: 10, day: 4))
        #expect(session.mechanism == "HLED")
        // Pillars are the labels of the bullets.
        let framework = try #require(r.mechanisms.first { $0.id == "BICENTENNIAL-FRAMEWORK" })
        #expect(framework.pillars == ["Protecting our people", "Preventing transborder crime", "Pursuing criminal networks"])
        // Background: the law (SANCTION, 2019) and the arrest it followed (COERCE, the paragraph's date).
        let law = try #require(r.events.first { $0.type == .sanction })
        #expect(law.date == .year(2019))
        let arrest = try #require(r.events.first { $0.type == .coerce })
        #expect(arrest.date == .year(2019))
    }

    @Test func everyEvidenceQuotesTheText() throws {
        for (name, language) in [("document-news-en.txt", Language.english), ("document-statement-es.txt", .spanish),
                                 ("document-fact-sheet-en.txt", .english), ("document-joint-statement-es.txt", .spanish)] {
            let r = try Self.record(name, language: language)
            let all = r.events.flatMap(\.evidence) + r.commitments.flatMap(\.evidence) + r.mechanisms.flatMap(\.evidence) + r.observations.flatMap(\.evidence)
            #expect(!all.isEmpty)
            for e in all { #expect(e.isFaithful(to: r.document.text)) }
        }
    }
}
