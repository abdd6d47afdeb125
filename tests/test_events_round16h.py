"""Heading lines inside the body (events/headings.py): a line that repeats the title and
a question subhead show no event that happened; the headline at the top of the text keeps
its coding.  Invented sentences."""

from __future__ import annotations

from wiretrace.render import happened

BODY = ("Officials in Lisbon said on Tuesday that the inquiry into the harbour contract "
        "had ended after two years.")


def _happened(report, trigger):
    return [e for e in report.events if e.trigger.text == trigger and happened(e)]


TITLE = "Spain condemns Portugal over port inquiry"


def test_a_line_repeating_the_title_is_no_event(analyze_text):
    text = "Port row: " + TITLE + "\n\nSpain condemned Portugal on Tuesday.\n\n" + BODY
    r = analyze_text(text, title=TITLE, published="2021-05-04")
    assert not _happened(r, "condemns")
    assert _happened(r, "condemned")  # the lead sentence tells it


def test_the_headline_at_the_top_keeps_its_coding(analyze_text):
    r = analyze_text(TITLE + "\n\n" + BODY, title=TITLE, published="2021-05-04")
    assert _happened(r, "condemns")


def _condemn(text, analyze_text):
    r = analyze_text(text, published="2021-05-04")
    found = [e for e in r.events if e.trigger.text == "condemn"]
    assert found and found[0].type == "ACCUSE"
    return found[0]


def test_a_question_subhead_asks(analyze_text):
    ev = _condemn("Port row\n\nSpain condemned Portugal on Tuesday.\n\n"
                  "Why did Spain condemn the inquiry?\n\n" + BODY, analyze_text)
    assert ev.factuality.assertion == "question" and not happened(ev)


def test_a_question_in_running_text_is_no_subhead(analyze_text):
    ev = _condemn("Port row\n\nSpain condemned Portugal on Tuesday. Why did Spain "
                  "condemn the inquiry? Madrid said the contract was unfair.\n\n" + BODY,
                  analyze_text)
    assert ev.factuality.assertion != "question"  # a wh-question presupposes its event


def test_a_quoted_question_line_is_speech(analyze_text):
    from wiretrace.nlp.events.headings import question_line, repeats_title

    assert question_line("What did the court decide?")
    assert not question_line("Q: Did you meet the minister?")
    assert not question_line("“Why did Spain condemn the inquiry?”")
    assert not repeats_title("Portugal drops Madeira port inquiry.",
                             "Portugal drops Madeira port inquiry")
    assert repeats_title("Portugal drops Madeira port inquiry",
                         "Portugal drops Madeira port inquiry | The Herald")


def test_in_charge_of_is_no_accusation(analyze_text):
    r = analyze_text("Port row\n\nThe Dutch envoy said on Tuesday that he was in charge of "
                     "the harbour talks with Belgium.", published="2021-05-04")
    assert not [e for e in r.events if e.trigger.text == "charge" and e.type]


def test_a_charge_brought_stays_an_accusation(analyze_text):
    r = analyze_text("Port row\n\nProsecutors in Lisbon filed a charge of fraud against "
                     "the harbour chief on Tuesday.", published="2021-05-04")
    assert [e for e in r.events if e.trigger.text == "charge" and e.type == "ACCUSE"]


def test_a_disclosure_is_no_support(analyze_text):
    r = analyze_text("Port row\n\nA Dutch customs officer revealed one of those calls to the "
                     "harbour inquiry on Tuesday.", published="2021-05-04")
    assert not [e for e in r.events if e.trigger.text == "revealed" and e.type]


def test_praise_stays_support(analyze_text):
    r = analyze_text("Port row\n\nThe Dutch minister praised Belgium for the harbour deal "
                     "on Tuesday.", published="2021-05-04")
    assert [e for e in r.events if e.trigger.text == "praised" and e.type == "SUPPORT"]


def test_a_visit_to_a_site_is_no_consultation(analyze_text):
    r = analyze_text("Port row\n\nThe Dutch prime minister visited the old prison in Ghent "
                     "on Tuesday.", published="2021-05-04")
    assert not [e for e in r.events if e.trigger.text == "visited" and e.type == "CONSULT"]
    r = analyze_text("Port row\n\nThe Dutch defence minister on Tuesday paid a visit to the "
                     "city's Steen prison in Antwerp.", published="2021-05-04")
    assert not [e for e in r.events if e.trigger.text == "visit" and e.type == "CONSULT"]


def test_a_visit_to_a_party_stays_a_consultation(analyze_text):
    r = analyze_text("Port row\n\nThe Dutch minister paid a visit to Belgium on Tuesday.",
                     published="2021-05-04")
    assert [e for e in r.events if e.trigger.text == "visit" and e.type == "CONSULT"]
