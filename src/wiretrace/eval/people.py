"""People within one article, against the splits and merges judged by hand (issue 20).

The judgment file (``docs/judgments/people-voa.tsv``) has one row per story (kind ``ok``)
or per error found (kind ``split`` or ``merged``), and, after each re-judgment, one row
per earlier error (kind ``fixed`` or ``still``).  Its columns::

    story half kind entities note

``entities`` names the entities of an error (``A | B``; for a merge the first is the one
that holds the wrong mention); ``note`` gives the mentions by their character offsets
(``he@3181``).  The stories are analyzed as they were judged: the title, a blank line and
the text, the date part of ``published``, outlet ``VOA`` (``actor_codes.story_article``),
all at once with ``pipeline.analyze_many``.  Halves: the judged stories sorted by id, the
first half ``dev`` (rules are developed on it), the rest ``check``.  A file judged on
stories as ``wiretrace analyze`` reads them (``docs/judgments/people-polnear-dev2.tsv``)
is scored with ``as_read``: the record's own text, date and outlet, and its ``half``.

Each judged error is looked for again in the output now:

* a **split** stands while the mentions its note names (every ``@N``) lie in two or more
  entities; a mention in no entity is left out (unlinked is no error);
* a **merge** stands while the first mention its note names (the wrong one) lies in the
  entity it was judged in (the same name, or an entity with a mention of that name); in
  no entity it is gone; in another entity it has **moved** and a judge must read it,
  unless the latest re-judgment row of the error names that entity (``rejudged``) or
  the row itself says the mention stands for it (``to referent``: the second entity
  listed, or a name the note gives before "listed").

New candidates are listed for a judge to read (found mechanically, not errors by
themselves): two entities sharing a name word, one a PERSON ("Hayat" and "Imran Hayat");
an entity holding two different full names ("Albert Gee", "David Gee"); a person's
pronoun (he, she, him, her, ...) in an entity that is not a PERSON, and an entity holding
both "he" and "she".  A candidate whose entities' names the story's judged rows already
name is marked ``judged``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import combinations
from pathlib import Path

from ..errors import InputError
from .actor_codes import analyze_judged
from .scoring import judged_listings, table_lines

COLUMNS = ("story", "half", "kind", "entities", "note")
KINDS = ("ok", "split", "merged", "fixed", "still")
ERROR_KINDS = ("split", "merged")
HALVES = ("dev", "check")
# Types of the entities a shared name word with a PERSON is not looked for in: a place or
# a body typed PERSON elsewhere ('Xinhua' and 'Xinhua News Agency') is no person split.
GROUP_OR_PLACE = frozenset({"GPE", "NORP", "ORG", "FAC", "LAW", "EVENT", "PRODUCT",
                            "LANGUAGE"})
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
# Words of a name that say nothing of whom it names: titles, particles, determiners.
NOT_NAME_WORDS = frozenset({
    "al", "el", "bin", "ibn", "de", "da", "del", "di", "du", "la", "le", "van", "von", "der",
    "den", "the", "of", "and", "mr", "mrs", "ms", "dr", "president", "minister", "prime",
    "general", "gen", "sen", "rep", "gov", "king", "queen", "prince", "pope", "u.s", "u.n"})


def _norm(text: str) -> str:
    """Lower case, straight apostrophes, one space, no accents ('Moïse' is 'Moise')."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split()).lower()


def name_words(name: str) -> set[str]:
    """The words of a name that may be shared by two people's names: capitalized words
    without a possessive 's, less titles and particles."""
    words = set()
    for word in re.split(r"[\s\-]+", name.replace("\u2019", "'")):
        word = re.sub(r"'s$", "", word).strip(".,;:'\"()")
        if len(word) > 1 and word[0].isupper() and _norm(word) not in NOT_NAME_WORDS:
            words.add(_norm(word))
    return words


def read_judgments(path: Path | str) -> list[dict]:
    rows = []
    for number, cells in table_lines(path, COLUMNS):
        row = {k: v.strip() for k, v in zip(COLUMNS, cells, strict=False)}
        row = {k: row.get(k, "") for k in COLUMNS}
        if row["kind"] not in KINDS:
            raise InputError(f"kind {row['kind']!r} is not one of {', '.join(KINDS)}",
                             where=f"{path}:{number}")
        if row["half"] not in HALVES:
            raise InputError(f"half {row['half']!r} is not dev or check",
                             where=f"{path}:{number}")
        row["offsets"] = [int(n) for n in re.findall(r"@(\d+)", row["note"])]
        if row["kind"] in ERROR_KINDS and not row["offsets"]:
            raise InputError("an error's note must name its mentions by offset (@N)",
                             where=f"{path}:{number}")
        row["line"] = number
        rows.append(row)
    return rows


def judged_errors(rows: list[dict]) -> list[dict]:
    """The errors judged (split and merged rows), each with the status of the latest
    re-judgment row of the same story and entities (``fixed``/``still``; ``judged`` when
    none) and, for a merge, its kind (pp: person with person, pn: with a non-person).
    Where several error rows of a story name the same entities (one row per wrong
    mention), a re-judgment row is that error's when its first offset is the error's."""
    errors = []
    keys = Counter((r["story"], r["entities"]) for r in rows if r["kind"] in ERROR_KINDS)
    for row in rows:
        if row["kind"] not in ERROR_KINDS:
            continue
        key = (row["story"], row["entities"])
        later = [r for r in rows if r["kind"] in ("fixed", "still") and r["line"] > row["line"]
                 and (r["story"], r["entities"]) == key
                 and (keys[key] == 1 or r["offsets"][:1] == row["offsets"][:1])]
        mark = re.search(r"\b(pp|pn):", row["note"])
        errors.append({**row, "status": later[-1]["kind"] if later else "judged",
                       "later": later[-1]["note"] if later else "",
                       "merge": mark.group(1) if mark and row["kind"] == "merged" else ""})
    return errors


def entity_view(report) -> list[dict]:
    """The entities of one report as plain dicts: id, name, type, mentions (start, end,
    text)."""
    return [{"id": e.id, "name": e.name, "type": e.type,
             "mentions": [(m.start, m.end, m.text) for m in e.mentions]}
            for e in report.entities]


def entity_at(entities: list[dict], offset: int) -> dict | None:
    """The entity with a mention starting at ``offset``, else one covering it."""
    for exact in (True, False):
        for e in entities:
            for start, end, _text in e["mentions"]:
                if (start == offset) if exact else (start <= offset < end):
                    return e
    return None


def _is_named(entity: dict, name: str) -> bool:
    wanted = _norm(name)
    return _norm(entity["name"]) == wanted or any(_norm(t) == wanted
                                                   for _s, _e, t in entity["mentions"])


def recheck(error: dict, entities: list[dict]) -> tuple[str, str]:
    """Whether a judged error stands in ``entities`` (one story's): ``still``, ``gone``
    or (a merge's mention in another entity) ``moved``, with what was found."""
    if error["kind"] == "split":
        found = [(n, entity_at(entities, n)) for n in error["offsets"]]
        held = {e["id"]: e["name"] for _n, e in found if e is not None}
        where = ", ".join(f"@{n} {e['name'] if e else '-'}" for n, e in found)
        return ("still" if len(held) > 1 else "gone"), where
    offset = error["offsets"][0]
    entity = entity_at(entities, offset)
    if entity is None:
        return "gone", f"@{offset} in no entity"
    judged_in = error["entities"].split(" | ")[0]
    state = "still" if _is_named(entity, judged_in) else "moved"
    if state == "moved" and _norm(entity["name"]) in _norm(error["later"]):
        state = "rejudged"  # where the re-judgment row says it went ('now in Jovenel Moise')
    elif state == "moved" and _names_referent(entity, error):
        state = "to referent"  # 'is Francesco Sisci': in the entity the note says it is
    return state, f"@{offset} in {entity['name']!r} ({entity['type']})"


def _names_referent(entity: dict, error: dict) -> bool:
    """Whether ``entity`` is the one a merge's row says the mention stands for: the second
    entity listed ('Ursula von der Leyen | Francesco Sisci'), or a name of it that the
    note gives before the entity judged wrong ("is Chin JouSen (entity 'Chin'), listed in
    ...")."""
    listed = error["entities"].split(" | ")[1:]
    if any(_is_named(entity, name) for name in listed):
        return True
    said = _norm(error["note"].split("listed")[0])
    return any(len(name_words(text)) and re.search(rf"\b{re.escape(_norm(text))}\b", said)
               for text in {entity["name"], *(t for _s, _e, t in entity["mentions"])})


def _pronoun(text: str) -> str:
    return text.lower() if text.lower() in MALE | FEMALE else ""


def candidates(story: str, entities: list[dict], judged_text: str) -> list[dict]:
    """Splits and merges found mechanically in one story's entities, for a judge to read."""
    out = []

    def add(kind: str, names: list[str], detail: str) -> None:
        seen = all(_norm(n) in judged_text for n in names)
        out.append({"story": story, "kind": kind, "entities": " | ".join(names),
                    "detail": detail, "judged": seen})

    words = {e["id"]: name_words(e["name"]) for e in entities}
    for a, b in combinations(entities, 2):
        types = {a["type"], b["type"]}
        if "PERSON" not in types or types & GROUP_OR_PLACE:
            continue  # 'Ghazni' (PERSON) and 'Ghazni province': a place typed PERSON
        shared = words[a["id"]] & words[b["id"]]
        if shared:
            full = " (both in full)" if min(len(words[a["id"]]), len(words[b["id"]])) > 1 else ""
            add("shared name word" if types == {"PERSON"} else "name word in another type",
                [a["name"], b["name"]],
                f"{a['type']}/{b['type']} share {', '.join(sorted(shared))}{full}")
    for e in entities:
        if e["type"] != "PERSON":
            continue
        names = {}
        for _s, _e, text in e["mentions"]:
            w = name_words(text)
            if len(w) >= 2:
                names.setdefault(frozenset(w), text)
        full = list(names.items())
        for (wa, ta), (wb, tb) in combinations(full, 2):
            if not (wa <= wb or wb <= wa):
                add("two full names", [e["name"]], f"{e['type']}: {ta!r} and {tb!r}")
                break
    for e in entities:
        pronouns = [(s, _pronoun(t)) for s, _e, t in e["mentions"] if _pronoun(t)]
        if e["type"] != "PERSON" and pronouns:
            add("person pronoun in a non-person", [e["name"]],
                f"{e['type']}: " + ", ".join(f"{p}@{s}" for s, p in pronouns))
        genders = {("m" if p in MALE else "f") for _s, p in pronouns}
        if len(genders) == 2:
            add("he and she in one entity", [e["name"]],
                f"{e['type']}: " + ", ".join(f"{p}@{s}" for s, p in pronouns))
    return out


def score(rows: list[dict], views: dict[str, list[dict]], halves: dict[str, str]) -> dict:
    """The judged errors looked for again in ``views`` (story id -> entity_view), the
    counts per half and the new candidates."""
    errors = []
    for error in judged_errors(rows):
        state, found = recheck(error, views[error["story"]])
        errors.append({**error, "now": state, "found": found})
    notes: dict[str, str] = {}
    for r in rows:
        notes[r["story"]] = notes.get(r["story"], "") + " " + _norm(r["entities"] + " "
                                                                     + r["note"])
    found = [c for sid in sorted(views) for c in candidates(sid, views[sid], notes.get(sid, ""))]
    out: dict = {}
    for name in HALVES:
        part = [e for e in errors if e["half"] == name]
        sids = [s for s in views if halves[s] == name]
        count = Counter((e["kind"], e["now"]) for e in part)
        out[name] = {
            "stories": len(sids),
            "person_entities": sum(e["type"] == "PERSON" for s in sids for e in views[s]),
            "splits_judged": sum(e["kind"] == "split" for e in part),
            "splits_now": count["split", "still"],
            "merges_judged": sum(e["kind"] == "merged" for e in part),
            "merges_now": count["merged", "still"],
            "merges_now_pp": sum(e["kind"] == "merged" and e["now"] == "still"
                                 and e["merge"] == "pp" for e in part),
            "merges_now_pn": sum(e["kind"] == "merged" and e["now"] == "still"
                                 and e["merge"] == "pn" for e in part),
            "moved": count["merged", "moved"],
            "to_referent": count["merged", "to referent"],
            "candidates": sum(halves[c["story"]] == name for c in found),
            "candidates_unjudged": sum(halves[c["story"]] == name and not c["judged"]
                                       for c in found)}
    out["errors"] = errors
    out["candidates"] = [{**c, "half": halves[c["story"]]} for c in found]
    return out


def evaluate(judgments: Path | str, stories: Path | str, as_read: bool = False) -> dict:
    """Score ``judgments`` on ``stories``; ``as_read``: each record analyzed as ``wiretrace
    analyze`` reads it (its own text, date and outlet; offsets into its text) and its own
    ``half`` field wins (the PolNeAR and web stories files), as the file's header says."""
    rows = read_judgments(judgments)
    halves, reports = analyze_judged(rows, "story", judgments, stories, as_read)
    views = {report.article.id: entity_view(report) for report in reports}
    return score(rows, views, halves)


def _describe(item: dict, key: str) -> list[str]:
    if key == "candidates":
        mark = " (judged)" if item["judged"] else ""
        return [f"  {item['story']} {item['kind']}{mark}: {item['entities']} -- {item['detail']}"]
    kind = item["kind"] + (f" {item['merge']}" if item["merge"] else "")
    return [f"  {item['story']} {kind} [{item['entities']}] judged {item['status']}, now "
            f"{item['now']}: {item['found']}"]


def render(result: dict, show: tuple[str, ...] = ("dev",)) -> str:
    lines = []
    for name in HALVES:
        r = result[name]
        lines.append(
            f"{name}: stories {r['stories']}, PERSON entities {r['person_entities']}; judged "
            f"splits {r['splits_judged']}, standing {r['splits_now']}; judged merges "
            f"{r['merges_judged']}, standing {r['merges_now']} (pp {r['merges_now_pp']}, "
            f"pn {r['merges_now_pn']}), moved to the referent the row names "
            f"{r['to_referent']}, moved elsewhere (to read) {r['moved']}; candidates "
            f"{r['candidates']} ({r['candidates_unjudged']} not named in the judgments)")
    result = {**result, "standing": [e for e in result["errors"]
                                     if e["now"] in ("still", "moved", "to referent")],
              "new": [c for c in result["candidates"] if not c["judged"]],
              "seen": [c for c in result["candidates"] if c["judged"]]}
    sections = (("judged errors standing or moved (to referent: check)", "standing"),
                ("candidates not named in the judgments (to read)", "new"),
                ("candidates the judgments name", "seen"))
    lines += judged_listings(result, show, sections,
                             lambda i, k: _describe(i, "errors" if k == "standing"
                                                    else "candidates"))
    return "\n".join(lines)
