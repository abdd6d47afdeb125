"""A pronoun doer at the start of a paragraph (issue 18 recall, issue 20 coreference;
round 37, h-doer37; nlp/actors/antecedents.py ``sentence_before``).  Sentences written
for the test.

- spaCy makes a paragraph break ("\\n\\n") a sentence of its own; "the sentence before"
  a paragraph's first "She praised ..." was that break, with no subject, so the centering
  rule (the subject of the sentence before) found nobody.  It now skips such breaks,
  for "he"/"she" and for "they" and definite descriptions (events/reference.py).
- "Senator Holt spoke ... But she promised ... / She praised ...": the same pronoun as
  the first subject of the sentence before continues its center (the CONTINUE transition
  of centering) and stands for whom that pronoun stands for, up to three sentences back.
- Precision: another pronoun ("he" after "she"), or a person named before the pronoun
  in its own sentence, keeps the old rules; with no person anywhere the doer stays empty."""
import pytest

from wiretrace.pipeline import analyze
from wiretrace.read.text import from_text


def _sources(text: str, trigger: str) -> list[str | None]:
    from wiretrace.render import happened

    report = analyze(from_text(text, id="t", published="2021-03-02"))
    names = {e.id: e.name for e in report.entities}
    return [names.get(a.entity_id) for e in report.events
            if e.trigger.text == trigger and happened(e) for a in e.actors
            if a.role == "source"]


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Senator Mary Holt toured a factory in Dayton on Monday.\n\n"
     "She praised the governor's budget plan on Tuesday.", "praised", "Mary Holt"),
    ("Senator Mary Holt toured a factory in Dayton on Monday. But she also promised "
     "to cut taxes for small firms.\n\n"
     "She praised the governor's budget plan on Tuesday.", "praised", "Mary Holt"),
    ("Governor Tom Reyes spoke to farmers in Ames on Monday. He said prices were low.\n\n"
     "He criticized the trade policy of Senator Mary Holt on Tuesday.",
     "criticized", "Tom Reyes"),
])
def test_pronoun_at_paragraph_start_continues_subject(text, trigger, name):
    assert name in _sources(text, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    # nobody named: the doer stays empty, no event is coded with a wrong one
    ("The factory in Dayton reopened on Monday.\n\n"
     "She praised the governor's budget plan on Tuesday.", "praised"),
])
def test_no_person_no_doer(text, trigger):
    assert not [s for s in _sources(text, trigger) if s]


def test_other_pronoun_is_not_continued():
    text = ("Senator Mary Holt toured a factory in Dayton on Monday. But she also "
            "promised to cut taxes for small firms.\n\n"
            "He praised the governor's budget plan on Tuesday.")
    assert "Mary Holt" not in _sources(text, "praised")
