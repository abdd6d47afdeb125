"""Nouns that name a PLOVER event only with the word that says what was done
(event_noun_phrases.yaml): "punitive measures" (SANCTION), "the transfer of arms" (AID),
while "security measures" and "the transfer of power" name no event."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    data = load_yaml("event_noun_phrases.yaml")
    return ({k: dict(v) for k, v in data["modified"].items()},
            {k: dict(v) for k, v in data["of_objects"].items()})


def phrase_cameo(token: Token) -> str | None:
    """The CAMEO code of a noun that a modifier ("punitive measures") or its 'of' object
    ("transfer of arms and munitions") makes an event, or None."""
    if token.pos_ != "NOUN":
        return None
    modified, of_objects = _table()
    lemma, form = token.lemma_.lower(), token.lower_
    found = modified.get(form) or modified.get(lemma)
    if found:
        for c in token.children:
            if c.dep_ in ("amod", "compound") and c.lower_ in found:
                return found[c.lower_]
    found = of_objects.get(form) or of_objects.get(lemma)
    if found:
        for p in token.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj":
                        for w in (o, *o.conjuncts):
                            code = found.get(w.lower_) or found.get(w.lemma_.lower())
                            if code:
                                return code
    return None


def prepare() -> None:
    """Load the table now (see :func:`wiretrace.pipeline.load`)."""
    _table()
