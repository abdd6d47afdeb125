"""Round 32, one person one actor on the web dev pages (issue 20): the judged file is
read, and a bare surname NER typed FAC joins the person named in full.  The
mentions are built by hand with the type under test (invented texts), so the rule is
tested apart from what the NER model happens to type."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretrace import clean, names
from wiretrace.eval import people as people_eval
from wiretrace.nlp.actors import people
from wiretrace.nlp.actors.mentions import Cluster, Mention
from wiretrace.nlp.context import Context, masked_text
from wiretrace.read.text import from_text

REPO = Path(__file__).resolve().parents[1]


def test_the_web_dev_people_file_is_read_as_one_dev_set():
    rows = people_eval.read_judgments(REPO / "docs/judgments/people-web-dev.tsv")
    assert len({r["story"] for r in rows}) == 14
    assert {r["half"] for r in rows} == {"dev"}
    errors = people_eval.judged_errors(rows)
    assert sum(e["kind"] == "split" for e in errors) == 3
    assert sorted(e["merge"] for e in errors if e["kind"] == "merged") == ["pn", "pn", "pp"]


@pytest.fixture(scope="session")
def joining(nlp):
    """(text, full name, short name, label) -> the texts of the short name's mentions
    (typed ``label``) that may join the person named in full (typed PERSON)."""

    def run(text: str, full: str, short: str, label: str) -> list[str]:
        article = clean.clean(from_text(text))
        ctx = Context(article=article, doc=nlp(masked_text(article)))

        def cluster(name: str, typed: str) -> Cluster:
            size = len(name.split())
            found = []
            for t in ctx.doc:
                span = ctx.doc[t.i:t.i + size]
                if span.text == name and (size > 1 or not any(
                        m.start <= t.i < m.end for m in person.mentions)):
                    found.append(Mention(t.i, t.i + size, span.start_char, span.end_char,
                                         name, typed,
                                         names.name_key(name, person=typed == "PERSON")))
            assert found, name
            return Cluster(found, label=typed)

        person = Cluster([], label="PERSON")  # no mention yet: the full name is found whole
        person = cluster(full, "PERSON")
        other = cluster(short, label)
        joined, _staying = people._person_mentions(ctx, other, [person], [person])
        return [m.text for m in joined]

    return run


@pytest.mark.parametrize("label", ["FAC", "PRODUCT"])
def test_a_surname_typed_building_or_product_joins_the_person(joining, label):
    text = ("Inquiry\n\nRepresentative Adam Brell opened the inquiry on Monday. Brell said "
            "the hearings would go on. Critics say Brell has no evidence.")
    assert joining(text, "Adam Brell", "Brell", label) == ["Brell", "Brell"]


def test_a_building_no_one_is_named_stays(joining):
    # guard: a one-word name that ends no person's name stays where NER put it
    text = ("Visit\n\nAdam Brell toured the Pentagon on Monday. The Pentagon hosted him.")
    assert joining(text, "Adam Brell", "Pentagon", "FAC") == []
