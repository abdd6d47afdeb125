"""Readings of a verb as a position held, not an act done: stances in the simple present
or held "long", generic objects ("condemns any violence"), outside headline fragments
(plover_verbs.yaml stance_verbs)."""

from __future__ import annotations

from spacy.tokens import Token

QUOTES = {"'", '"', "\u2019", "\u2018", "\u201c", "\u201d"}


def fragment(sent) -> bool:
    """A headline or caption-like fragment: no closing punctuation ("US Chinook helicopter
    shot down in Afghanistan", "Two Iranian diplomats expelled from Germany")."""
    last = next((w for w in reversed(sent) if not w.is_space and w.text not in QUOTES), None)
    return last is not None and last.text not in (".", "!", "?", ":", ";", "...")


def standing(verb: Token, lemma: str, present: frozenset[str],
             progressive: frozenset[str]) -> bool:
    """A stance verb in the simple present ("opposes", "claim") or held "long" or "always"
    ("has long supported", "had always opposed"), or a verb of disagreement
    in a progressive ("are disagreeing", "have been disputing"), outside a headline
    fragment: a state held (plover_verbs.yaml stance_verbs)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if lemma in present and verb.tag_ in ("VBZ", "VBP") and not aux:
        return not fragment(verb.sent)
    if lemma in present and any(c.dep_ == "advmod" and c.lower_ in ("long", "always")
                                for c in verb.children):
        return True  # "Uganda has long supported the rebels": a position held
    if lemma in progressive and verb.tag_ == "VBG" and aux and all(
            a.lower_ in ("is", "are", "am", "'re", "'s", "been", "has", "have", "'ve")
            for a in aux):
        return not fragment(verb.sent)
    return False


def generic_stance(verb: Token, quantifiers: frozenset[str], exempt: frozenset[str]) -> bool:
    """A verb in the simple present whose object is any or every act of a kind ("saying it
    condemns any violence against civilians", "opposes all forms of interference"): a
    position held, not an act done (plover_verbs.yaml stance_verbs.generic)."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in exempt or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    return any(o.dep_ == "dobj" and any(d.dep_ in ("det", "predet") and d.lower_ in quantifiers
                                        for d in o.children)
               for o in verb.children) and not fragment(verb.sent)
