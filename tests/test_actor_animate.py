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
    """(text, name, label) -> the new label of the cluster of every
    occurrence of each name (token-aligned) typed ``label``."""

    def run(text: str, name: str, label: str) -> str | None:
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
        return animate.relabel(ctx, Cluster(found, label=label), entities._title_at)

    return run


def test_an_acronym_with_no_person_evidence_is_an_organization(relabel):
    text = ("Moise tweeted condemnation. \"The #PNH is instructed to take all measures to "
            "bring the situation under control,\" he tweeted.")
    assert relabel(text, "PNH", "PERSON") == "ORG"
    # a verb of saying is what a person (or a body) does: left to NER
    assert relabel("Police said the suspects fled. PNH said it would act.", "PNH",
                   "PERSON") is None
    # a name in capitals that the article also writes in small letters, or a person the
    # actor dictionaries know by initials
    assert relabel("OBAMA WARNS CONGRESS. Obama spoke on Monday.", "OBAMA", "PERSON") is None
    assert relabel("It recalled the New Deal of FDR in 1933.", "FDR", "PERSON") is None


def test_a_plural_name_is_a_group(relabel):
    text = "Water Lee told VOA that Hong Kongers are also among those relocating to Japan."
    assert relabel(text, "Hong Kongers", "PERSON") == "NORP"
    assert relabel("Water Lee told VOA that the firm is growing.", "Water Lee", "PERSON") is None
    # a surname ending in s: the sentence treats it as one
    assert relabel("Bernie Sanders won the primary by ten points.", "Bernie Sanders",
                   "PERSON") is None


def test_a_work_of_art_that_tells_is_a_person(relabel):
    text = "\"This is completely false,\" Vassily Nebenzia told the council."
    assert relabel(text, "Vassily Nebenzia", "WORK_OF_ART") == "PERSON"
    assert relabel("Critics praised War and Peace last year.", "War and Peace",
                   "WORK_OF_ART") is None
