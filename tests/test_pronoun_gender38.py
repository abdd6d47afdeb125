"""Round 38 (h-pron38): the attribution source book gives a he or she to no person of
the other gender (agreement in gender, CGEL ch. 17; ``SourceBook._same_gender``), with
the gender read also from the article's own pronouns where no title gives it: the
first he/she after a person named as its clause's subject, no other person named
between, on the same side of quotation marks (``antecedents.entity_genders``).  The
events layer's ``pronoun_entity`` read no genders then (round 43 reads them:
test_pronoun_agree43.py).  Sentences written for the test."""

from __future__ import annotations

from wiretrace.nlp.actors.antecedents import entity_genders

from .conftest import actor_names, person_holding


def test_pronoun_after_a_subject_votes_for_its_gender(nlp):
    from types import SimpleNamespace

    doc = nlp("Holt said she would run. Diaz told reporters that he was tired. "
              "Lee praised Holt, and she thanked him.")
    at = {}
    for t in doc:
        at.setdefault(t.text, []).append(t.i)
    token_entity = {at["Holt"][0]: "e1", at["Diaz"][0]: "e2", at["Lee"][0]: "e3",
                    at["Holt"][1]: "e1"}
    ctx = SimpleNamespace(doc=doc, token_entity=token_entity, masked=doc.text,
                          entity_type=lambda e: "PERSON", entities=[])
    # Lee: another person named between the subject and the "she" gives no vote
    assert entity_genders(ctx) == {"e1": "female", "e2": "male"}


def test_a_he_after_a_woman_subject_is_not_the_woman(analyze_text):
    # on main the "He" that speaks went to Jane Ruiz, a woman by the article's own "she"
    text = ("Budget fight\n\nGovernor Jane Ruiz said she would not resign. Ruiz met "
            "Tom Pryor in Reno on Monday. He criticized her budget plan.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "He criticized") == "Tom Pryor"


def test_a_she_after_a_man_is_not_the_man(analyze_text):
    # on main the "she" went to Tom Hale, a man by the article's own "he"
    text = ("Race tightens\n\nSenator Tom Hale said he would stay in the race. Hale's "
            "challenge to Jane Ruiz was seen as a protest at first. When she publicly "
            "opposed the trade pact, critics said it was a clear victory for Hale.\n\n"
            "Ruiz said she had always opposed it.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "she publicly") != "Tom Hale"


def test_same_gender_keeps_the_subject(analyze_text):
    text = ("Budget fight\n\nGovernor Tom Ruiz said he would not resign. Ruiz met "
            "Jane Pryor in Reno on Monday. He criticized her budget plan.")
    r = analyze_text(text, published="2016-03-20")
    assert actor_names(r, text, "He criticized") == ["Tom Ruiz"]
