"""Round 29 (issue 21, branch h-cue29): what a speech verb's preposition takes as its
content: "cautioned against ...", "hinted at ...", "opined against ..." (Merriam-Webster)
and the complex preposition "in favor of", the opposite of "against", after a verb that
takes its "against" phrase ("argued in favor of ...").  Every sentence is invented for
this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, cued, speaker_name

CUED = [
    ("Several harbour pilots cautioned against reading too much into the vote.",
     "cautioned", "reading too much into the vote"),
    ("The mayor hinted at a second term during the dinner.", "hinted", "a second term"),
    ("Okafor hints at a new levy on the quay.", "hints", "a new levy on the quay"),
    ("Columnists opined against the new tariff.", "opined", "the new tariff"),
    ("She also argued in favor of the port's remaining open in winter.", "argued",
     "the port's remaining open"),
    ("Mendes has spoken out in favor of the harbour levy and the new crane.", "spoken",
     "the harbour levy and the new crane"),
    ("Most of the dockers voted in favor of the new contract.", "voted",
     "the new contract"),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_round29_prepositional_contents(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content)


def test_the_one_who_cautions_speaks(analyze_text):
    report = analyze_text(
        "Several harbour pilots cautioned against reading too much into the vote.")
    found = cued(report, "cautioned")
    assert found and "pilots" in (speaker_name(report, found[0]) or "")


NOT_CUED = [
    # "in favor of" only after a verb that takes its "against" phrase as content
    ("The fleet swung the market in favor of the growers.", "swung"),
    ("The judge ruled the case in favor of the crews last week.", "ruled"),
    # a preposition the verb does not take: "hinted" with no "at" phrase stays bare
    ("The mayor hinted during the dinner.", "hinted"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round29_not_cues(analyze_text, text, word):
    report = analyze_text(text)
    found = [q for q in cued(report, word) if q.text != word]
    assert not found, [(q.cue.text, q.text) for q in report.quotes if q.cue]


# A person's name the tagger takes for a verb in a headline ("Trump" tagged VBP) is no
# verb: the listed verb before it is the headline's cue, the name and the rest its content.
HEADLINES = [
    ("Union blasts Trump for skipping port hearing.\nThe union met on Monday.", "blasts",
     "Trump for skipping port hearing"),
    ("Clinton blasts Trump over harbour levy idea.\nThe mayor spoke on Monday.", "blasts",
     "Trump over harbour levy idea"),
]


@pytest.mark.parametrize("text,word,content", HEADLINES)
def test_round29_headline_name_tagged_a_verb(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content, exact=True)


def test_a_headline_verb_before_a_real_verb_stays_out(analyze_text):
    # the word after the listed form is a verb, not a name: no headline cue
    report = analyze_text("Port plans reopen quickly.\nThe port reopened on Monday.")
    assert not [q for q in cued(report, "plans") if q.text != "plans"]
