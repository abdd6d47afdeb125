"""Round 36 tidy-ups: one plural rule for the actor layer, one list of conditional and
temporal subordinators, the described countries of a person read once per article."""

import pytest

from wiretrace.nlp.actors import generic
from wiretrace.nlp.actors.agents import _agent_word, regular_singulars
from wiretrace.nlp.events.coding import _rules
from wiretrace.nlp.times import expressions


@pytest.mark.parametrize("word,singulars", [
    ("protesters", ("protester",)),
    ("militias", ("militia",)),
    ("gunmen", ("gunman",)),
    ("parties", ("party", "partie")),
    ("bosses", ("bosse", "boss")),
    ("taxes", ("taxe", "tax")),
    ("witness", ()),
    ("police", ()),
])
def test_regular_singulars(word, singulars):
    assert regular_singulars(word) == singulars
    assert generic.regular_singulars is regular_singulars  # one function, re-exported


@pytest.mark.parametrize("word,phrase_word,fits", [
    ("guards", "guard", True),
    ("bosses", "boss", True),       # -es after a sibilant
    ("parties", "party", True),
    ("hitmen", "hitman", True),
    ("ministers", "minist", True),  # a PETRARCH stem
    ("toes", "to", False),          # no plural of "to": main read any + "es" as one
    ("cares", "car", False),
])
def test_agent_word_reads_plurals_by_regular_singulars(word, phrase_word, fits):
    assert _agent_word(word, phrase_word) is fits


def test_one_list_of_subordinators():
    words = _rules()["unasserted"]
    assert words["conditions"] == {"if", "unless", "whether"}
    assert words["temporal_marks"] == {"when", "once", "after", "until", "before", "whenever"}
    assert all(expressions._protasis_mark(w) for w in
               ("if", "unless", "when", "once", "until", "till", "before", "after"))
    assert not expressions._protasis_mark("whenever")


def test_described_countries_are_read_once_per_person(monkeypatch):
    from types import SimpleNamespace

    from wiretrace.nlp.actors import animate

    calls = []
    monkeypatch.setattr(animate, "_countries_named",
                        lambda ctx, e: calls.append(e.id) or iter(["TUR"]))
    mention = SimpleNamespace(start=0, end=5)
    ctx, person = SimpleNamespace(memo={}), SimpleNamespace(id="e1", mentions=[mention])
    assert animate._qualified_abroad(ctx, person, "USA")
    assert not animate._qualified_abroad(ctx, person, "TUR")
    assert calls == ["e1"]


def test_described_countries_are_read_again_for_other_mentions(monkeypatch):
    # round 36 review: the memo was keyed by the id and the number of mentions, so an
    # entity list set again that gives "e1" another mention of the same count read the
    # first person's countries; keyed by the mentions' offsets it reads them again
    from types import SimpleNamespace

    from wiretrace.nlp.actors import animate

    named = {(0, 5): ["TUR"], (40, 52): []}
    monkeypatch.setattr(animate, "_countries_named",
                        lambda ctx, e: iter(named[(e.mentions[0].start, e.mentions[0].end)]))
    ctx = SimpleNamespace(memo={})
    first = SimpleNamespace(id="e1", mentions=[SimpleNamespace(start=0, end=5)])
    other = SimpleNamespace(id="e1", mentions=[SimpleNamespace(start=40, end=52)])
    assert animate._qualified_abroad(ctx, first, "USA")
    assert not animate._qualified_abroad(ctx, other, "USA")
