"""The labelling verbs of VerbNet's dub-29.3 class beside 'call' (issue 18, round 43,
h-evsay43; nlp/events/calling.py, plover_verbs.yaml `evaluative_naming`): 'label',
'brand', 'dub' and 'term' take an object and its label as 'call' does ("is labeling his
actions a pathetic stunt", "branded the plan a pathetic stunt"), so a label the VADER
lexicon rates at least 2.0 from neutral judges the one labelled so: negative -> ACCUSE
'disapprove' (CAMEO 111; PETRARCH2's "BRAND * KIDNAPPING" 111), positive of a party ->
SUPPORT 'praise' (051).  'name' stays out (its common sense appoints: "was named the
chairman").  Sentences written for the test."""
import pytest

from .conftest import shown

VERBS = ("label", "brand", "dub", "term", "name")


def _labelled(text: str) -> list[tuple[str, ...]]:
    return [e for e in shown(text, "source", "target") if e[0].lower().startswith(VERBS)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Governor Brandt is labeling Senator Alvarez's actions a pathetic stunt.",
     ("labeling", "ACCUSE", "Governor Brandt", "Senator Alvarez's actions")),
    ("Mayor Lind branded the senator's plan a pathetic stunt.",
     ("branded", "ACCUSE", "Mayor Lind", "the senator's plan")),
    ("Senator Okafor dubbed Governor Brandt a hero.",
     ("dubbed", "SUPPORT", "Senator Okafor", "Governor Brandt")),
])
def test_labelling_verbs_with_an_evaluative_label_are_coded(text, expected):
    found = _labelled(text)
    assert [e[:2] for e in found] == [expected[:2]]
    assert expected[2].split()[-1] in found[0][2]
    assert expected[3].split()[-1] in found[0][3]


@pytest.mark.parametrize("text", [
    "Governor Brandt labelled the boxes fragile.",          # no evaluative word
    "The council termed the talks a success.",              # praise of a thing: a comment
    "Senator Alvarez did not brand Governor Brandt a villain.",  # negated
    "Mayor Lind was named the most admired leader of the year.",  # 'name' appoints
])
def test_neutral_labels_praise_of_things_negation_and_name_are_no_event(text):
    assert _labelled(text) == []
