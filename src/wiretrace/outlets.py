"""Outlet names and the normal form of a source's name, without spaCy: the store links
sources and outlets across articles with them (``store.linking``), and the attribution
layer finds outlets in the text with the same table (``nlp.sources``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load_yaml

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "one", "another"}


@dataclass(frozen=True)
class OutletLexicon:
    canonical: dict[str, str]  # normalized name or alias -> the outlet's name
    countries: dict[str, str | None]  # the outlet's name -> its country (None: not given)
    cue_words: frozenset[str]
    endings: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def outlets() -> OutletLexicon:
    data = load_yaml("outlets.yaml")
    canonical, countries = {}, {}
    for entry in data["outlets"]:
        countries[entry["name"]] = entry.get("country")
        for name in [entry["name"], *entry.get("aliases", [])]:
            canonical[normalize(name)] = entry["name"]
    cues = data["name_cues"]
    return OutletLexicon(
        canonical=canonical,
        countries=countries,
        cue_words=frozenset(cues["words"]),
        endings=tuple(tuple(e.split()) for e in cues["endings"]),
    )


def normalize(name: str) -> str:
    words = name.replace("\u2019", "'").split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if words and words[-1] in ("'s", "'"):
        words = words[:-1]
    return " ".join(w.lower() for w in words)
