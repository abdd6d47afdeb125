"""Issue 18, round 44 (h-evactor44): a finite verb the parser hangs on the noun after it
as a modifier (nlp/events/misparsed.py).  Sentences written for the test; the hand-built
parses copy the parser's error so that the rule is tested apart from the model."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from wiretrace.nlp.events.misparsed import finite_modifier
from wiretrace.render import happened


def _doc(nlp, words, heads, deps, tags, pos, ents=()):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_name_verb_name_with_no_verb_root(nlp):
    # "Macron hosted Scholz in Paris ." parsed with 'hosted' a modifier of the root Scholz
    doc = _doc(nlp, ["Macron", "hosted", "Scholz", "in", "Paris", "."],
               [2, 2, 2, 2, 3, 2], ["nmod", "amod", "ROOT", "prep", "pobj", "punct"],
               ["NNP", "VBN", "NNP", "IN", "NNP", "."],
               ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
               [(0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "GPE")])
    subjects, obj = finite_modifier(doc[1])
    assert [t.text for t in subjects] == ["Macron"] and obj.text == "Scholz"


def test_no_rule_when_the_sentence_has_a_verb_root(nlp):
    # "Macron met hosted Scholz" is no such misparse: the root is a verb
    doc = _doc(nlp, ["Macron", "praised", "detained", "journalists", "."],
               [1, 1, 3, 1, 1], ["nsubj", "ROOT", "amod", "dobj", "punct"],
               ["NNP", "VBD", "VBN", "NNS", "."],
               ["PROPN", "VERB", "VERB", "NOUN", "PUNCT"], [(0, 1, "PERSON")])
    assert finite_modifier(doc[2]) is None


def test_no_rule_for_a_modifier_inside_a_title(nlp):
    # "Smith has convicted fraudster Madoff": the participle's noun is itself a modifier
    doc = _doc(nlp, ["Smith", "has", "convicted", "fraudster", "Madoff", "."],
               [1, 1, 3, 4, 1, 1], ["nsubj", "ROOT", "amod", "compound", "dobj", "punct"],
               ["NNP", "VBZ", "VBN", "NN", "NNP", "."],
               ["PROPN", "VERB", "VERB", "NOUN", "PROPN", "PUNCT"],
               [(0, 1, "PERSON"), (4, 5, "PERSON")])
    assert finite_modifier(doc[2]) is None


def test_perfect_participle_parsed_as_modifier_gets_its_actors(analyze_text):
    # the parser reads 'banned' as an adjective of 'journalists' after "have since"
    text = ("Kampala\n\nUgandan police have since banned civilians from entering the forest "
            "reserve, says the district commissioner Moses Okello.")
    r = analyze_text(text, published="2026-11-30")
    events = [e for e in r.events if e.trigger.text == "banned" and happened(e)]
    assert [e.type for e in events] == ["COERCE"]
    assert any(a.role == "source" and "police" in a.text for a in events[0].actors)
    # the target is the verb's object, without the verb the parse put in its noun chunk
    assert [a.text for a in events[0].actors if a.role == "target"] == ["civilians"]
