"""'question' that challenges a party's attribute or act (issue 18, round 45, h-missed45;
nlp/events/coding.py `_challenged_attribute`, plover_verbs.yaml `challenging`): with an
object that is no party and is a party's (a possessor or an 'of' object: "questioned
Senator Alvarez's judgment", "the integrity of the Republican Party") or a why / whether
clause ("questioned why the council had not acted"), the verb challenges its propriety
(WordNet 3.0 question v.2), CAMEO 110 disapprove as PETRARCH2's own QUESTION patterns code
a thing questioned ("- * ASSERTION [110]", "- * PROMISE [111]"): PLOVER ACCUSE.  A person
questioned is interrogated, no such challenge.  Sentences written for the test."""
import pytest

from .conftest import shown


def _questioned(text: str) -> list[tuple[str, ...]]:
    return [e for e in shown(text, "source", "target") if e[0].lower().startswith("question")]


@pytest.mark.parametrize(("text", "source"), [
    ("Senator John Smith on Monday questioned Governor Jane Doe's judgment.", "Smith"),
    ("Democrats questioned the integrity of the Republican Party.", "Democrats"),
    ("Governor Brandt questioned why the council had not acted sooner.", "Brandt"),
])
def test_question_of_a_party_attribute_or_act_is_accuse(text, source):
    found = _questioned(text)
    assert [e[1] for e in found] == ["ACCUSE"]
    assert source in found[0][2]


@pytest.mark.parametrize("text", [
    "Police questioned the suspect on Tuesday.",               # a person: interrogated
    "Police questioned the lawyers of Governor Jane Doe.",    # a role noun (PETRARCH2 agent)
    "Senator John Smith did not question Governor Jane Doe's judgment.",  # negated
])
def test_question_of_a_person_or_negated_is_no_accuse(text):
    assert [e for e in _questioned(text) if e[1] == "ACCUSE"] == []
