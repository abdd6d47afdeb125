"""Event sources by reference across a sentence boundary (events/reference.py)."""

from __future__ import annotations


def _event(report, trigger):
    found = [e for e in report.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in report.events]}"
    return found[0]


def _source_names(report, event):
    names = {e.id: e.name for e in report.entities}
    return {names[a.entity_id] for a in event.actors if a.role == "source" and a.entity_id}


def test_they_continues_the_plural_subject_of_the_sentence_before(analyze_text):
    r = analyze_text("Protests\n\nTens of thousands of Sudanese began protesting late last "
                     "year. They demanded reforms and the president's ouster.",
                     published="2019-11-29")
    ev = _event(r, "demanded")
    assert ev.type == "REQUEST"
    assert [a.country for a in ev.actors if a.role == "source"] == ["SDN"]


def test_they_does_not_continue_one_person(analyze_text):
    r = analyze_text("Protests\n\nThe Sudanese president met the visitors last year. They "
                     "demanded reforms.", published="2019-11-29")
    ev = _event(r, "demanded")
    assert ev.type is None and not _source_names(r, ev)


def test_they_in_direct_speech_is_not_the_subject_before(analyze_text):
    r = analyze_text("Protests\n\nTens of thousands of Sudanese began protesting last year. "
                     "\"They demanded reforms and got nothing.\"", published="2019-11-29")
    ev = _event(r, "demanded")
    assert ev.type is None


def test_a_description_continues_an_uncoded_organization_subject(analyze_text):
    r = analyze_text("Democracy summit\n\nThe Alliance of Democracies, headquartered in "
                     "Copenhagen, was sanctioned by Beijing earlier this year. The organization "
                     "concluded a summit this week and called on democratic nations to "
                     "establish collective defense.", published="2021-05-10")
    ev = _event(r, "called")
    assert ev.type == "REQUEST"
    assert _source_names(r, ev) == {"Alliance of Democracies"}


def test_we_in_a_quote_is_its_speaker(analyze_text):
    r = analyze_text("Haiti jailbreak\n\nPresident Jovenel Moise condemned the attack on "
                     "Friday. \"We urge the population to remain calm,\" Moise said.",
                     published="2021-02-27")
    ev = _event(r, "urge")
    assert ev.type == "REQUEST"
    assert _source_names(r, ev) == {"Jovenel Moise"}


def test_we_outside_a_quote_is_nobody_named(analyze_text):
    r = analyze_text("Haiti jailbreak\n\nPresident Jovenel Moise condemned the attack on "
                     "Friday. We urge the population to remain calm.", published="2021-02-27")
    ev = _event(r, "urge")
    assert ev.type is None and not _source_names(r, ev)


def test_the_speaker_obliged_is_asked_nothing(analyze_text):
    r = analyze_text("Haiti\n\nPresident Jovenel Moise spoke on Friday. \"We must stop the "
                     "violence,\" Moise said. \"The gangs must stop the violence,\" Moise "
                     "said.", published="2021-02-27")
    ours, theirs = [e for e in r.events if e.trigger.text == "stop"]
    assert ours.type != "REQUEST"
    assert theirs.type == "REQUEST"


def test_demonstrate_with_an_object_is_no_protest(analyze_text):
    r = analyze_text("Brussels\n\nFrench officials must demonstrate the added value of the "
                     "European project. Thousands of French farmers demonstrated in Paris on "
                     "Monday.", published="2021-05-10")
    shown, protest = [e for e in r.events if e.lemma == "demonstrate"]
    assert shown.type is None
    assert protest.type == "PROTEST"


def test_he_continues_a_description_of_a_role_with_its_country(analyze_text):
    # centering over a definite description: "The Russian leader was ... . He praised"
    r = analyze_text("Summit\n\nPresident Vladimir Putin met reporters on Thursday. The Russian "
                     "leader was calm during the meeting, which lasted three hours. He praised "
                     "the mediation of Kenyan diplomats in the border dispute.",
                     published="2021-05-10")
    ev = _event(r, "praised")
    assert ev.type == "SUPPORT"
    assert [(a.country, a.sector) for a in ev.actors if a.role == "source"] == [("RUS", "GOV")]


def test_she_continues_a_description_that_says_whose_role(analyze_text):
    r = analyze_text("Summit\n\nThe Kenyan foreign minister was calm during the meeting on "
                     "Monday. She condemned the attack on the police station in Mandera.",
                     published="2021-05-10")
    ev = _event(r, "condemned")
    assert ev.type == "ACCUSE"
    assert [a.country for a in ev.actors if a.role == "source"] == ["KEN"]


def test_he_does_not_continue_a_description_that_names_no_one(analyze_text):
    # no country, people or organization says whose spokesman: nothing to code
    r = analyze_text("Summit\n\nThe spokesman was calm during the meeting on Monday. He "
                     "condemned the attack on the police station.", published="2021-05-10")
    ev = _event(r, "condemned")
    assert ev.type is None or not [a for a in ev.actors if a.role == "source" and a.country]


def test_he_does_not_continue_a_group_description(analyze_text):
    # "he" is one person: not "the Kenyan government"
    r = analyze_text("Summit\n\nThe Kenyan government was calm during the meeting on Monday. "
                     "He condemned the attack on the police station.", published="2021-05-10")
    ev = _event(r, "condemned")
    assert ev.type is None or not [a for a in ev.actors if a.role == "source" and a.country]


def test_he_continues_a_definite_title_the_person_was_named_with(analyze_text):
    # "the president" stands for Ghani (anaphora._titled), and "he" continues it
    r = analyze_text("Summit\n\nAfghan President Ashraf Ghani spoke in Kabul on Monday. The "
                     "president was calm during the meeting. He condemned the attack on the "
                     "police station.", published="2021-05-10")
    ev = _event(r, "condemned")
    assert ev.type == "ACCUSE"
    assert _source_names(r, ev) == {"Ashraf Ghani"}
