"""Round 17 of the actor codes on real news (issue 20): an office still to come is no fact
about the article's date.  Invented sentences."""

from __future__ import annotations

from wiretrace.nlp.actors.tenure import to_come

from .conftest import assert_offsets


def _entity(report, name):
    return next(e for e in report.entities if e.name == name)


def test_offices_that_all_begin_later():
    rows = [("USAGOV", "2017-01-20", "2021-01-20"), ("USAELI", "2021-01-20", "2025-01-20")]
    assert to_come(rows, "2016-05-03")
    assert not to_come(rows, "2017-02-01")  # the office holds
    assert not to_come(rows, "2022-01-01")  # after it: ended, not to come
    assert not to_come(rows, None)
    assert not to_come([("USAGOV", "", ""), ("USAGOV", "2017-01-20", "")], "2016-05-03")
    assert not to_come([], "2016-05-03")


def test_a_candidate_is_not_coded_by_the_office_he_takes_later(analyze_text):
    # the project's state actors list Donald Trump as USA GOV from 20 January 2017: in a
    # story of May 2016 he holds no office; the country stays, the sector goes
    r = analyze_text("Primary day\n\nDonald Trump spoke to reporters in Indianapolis on "
                     "Tuesday.", published="2016-05-03")
    trump = _entity(r, "Donald Trump")
    assert (trump.country, trump.sector) == ("USA", None)
    later = analyze_text("Talks\n\nDonald Trump spoke to reporters in Washington on "
                         "Tuesday.", published="2019-05-07")
    assert _entity(later, "Donald Trump").sector == "GOV"
    assert_offsets(r)
