"""Round 27 of the time layer.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from .test_times import _annotated

MON = date(2021, 3, 29)  # a Monday


def _found(nlp, text, anchor=MON):
    return {t.text: (t.type, t.value) for t in _annotated(nlp, text, anchor).times}


@pytest.mark.parametrize(("text", "span", "value"), [
    # decades and centuries are counted in years, as "twenty years later" already was
    ("The dam opened in 1980. Two decades later, the town voted to close it.",
     "Two decades later", ("DATE", "2000")),
    ("The dam opened in 1980, and a decade later the town voted to close it.",
     "a decade later", ("DATE", "1990")),
    ("The town voted to close the dam in 2010, a decade earlier than planned.",
     "2010", ("DATE", "2010")),
    ("The dam opened in 2010. A decade earlier, the valley was farmland.",
     "A decade earlier", ("DATE", "2000")),
    # a date counted forward from a past one, in a clause not of the future, stops at
    # the year of writing: "nearly two decades later" is now
    ("The depot was bombed in 2004. Nearly two decades later, the case remains open.",
     "Nearly two decades later", ("DATE", "2021")),
    ("The depot was bombed in 2004. Twenty years later, the case remains open.",
     "Twenty years later", ("DATE", "2021")),
    # a future clause may pass it
    ("The plant will open in 2030, and two decades later it will close.",
     "two decades later", ("DATE", "2050")),
    # a cut the parser makes inside a sentence leaves the date in the sentence before
    ("The troops entered the forest in 2015. It was to last only a few months but, "
     "nearly five years later, villagers still avoid it.",
     "nearly five years later", ("DATE", "2020")),
])
def test_later_counted_from_the_date_told(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


@pytest.mark.parametrize(("text", "span", "value"), [
    # a date two full sentences back is no longer the time told of: the duration
    ("The depot was bombed in 2004. The trial opened in Paris. Two decades later, "
     "the case remains open.", "Two decades", ("DURATION", "P20Y")),
    # "later than" compares two times
    ("The report came two decades later than promised.", "two decades",
     ("DURATION", "P20Y")),
])
def test_later_left_a_duration(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


JAN = date(2016, 1, 19)  # a Tuesday: November is nearer in the past than ahead
MAY = date(2016, 5, 18)  # Dec. 1 is nearer in the past than ahead


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    # a simple present after "if", "once", "when" ... tells of time to come when the clause
    # it depends on is future or modal (Quirk et al. 1985, 4.24)
    ("Any order the governor signs can be overturned if a rival is elected in November.",
     JAN, "November", ("DATE", "2016-11")),
    ("Many workers will receive more pay once the rule goes into effect on Dec. 1.",
     MAY, "Dec. 1", ("DATE", "2016-12-01")),
    ("The minister is abroad. When she arrives in November, she will meet the mayor.", JAN,
     "November",
     ("DATE", "2016-11")),
    # a past or present main clause leaves the subordinate clause as it was
    ("The strike ended when the talks failed in November.", JAN, "November",
     ("DATE", "2015-11")),
    ("If a candidate wins in November, that is news to nobody.", JAN, "November",
     ("DATE", "2015-11")),
])
def test_present_of_a_future_condition(nlp, text, anchor, span, value):
    found = _found(nlp, text, anchor)
    assert found.get(span) == value, found


DEC = date(2015, 12, 1)  # a Tuesday


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    # "that month", "the same month", "the following month" are the month the sentence or
    # the one before tells of, as "that day" already was the day (TimeML 1.2.1 values an
    # anaphoric expression from what the text fixed)
    ("\"We will not buy more,\" he said on Nov. 9. Later that month, he did just that.",
     date(2016, 3, 17), "Later that month", ("DATE", "2015-11")),
    ("The fund bought shares in March. The following month, it sold bonds.", DEC,
     "The following month", ("DATE", "2015-04")),
    # "the same month last year": that month, a year back
    ("The casinos won less in October than they did the same month last year.",
     date(2015, 11, 13), "the same month", ("DATE", "2014-10")),
    # and a year back is the period compared: "a year earlier" after it still counts from
    # the day told of
    ("The fund bought shares on March 3. The same day a year earlier, it sold bonds.", DEC,
     "a year earlier", ("DATE", "2014")),
    # "the next day" after a day told of is the day after it, in any tense
    ("The fund bought shares on March 3. The next day, it sold bonds.", DEC,
     "The next day", ("DATE", "2015-03-04")),
    ("The fund will buy shares on Friday. The next day, it will sell bonds.", DEC,
     "The next day", ("DATE", "2015-12-05")),
    # with nothing told, the time of writing, as before
    ("Prices will rise in the coming month.", DEC, "the coming month", ("DATE", "2016-01")),
    ("Sales rose from $3 billion in the previous month.", DEC, "the previous month",
     ("DATE", "2015-11")),
])
def test_anaphoric_months_and_days(nlp, text, anchor, span, value):
    found = _found(nlp, text, anchor)
    assert found.get(span) == value, found
