"""Round 17 (issue 21): verb cues of attitude.  A feeling caused by something
(`experiencer_verbs`), a group divided over a question (`divided_verbs`), standing by
what one said (`loyalty_verbs`), prepositional contents ("disagreed with", "spoke against"),
the phrasal cues "lashed out at", "fulminated against", and a phrasal cue's gerund
("balked at paying").  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets, cued, speaker_name


def _quotes(report):
    return [(q.cue and q.cue.text, q.text) for q in report.quotes]


CUES = [
    # (sentence, cue, words in the first record's content, words in its speaker or None)
    ("The new levy has angered the dockers.", "angered", "The new levy", "dockers"),
    ("Many growers were alarmed by the harbour report.", "alarmed", "the harbour report",
     "growers"),
    ("Angered by the vote, the dockers marched to the town hall.", "angered", "the vote",
     "dockers"),
    ("The fishing crews are split on whether the levy should stay.", "split",
     "the levy should stay", "crews"),
    ("The council is deeply divided over the proposed harbour deal.", "divided",
     "the proposed harbour deal", "council"),
    ("Okafor stood by her remarks about the port.", "stood", "her remarks", "Okafor"),
    ("Mayor Lee has fulminated against the port cartel for years.", "fulminated against",
     "the port cartel", "Lee"),
    ("The growers balked at paying the new fee.", "balked at", "paying the new fee",
     "growers"),
    ("Okafor lashed out at the harbour board.", "lashed out at", "the harbour board",
     "Okafor"),
    ("Okafor disagreed with the mayor.", "disagreed", "the mayor", "Okafor"),
    ("Okafor spoke out against the levy.", "spoke", "the levy", "Okafor"),
]


@pytest.mark.parametrize("sentence,cue,content,speaker", CUES)
def test_attitude_cue_with_its_content(analyze_text, sentence, cue, content, speaker):
    report = analyze_text(sentence)
    assert_offsets(report)
    quotes = cued(report, cue)
    assert quotes and content in quotes[0].text, _quotes(report)
    if speaker is not None:
        assert speaker in (speaker_name(report, quotes[0]) or "")


NO_CUES = [
    # an infinitive or a gerund of feeling: no one feels anything yet
    ("The mayor was careful not to anger the dockers.", "anger"),
    ("The council risks angering the dockers with the levy.", "angering"),
    # a feeling with no cause, a thing divided, a place beside someone
    ("The dockers were angered.", "angered"),
    ("The harbour was divided into three basins.", "divided"),
    ("With her husband standing by her side, Okafor spoke.", "standing"),
    # the verbs without their preposition
    ("The donkey balked and the cart stopped.", "balked"),
]


@pytest.mark.parametrize("sentence,cue", NO_CUES)
def test_the_same_verbs_are_no_cues(analyze_text, sentence, cue):
    report = analyze_text(sentence)
    assert_offsets(report)
    assert not cued(report, cue), _quotes(report)
