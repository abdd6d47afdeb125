"""PETRARCH2's agent dictionary: the sectors that role and body nouns give a name
("Defense Ministry" GOV, MIL), split from codes.py (round 30)."""

from __future__ import annotations

from functools import lru_cache

from ... import cache
from ...lexicon import load_tsv, load_yaml
from ...model import Entity
from ..context import Context

# Agent sectors that describe people, not a body: a name's modifier with one of these
# does not give the body a sector ("International Criminal Court").
PEOPLE_SECTORS = frozenset({"CRM", "CVL", "UAF", "REB", "OPP", "ELI", "REF"})
# sectors an opposition role replaces (PETRARCH2: "opposition senator", "opposition mp" OPP)
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "ELI", "OPP"})


def _chunks(code: str) -> list[str]:
    """ "GOVMIL" -> ["GOV", "MIL"]."""
    return list(dict.fromkeys(code[i : i + 3] for i in range(0, len(code) - 2, 3)))


@lru_cache(maxsize=1)
@cache.on_disk("agents")  # 3,300 phrases split and sorted: kept between processes
def _agents() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """agents_petrarch.tsv: phrases (as words) with their sector code, by the first four
    letters of their first word, longest phrase first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    rows = [(r["phrase"], r["code"]) for r in load_tsv("agents_petrarch.tsv")]
    rows += list((load_yaml("generic_actors.yaml").get("agent_phrases") or {}).items())
    for phrase, code in rows:  # the supplement: phrases of a CAMEO sector PETRARCH2 lacks
        words = tuple(phrase.split())
        table.setdefault(words[0][:4], []).append((words, code))
    for phrases in table.values():
        phrases.sort(key=lambda p: -len(p[0]))
    return table


def regular_singulars(word: str) -> tuple[str, ...]:
    """The singulars a regular English plural would have (-s, -es, -ies, -men; Quirk et
    al. 1985, 5.80-5.87): "protesters" -> protester, "militias" -> militia, "gunmen" ->
    gunman; "bosses", "taxes", "churches" (-es after a sibilant, 5.82) -> boss, tax, church
    after the -s reading ("houses" -> house, hous), which stays first; empty for a word
    that is no such plural.  The one plural rule of the actor layer: _agent_word reads a
    dictionary word's plural by it, generic._singulars and force.capitalized_noun a
    plural the lemmatizer left whole (round 36: the two had rules of their own)."""
    if word.endswith("men"):
        return (word[:-3] + "man",)
    if word.endswith("ies"):
        return (word[:-3] + "y", word[:-1])  # "parties"; "zombies" (-ie + s, 5.82)
    if not word.endswith("s") or word.endswith("ss"):
        return ()
    if word.endswith(_SIBILANT_ES):
        return (word[:-1], word[:-2])
    return (word[:-1],)


_SIBILANT_ES = ("ses", "xes", "zes", "ches", "shes")


def _agent_word(word: str, phrase_word: str) -> bool:
    """A name's word matches a dictionary word: the same, a regular plural, or the rest
    of one of PETRARCH's stems ("minist" -> "ministry", "ministers")."""
    return (
        word == phrase_word
        # a regular plural (regular_singulars: "prison guards", "bosses", "governing
        # parties", "hit men"); before round 36 this read any word + "es" as a plural
        # ("toes" of "to"), which regular_singulars allows only after a sibilant
        or phrase_word in regular_singulars(word)
        or (
            len(phrase_word) >= 5
            and word.startswith(phrase_word)
            and len(word) - len(phrase_word) <= 4
            # a participle or deverbal adjective of a whole dictionary noun is no form
            # of that noun (inflection, Quirk et al. 1985, 3.2; round 41): "Crooked
            # Hillary" is no crook, "forced" no force, "supported" no support
            and not word.endswith(("ed", "ing"))
        )
    )


def agent_sectors(name: str, headed: bool = False) -> list[str]:
    """Sectors from the role and body nouns in an organization's name, longest phrase
    first (PETRARCH2's agent dictionary), the head's first: "Israeli Intelligence
    Ministry" -> GOV, SPY; "Defense Ministry" -> GOV, MIL; "Libyan National Army" ->
    MIL.  ``headed``: none unless a phrase ends the name ("military aid" is aid, no
    agent: PETRARCH2 has no AID agent, and its MILITARY does not code the thing).
    Round 32: a bare spokesperson takes the sectors of the body named before it, and a
    "secretary" the dictionary lacks is read as the same department's minister."""
    words = [w.strip(".,'\u2019()").lower() for w in name.replace("-", " ").split()]
    out, ends = _sectors(words, headed)
    if ends == 1 and words[-1] in spokespeople() and out[:1] == ["MED"]:
        # "police spokesman", "presidential spokesman", "rebel spokesman": one who speaks
        # for the body or group the words before name, as PETRARCH2 codes
        # GOVERNMENT_SPOKESPERSON GOV, MILITARY_SPOKESPERSON MIL and
        # SPOKESMAN_FOR_THE_OPPOSITION OPP; its bare SPOKESPERSON MED stays for a
        # spokesman of no body named
        body, _ = _sectors(words[:-1], False)
        if body:
            return body
    secretary = _closed()["secretary"]
    if not ends and words and words[-1] in secretary:
        # "Home Secretary", "Health Secretary": PETRARCH2 lists a department's cabinet
        # head as "X secretary" for some departments and as "X minister" for others
        # ("defense secretary" and "defence minister" GOVMIL, "foreign secretary" and
        # "foreign minister" GOV); a secretary it lacks is read as that minister ("home
        # minister" GOV), the same office under the British and American name; only a
        # department's minister ("press secretary" is no "press minister", and "minister"
        # alone no department)
        minister, ends = _sectors([*words[:-1], secretary[words[-1]]], headed)
        if ends >= 2:
            return minister
    return out


@lru_cache(maxsize=1)
def _closed() -> dict:
    """agents.yaml's closed word classes: spokespeople, secretary_as_minister,
    cabinet_titles, aides."""
    data = load_yaml("agents.yaml")
    spokes = frozenset(data["spokespeople"])
    return {"spokespeople": spokes, "secretary": dict(data["secretary_as_minister"]),
            "cabinet": frozenset(data["cabinet_titles"]),
            "aides": frozenset(data["aides"]) | spokes}


def spokespeople() -> frozenset[str]:
    """"spokesman", "spokeswomen", ... (agents.yaml ``spokespeople``)."""
    return _closed()["spokespeople"]


def aides() -> frozenset[str]:
    """Staff nouns of an office holder, spokespeople included (agents.yaml ``aides``)."""
    return _closed()["aides"]


def aide_noun(token) -> bool:
    """Whether ``token`` is a noun for a person's staff ("aide", "adviser", "spokesman",
    "press secretary"; agents.yaml ``aides``): whom it serves is its possessor ("Ms.
    Merkel's spokesman", "his senior climate adviser") or the object of its "to" ("an
    aide to Vice President X", "advisers to the company"), not the staff member itself
    (PETRARCH2: PRESIDENTIAL_AIDE GOV).  The one test of the aide readings, so the
    possessive and the "to" forms read the same nouns."""
    press = token.lower_ == "secretary" and any(c.lower_ == "press" for c in token.lefts)
    return press or bool({token.lower_, token.lemma_.lower()} & aides())


def _sectors(words: list[str], headed: bool) -> tuple[list[str], int]:
    """agent_sectors of lowercased words, with the length of the phrase that ends them
    (0: none does)."""
    found: list[tuple[int, int, str]] = []  # (end, length, code) of each phrase, in order
    i = 0
    while i < len(words):
        match = next(
            (
                (len(phrase), code)
                for phrase, code in _agents().get(words[i][:4], ())
                if i + len(phrase) <= len(words)
                and all(_agent_word(w, p) for w, p in zip(words[i:], phrase))
            ),
            None,
        )
        if match:
            i += match[0]
            found.append((i, match[0], match[1]))
        else:
            i += 1
    # the phrase that ends the name (its head) gives the main sector; the ones before it
    # add theirs, except words for people rather than bodies ("Criminal Court" is JUD)
    head = [code for end, _, code in found if end == len(words)]
    ends = next((n for end, n, _ in found if end == len(words)), 0)
    if headed and not head:
        return [], 0
    out = [c for code in head for c in _chunks(code)]
    out += [
        c
        for end, _, code in found
        if end < len(words)
        for c in _chunks(code)
        if c not in PEOPLE_SECTORS
    ]
    if out and out[0] != "OPP" and "opposition" in words[:-1]:
        # PETRARCH2 codes every "opposition" role OPP, political roles in it OPP alone
        # ("opposition leader", "opposition mp", "opposition senator" OPP; "opposition
        # journalist" OPPMED): "South African opposition politician" OPP, not PTY
        out = ["OPP", *[c for c in out if c not in POLITICAL_SECTORS]]
    return list(dict.fromkeys(out)), ends


def title_department(ctx: Context, entity: Entity) -> list[str]:
    """An organization NER cut from a cabinet title, no dictionary codes and that stands
    right before "Secretary" or "Minister" ("the then UK Home Secretary", "Interior
    Minister Fred Matiangi"): the department the title names, with the title's sectors
    (PETRARCH2's agent dictionary: "home minister" GOV, "defense minister" GOV, MIL;
    read in ``codes._code`` after the people)."""
    if entity.type != "ORG" or entity.sectors:
        return []
    for m in entity.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end >= len(ctx.doc):
            continue
        title = ctx.doc[span.end]
        if title.lower_ in _closed()["cabinet"] and not title.ent_type_:
            sectors = agent_sectors(f"{span.text} {title.text}", headed=True)
            if sectors:
                return sectors
    return []
