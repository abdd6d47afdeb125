"""animate: a name NER typed PERSON (or WORK_OF_ART) checked against its sentences.  The
mentions are built by hand with the type under test, so the rules are tested apart from
what the NER model happens to type."""

from __future__ import annotations

import pytest

from wiretrace import clean, names
from wiretrace.nlp.actors import animate, entities
from wiretrace.nlp.actors.mentions import Cluster, Mention
from wiretrace.nlp.context import Context, masked_text
from wiretrace.read.text import from_text


@pytest.fixture(scope="session")
def relabel(nlp):
    """(text, names, label, person_keys) -> the new label of the cluster of every
    occurrence of each name (token-aligned) typed ``label``."""

    def run(text: str, name: str, label: str, person_keys=frozenset()) -> str | None:
        article = clean.clean(from_text(text))
        ctx = Context(article=article, doc=nlp(masked_text(article)))
        size = len(name.split())
        found = []
        for t in ctx.doc:
            span = ctx.doc[t.i:t.i + size]
            if span.text == name:
                found.append(Mention(t.i, t.i + size, span.start_char, span.end_char, name,
                                     label, names.name_key(name, person=label == "PERSON")))
        assert found, name
        return animate.relabel(ctx, Cluster(found, label=label), entities._title_at,
                               frozenset(person_keys))

    return run


def test_an_acronym_with_no_person_evidence_is_an_organization(relabel):
    text = ("Moise tweeted condemnation. \"The #PNH is instructed to take all measures to "
            "bring the situation under control,\" he tweeted.")
    assert relabel(text, "PNH", "PERSON") == "ORG"
    # a verb of saying is what a person (or a body) does: left to NER
    assert relabel("Police said the suspects fled. PNH said it would act.", "PNH",
                   "PERSON") is None


def test_a_plural_name_is_a_group(relabel):
    text = "Water Lee told VOA that Hong Kongers are also among those relocating to Japan."
    assert relabel(text, "Hong Kongers", "PERSON") == "NORP"
    assert relabel("Water Lee told VOA that the firm is growing.", "Water Lee", "PERSON") is None


def test_a_name_used_as_a_modifier_is_not_a_person(relabel):
    text = ("Barnier led the fraught Brexit negotiations. He was the chief Brexit "
            "negotiator, and Brexit would probably never have happened, he said.")
    assert relabel(text, "Brexit", "PERSON") == "EVENT"
    # a surname or given name of a person named in full stays theirs
    text = "Kim Jong Un spoke. The Kim regime fired missiles. The Kim family rules."
    assert relabel(text, "Kim", "PERSON",
                   {names.name_key("Kim Jong Un", person=True)}) is None
    # once is not enough
    assert relabel("Farage was a key Brexit figure.", "Brexit", "PERSON") is None


def test_a_work_of_art_that_tells_is_a_person(relabel):
    text = "\"This is completely false,\" Vassily Nebenzia told the council."
    assert relabel(text, "Vassily Nebenzia", "WORK_OF_ART") == "PERSON"
    assert relabel("Critics praised War and Peace last year.", "War and Peace",
                   "WORK_OF_ART") is None
