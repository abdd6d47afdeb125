"""Round 16 (issue 21): verb cues.  Verbs of appointing with the one appointed for object
(`decree_verbs`), "urge", "order", "blame" with their object as content, "cite" a
document, "rule that", "discover that".  Every sentence is invented for this file."""

from __future__ import annotations

from .conftest import assert_offsets, cued, speaker_name


def _quotes(report):
    return [(q.cue and q.cue.text, q.text) for q in report.quotes]


def test_appointed_a_person(analyze_text):
    report = analyze_text("The governor appointed a new harbour master on Monday.")
    assert_offsets(report)
    quotes = cued(report, "appointed")
    assert quotes and "a new harbour master" in quotes[0].text, _quotes(report)
    assert "governor" in (speaker_name(report, quotes[0]) or "")


def test_named_with_the_office(analyze_text):
    report = analyze_text("Mayor Okafor named her deputy to the port board last week.")
    assert_offsets(report)
    quotes = cued(report, "named")
    assert quotes and "to the port board" in " ".join(q.text for q in quotes), _quotes(report)


def test_nominated_for_an_office(analyze_text):
    report = analyze_text("The fishermen's party nominated Ana Mendes for mayor.")
    assert_offsets(report)
    quotes = cued(report, "nominated")
    assert quotes and "Ana Mendes" in " ".join(q.text for q in quotes), _quotes(report)


def test_a_participle_that_names_is_no_decree(analyze_text):
    report = analyze_text("A fisherman named Tomas Berg found the net near the quay.")
    assert_offsets(report)
    assert not cued(report, "named"), _quotes(report)


def test_a_passive_appointment_is_no_decree(analyze_text):
    report = analyze_text("Lee was named director of the port authority in May.")
    assert_offsets(report)
    assert not cued(report, "named"), _quotes(report)


def test_urged_a_noun(analyze_text):
    report = analyze_text("The union urged a quick vote on the harbour levy.")
    assert_offsets(report)
    quotes = cued(report, "urged")
    assert quotes and "a quick vote on the harbour levy" in quotes[0].text, _quotes(report)


def test_ordered_an_inquiry(analyze_text):
    report = analyze_text("The mayor ordered an inquiry into the port contracts.")
    assert_offsets(report)
    quotes = cued(report, "ordered")
    assert quotes and "an inquiry into the port contracts" in quotes[0].text, _quotes(report)


def test_blamed_a_thing(analyze_text):
    report = analyze_text("The crews blamed the late storm.")
    assert_offsets(report)
    quotes = cued(report, "blamed")
    assert quotes and "the late storm" in quotes[0].text, _quotes(report)


def test_cited_a_document(analyze_text):
    report = analyze_text("Okafor cited the harbour report during the debate in Lagos.")
    assert_offsets(report)
    quotes = cued(report, "cited")
    assert quotes and "the harbour report" in quotes[0].text, _quotes(report)
    assert "Okafor" in (speaker_name(report, quotes[0]) or "")


def test_cited_a_document_as_saying_stays_a_relay(analyze_text):
    report = analyze_text('The paper cited a harbour memo as saying "the quay is unsafe."')
    assert_offsets(report)
    quotes = cued(report, "cited")
    assert not quotes or "memo" not in quotes[0].text, _quotes(report)


def test_ruled_that(analyze_text):
    report = analyze_text("The court ruled that the harbour levy was lawful.")
    assert_offsets(report)
    quotes = cued(report, "ruled")
    assert quotes and "the harbour levy was lawful" in quotes[0].text, _quotes(report)
    assert "court" in (speaker_name(report, quotes[0]) or "")


def test_ruled_a_country_is_no_cue(analyze_text):
    report = analyze_text("The old king ruled the island for forty years.")
    assert_offsets(report)
    assert not cued(report, "ruled"), _quotes(report)


def test_discovered_that(analyze_text):
    report = analyze_text("The inspectors discovered that the quay wall was cracked.")
    assert_offsets(report)
    quotes = cued(report, "discovered")
    assert quotes and "the quay wall was cracked" in quotes[0].text, _quotes(report)


def test_discovered_a_thing_is_no_cue(analyze_text):
    report = analyze_text("The divers discovered a wreck near the harbour mouth.")
    assert_offsets(report)
    assert not cued(report, "discovered"), _quotes(report)
