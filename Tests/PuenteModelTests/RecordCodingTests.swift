import Foundation
import Testing
@testable import PuenteModel

/// The JSON format is the contract: records are compared against literal JSON both ways.
@Suite struct RecordCodingTests {
    static let text = "Today the U.S. pledged $130 million to México 🇲🇽."

    static var record: Record {
        let document = Document(source: "https://example.org/a", title: "Pledge", publisher: nil,
                                published: .day(year: 2021, month: 6, day: 8), language: .english, text: text)
        let evidence = Evidence(document: document.id, text: text, start: 10, end: 14)
        return Record(
            document: document,
            actors: [ResolvedActor(id: "USA", name: "United States", kind: .country, country: "USA", sector: nil, mentions: [evidence])],
            events: [Event(id: "e1", type: .consult, mode: "visit", date: .month(year: 2021, month: 6), reported: .day(year: 2021, month: 6, day: 8),
                           source: ["USA"], target: ["MEX"], contexts: ["economic"], evidence: [evidence])],
            commitments: [Commitment(id: "c1", actor: ["USA"], beneficiary: ["MEX"], action: "pledged $130 million", kind: .funding,
                                     amount: Money(value: 130_000_000, currency: "USD"), made: .day(year: 2021, month: 6, day: 8),
                                     due: .month(year: 2024, month: 6), period: ISODuration(years: 3), status: .inProgress, evidence: [evidence])],
            mechanisms: [Mechanism(id: "HLED", name: "High-Level Economic Dialogue", aliases: ["DEAN"], kind: .dialogue, members: ["USA", "MEX"],
                                   cadence: ISODuration(years: 1), established: .month(year: 2013, month: 5), pillars: ["Building Back Together"])],
            observations: [Observation(metric: "encounters", value: 5871, unit: "children", period: .month(year: 2021, month: 1),
                                       comparison: .init(value: 4995, period: nil), sourceOrg: "USA.GOV.DHS.CBP")]
        )
    }

    @Test func writesEveryKeyWithNullsKept() throws {
        let data = try RecordCoding.lineEncoder().encode(Self.record)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format"] as? String == "puente.record/1")
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["publisher"] is NSNull)
        #expect(document["published"] as? String == "2021-06-08")
        #expect((document["id"] as? String)?.hasPrefix("sha256:") == true)
        let commitment = try #require((object["commitments"] as? [[String: Any]])?.first)
        #expect(commitment["quantity"] is NSNull)
        #expect(commitment["period"] as? String == "P3Y")
        #expect(commitment["due"] as? String == "2024-06")
        #expect(commitment["status"] as? String == "in_progress")
        let observation = try #require((object["observations"] as? [[String: Any]])?.first)
        #expect(observation["source_org"] as? String == "USA.GOV.DHS.CBP")
        #expect((observation["comparison"] as? [String: Any])?["period"] is NSNull)
        let actor = try #require((object["actors"] as? [[String: Any]])?.first)
        #expect(actor["role"] is NSNull && actor["sector"] is NSNull)
        let event = try #require((object["events"] as? [[String: Any]])?.first)
        #expect(Set(event.keys) == ["id", "type", "mode", "date", "reported", "source", "target", "participants", "location", "contexts",
                                    "mechanism", "summary", "negated", "hypothetical", "evidence"])
    }

    @Test func roundTrips() throws {
        let data = try RecordCoding.lineEncoder().encode(Self.record)
        let decoded = try RecordCoding.decoder().decode(Record.self, from: data)
        #expect(decoded == Self.record)
    }

    @Test func readsTheFormatsLiteralExample() throws {
        let json = """
        {"format": "puente.record/1",
         "document": {"id": "sha256:x", "source": "s", "title": null, "publisher": null, "published": "2021-06", "language": "es", "text": "t"},
         "actors": [{"id": "person:marcelo-ebrard", "name": "Marcelo Ebrard", "kind": "person", "country": "MEX", "sector": "GOV",
                     "role": {"title": "Secretary of Foreign Affairs", "org": "MEX.GOV.SRE"}, "mentions": []}],
         "events": [{"id": "e", "type": "CONSULT", "mode": "visit", "date": "2021-08-10", "reported": "2021-08-17",
                     "source": ["MEX"], "target": ["USA"], "participants": [], "location": "Washington, D.C.", "contexts": ["migration"],
                     "mechanism": "HLED", "summary": "Ministerial meeting", "negated": false, "hypothetical": false,
                     "evidence": [{"document": "sha256:x", "start": 0, "end": 1, "quote": "t"}]}],
         "commitments": [{"id": "c", "actor": ["USA"], "beneficiary": ["MEX"], "action": "invest", "kind": "funding",
                          "amount": {"value": 130000000, "currency": "USD"}, "quantity": null, "made": "2021-06-08", "due": "2024-06",
                          "period": "P3Y", "status": "announced", "mechanism": null, "contexts": ["economic"], "evidence": []}],
         "mechanisms": [{"id": "HLED", "name": "High-Level Economic Dialogue", "aliases": ["HLED", "DEAN"], "kind": "dialogue",
                         "members": ["USA", "MEX"], "cadence": "P1Y", "established": "2013-05", "relaunched": "2021-09-09",
                         "pillars": ["Building Back Together"], "evidence": []}],
         "observations": [{"metric": "unaccompanied children", "value": 5871, "unit": "children", "period": "2021-01",
                           "comparison": {"value": 4995, "period": "2020-12"}, "source_org": "USA.GOV.DHS.CBP",
                           "place": "US–Mexico border", "evidence": []}]}
        """
        let record = try RecordCoding.decoder().decode(Record.self, from: Data(json.utf8))
        #expect(record.document.language == .spanish)
        #expect(record.actors[0].role == ActorRole(title: "Secretary of Foreign Affairs", org: "MEX.GOV.SRE"))
        #expect(record.actors[0].fromLexicon)
        #expect(record.events[0].date == .day(year: 2021, month: 8, day: 10))
        #expect(record.commitments[0].amount == Money(value: 130_000_000, currency: "USD"))
        #expect(record.mechanisms[0].relaunched == .day(year: 2021, month: 9, day: 9))
        #expect(record.observations[0].comparison == .init(value: 4995, period: .month(year: 2020, month: 12)))
    }

    @Test func refusesAnotherFormat() {
        let json = #"{"format": "puente.record/2", "document": {"id": "x", "source": "s", "text": ""}}"#
        #expect(throws: DecodingError.self) { try RecordCoding.decoder().decode(Record.self, from: Data(json.utf8)) }
    }

    @Test func evidenceQuotesItsSpanInScalars() {
        let evidence = Evidence(document: "d", text: Self.text, start: 46, end: 48)
        #expect(evidence.quote == "🇲🇽")
        #expect(evidence.isFaithful(to: Self.text))
        #expect(!Evidence(document: "d", start: 0, end: 3, quote: "Tod").isFaithful(to: "today"))
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func documentIDsAreSHA256(text: String, hex: String) {
        #expect(Document.id(of: text) == "sha256:" + hex)
    }
}
