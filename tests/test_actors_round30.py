"""Round 30 (h-act30) of the actor codes on real news (issue 20): a title before a former
office holder's name that the dictionaries list with that name and date as ended is the
title of a past term, not an office held on the article's date.  Invented sentences."""

from __future__ import annotations

from wiretrace.nlp.actors.tenure import title_ended

from .conftest import assert_offsets


def _codes(report):
    return {
        (a.text, a.country, a.sector)
        for e in report.events
        for a in e.actors
        if a.role in ("source", "target")
    }


def test_a_past_presidents_title_is_no_office_now(analyze_text):
    text = (
        "Campaign\n\nGeorge W. Bush spoke in Columbia on Monday. Critics attacked "
        "President Bush's record on Tuesday. Mr. Bush praised the candidate."
    )
    r = analyze_text(text, published="2016-02-17")
    assert_offsets(r)
    codes = _codes(r)
    assert any(c == "USA" and s == "ELI" for t, c, s in codes if "Bush" in t)
    assert not any(s == "GOV" for t, _, s in codes if "Bush" in t)


def test_a_sitting_presidents_title_stays_government(analyze_text):
    # the dictionary's titled name holds on the article's date: GOV
    text = (
        "Budget\n\nPresident Barack Obama spoke in Ohio on Monday. Republicans "
        "attacked President Obama's budget on Tuesday. Mr. Obama criticized Congress."
    )
    r = analyze_text(text, published="2015-03-02")
    codes = _codes(r)
    assert any(c == "USA" and s == "GOV" for t, c, s in codes if "Obama" in t)
    assert not any(s == "ELI" for t, _, s in codes if "Obama" in t)


def test_title_ended_reads_the_titled_names_dates():
    bush = [("USAELI", "", ""), ("USAGOV", "2001-01-20", "2009-01-20")]
    assert title_ended([bush], "2016-02-17")
    assert not title_ended([bush], "2005-06-01")  # in office then
    assert not title_ended([[], bush], None)  # no date: nothing to compare
    # a titled name the dictionaries lack says nothing (the text's title stands)
    assert not title_ended([[]], "2021-05-01")
    # an office of no state role that ended (a company's) is no such title
    assert not title_ended(
        [[("USAELI", "", ""), ("USABUS", "1990-01-01", "2000-01-01")]], "2016-01-01"
    )
