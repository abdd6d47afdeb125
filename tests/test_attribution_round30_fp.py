"""Round 30 (issue 21, branch h-cuefp): false cues.  An imperative ("Ask yourself:
...", "Never forget that ...") is the writer's direction to the reader: it reports no
one's words, belief or intention (CGEL ch. 10).  Every sentence is invented for this
file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, cued

# An imperative is the writer's direction to the reader: no one's words or mind reported.
IMPERATIVES = [
    ("The port board has lost three votes in a row. Ask yourself: who runs the quay?", "Ask"),
    ("Never forget that these are the same people who closed the pier.", "forget"),
    ("The harbour lost its ferry in 1990. Remember: the town also lost its mill.", "Remember"),
    ("Call it a harbour fetish.", "Call"),
]


@pytest.mark.parametrize("text,word", IMPERATIVES)
def test_round30_an_imperative_is_no_cue(analyze_text, text, word):
    report = analyze_text(text)
    assert not cued(report, word.lower()), [(q.cue.text, q.text) for q in report.quotes if q.cue]


# guards: the same verbs with a subject, a modal or a word before them stay cues
NOT_IMPERATIVES = [
    (
        "Dockers never forget that the pier was closed in 1990.",
        "forget",
        "the pier was closed in 1990",
    ),
    ("Voters remember that the mayor closed the pier.", "remember", "the mayor closed the pier"),
    ("Mendes will remember that the pier closed in 1990.", "remember", "the pier closed in 1990"),
]


@pytest.mark.parametrize("text,word,content", NOT_IMPERATIVES)
def test_round30_a_verb_with_a_subject_stays_a_cue(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content)


def test_round30_an_imperative_of_a_verb_with_listed_senses_is_no_cue(nlp):
    # review of round 30: "suppose" has a sense of its own in cue_senses.yaml ("is supposed
    # to"); its imperative is an imperative all the same (CGEL ch. 10)
    from wiretrace.nlp.attribution.senses import other_sense

    doc = nlp("Now suppose that the mayor resigns.")
    [verb] = [t for t in doc if t.lower_ == "suppose"]
    assert verb.tag_ == "VB" and verb.dep_ == "ROOT"  # the parse this test is about
    assert other_sense(verb)
    doc = nlp("Voters suppose that the mayor resigns.")  # guard: with a subject, a cue
    [verb] = [t for t in doc if t.lower_ == "suppose"]
    assert not other_sense(verb)
