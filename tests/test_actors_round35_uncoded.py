"""Round 35 (h-uncoded35) of the actor codes (issue 20): the 2012 Republican ticket, named in
2016 campaign news with no PETRARCH2 row, from the project's dictionary
(data/actors_wiretrace.yaml).  Invented sentences."""

from __future__ import annotations

from wiretrace.nlp.actors.codes import _dictionary_sectors


def _entities(report):
    return {e.name: (e.country, e.sector) for e in report.entities}


def test_the_2012_ticket_has_dated_roles():
    assert _dictionary_sectors("Mitt Romney", "2005-06-01", person=True) == ("USA", ["GOV"])
    assert _dictionary_sectors("Mitt Romney", "2016-03-23", person=True) == ("USA", ["ELI"])
    assert _dictionary_sectors("Mitt Romney", "2020-02-05", person=True) == ("USA", ["LEG"])
    assert _dictionary_sectors("Paul D. Ryan", "2016-07-21", person=True) == ("USA", ["LEG"])


def test_romney_and_ryan_are_coded_in_a_campaign_story(analyze_text):
    r = analyze_text("Mitt Romney criticized the front-runner on Thursday. Paul D. Ryan "
                     "defended the party's platform in Cleveland.", published="2016-07-21")
    found = _entities(r)
    assert found.get("Mitt Romney") == ("USA", "ELI")
    assert found.get("Paul D. Ryan") == ("USA", "LEG")
