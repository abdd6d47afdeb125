"""Round 38 (h-gname38): the attribution source book's gender check
(``antecedents.entity_genders``) reads, as its weakest evidence, the gender the given
name of a person's full name says (``names.given_name_gender``, US birth counts), where
no title and no pronoun of the article's gives one; a name both sexes bear says nothing.
Sentences written for the test."""

from __future__ import annotations

from types import SimpleNamespace

from wiretrace.model import Span
from wiretrace.nlp.actors.antecedents import entity_genders

from .conftest import person_holding


def _ctx(nlp, text: str, people: dict[str, list[str]]):
    doc = nlp(text)
    entities, token_entity = [], {}
    for n, (name, forms) in enumerate(people.items()):
        eid = f"e{n}"
        spans = []
        for form in forms:
            start = text.index(form)
            spans.append(Span(start=start, end=start + len(form), text=form))
            for t in doc.char_span(start, start + len(form)):
                token_entity[t.i] = eid
        entities.append(SimpleNamespace(id=eid, name=name, type="PERSON", mentions=spans))
    return SimpleNamespace(doc=doc, token_entity=token_entity, masked=text,
                           entity_type=lambda e: "PERSON", entities=entities)


def test_the_given_name_is_the_weakest_evidence(nlp):
    text = ("Laura Smith met John Brown and Kim Lee. Mr. Paul Gray spoke. "
            "Mary Cole said he was wrong.")
    ctx = _ctx(nlp, text, {"Laura Smith": ["Laura Smith"], "John Brown": ["John Brown"],
                           "Kim Lee": ["Kim Lee"], "Paul Gray": ["Paul Gray"],
                           "Mary Cole": ["Mary Cole"]})
    genders = entity_genders(ctx)
    assert genders["e0"] == "female" and genders["e1"] == "male"
    assert "e2" not in genders  # "Kim": both sexes
    assert genders["e3"] == "male"  # the title
    assert genders["e4"] == "male"  # the article's own "he" after her wins over "Mary"


def test_a_he_is_not_given_to_a_woman_named_without_title_or_pronoun(analyze_text):
    text = ("Budget fight\n\nLaura Smith met John Brown in Reno on Monday. "
            "He criticized her budget plan, and he said the state could not pay.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "he said") != "Laura Smith"


def test_a_she_is_not_given_to_a_man_named_without_title_or_pronoun(analyze_text):
    text = ("Race tightens\n\nJohn Brown's challenge to Laura Smith was seen as a protest "
            "at first. When she publicly opposed the trade pact, critics said it was a "
            "clear victory for Brown.\n\nSmith said she had always opposed it.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "she publicly") != "John Brown"


def test_a_name_both_sexes_bear_keeps_the_old_choice(analyze_text):
    text = ("Budget fight\n\nKim Lee met Laura Smith in Reno on Monday. "
            "He criticized her budget plan, and he said the state could not pay.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "he said") != "Laura Smith"
