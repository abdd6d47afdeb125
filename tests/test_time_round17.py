"""Round 17 of the time layer.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from .test_times import _annotated

THU = date(2021, 11, 18)  # a Thursday
SAT = date(2021, 11, 20)  # a Saturday


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    # "could not" is mostly the past of "cannot": the nearest day
    ("The ferry captain could not be reached Wednesday.", THU, "Wednesday", "2021-11-17"),
    ("The mayor could not attend Tuesday's ribbon cutting.", THU, "Tuesday", "2021-11-16"),
    ("The council could vote Monday on the harbour budget.", SAT, "Monday", "2021-11-22"),
    # a bare "could" is a possibility to come: the coming day, even where the past one is
    # nearer (coordinator's change after review h-rev17)
    ("The council could vote Monday on the harbour budget.", THU, "Monday", "2021-11-22"),
    # the other modals still look forward
    ("The council will vote Tuesday on the harbour budget.", THU, "Tuesday", "2021-11-23"),
    ("The council might vote Wednesday on the budget.", THU, "Wednesday", "2021-11-24"),
])
def test_could_takes_the_nearest_day(nlp, text, anchor, span, value):
    ctx = _annotated(nlp, text, anchor)
    found = {t.text: t.value for t in ctx.times}
    assert found.get(span) == value, found


@pytest.mark.parametrize(("text", "marked"), [
    # "currently" qualifying a noun is a status, like "formerly" and "former": no time
    ("Dana Ortiz, currently deputy mayor, will succeed him.", False),
    ("The post goes to Lee Park, currently the harbour master.", False),
    # modifying a verb it is the present
    ("The ferry company currently holds four percent of the shares.", True),
    ("The bridge is currently being repaired.", True),
    # after a copula it dates the state, whatever follows (review h-rev17)
    ("The ferry line is currently the largest employer on the island.", True),
    ("The old harbour is currently a building site.", True),
])
def test_currently_as_a_status(nlp, text, marked):
    ctx = _annotated(nlp, text, SAT)
    found = {t.text: t.value for t in ctx.times}
    assert (found.get("currently") == "PRESENT_REF") is marked, found


@pytest.mark.parametrize(("text", "span"), [
    ("The ferry line does not expect fares to fall in the near term.", "the near term"),
    ("Growers may lose money in the short term, the union said.", "the short term"),
    # the adjective is no time expression
    ("The port took out a short-term loan.", None),
])
def test_near_and_short_term(nlp, text, span):
    ctx = _annotated(nlp, text, SAT)
    found = {t.text: t.value for t in ctx.times}
    if span is None:
        assert not found, found
    else:
        assert found.get(span) == "FUTURE_REF", found


@pytest.mark.parametrize(("text", "span", "value"), [
    # a bare plural unit after "in" is a stretch of unknown length reaching back to now
    ("The mill is hiring for the first time in years.", "years", "PXY"),
    ("It was the wettest winter in decades.", "decades", "PXY"),
    ("Fares rose to their highest level in months.", "months", "PXM"),
    # "in years to come", "in years past" are no such stretch
    ("In years to come the harbour will silt up.", "years", None),
    ("In years past the harbour was busy.", "years", None),
])
def test_in_years(nlp, text, span, value):
    ctx = _annotated(nlp, text, SAT)
    found = {t.text: t.value for t in ctx.times}
    assert found.get(span) == value, found
