"""Actor dictionaries in YAML: the project's supplement (data/actors_wiretrace.yaml), the
generated state actors (data/actors_states.yaml, by tools/make_state_actors.py) and the
user's own files (setting ``actors``, ``--actors``).  Format in docs/actors.md:

    actors:
      - name: Saddam Haftar
        aliases: [Saddam Khalifa Haftar]
        country: LBY          # ISO 3166-1 alpha-3
        sector: MIL           # PLOVER/CAMEO sector
        since: 2016-01-01     # optional: the dates this code holds
        until: 2030-12-31
        source: "where the facts come from"

An entry becomes rows in the same shape as the converted PETRARCH2 dictionaries:
lowercased name -> [(code, since, until)], the code being country + sector ("LBYMIL"), or
the sector alone for international and non-governmental organizations and companies."""

from __future__ import annotations

import datetime as dt
import os
import re
from functools import lru_cache
from pathlib import Path

import yaml

from ...errors import InputError
from ...lexicon import data_text, load_yaml, parse_yaml
from . import gazetteer

Rows = dict[str, list[tuple[str, str, str]]]
# sectors of bodies of no one state: international, non-governmental, multinational, and
# (the project's own entries) a transnational armed group, REB with no country (CAMEO
# IMG, "international militarized group": the Islamic State)
KINDS_WITHOUT_COUNTRY = {"IGO", "NGO", "MNC", "REB"}
FIELDS = {"name", "aliases", "country", "sector", "since", "until", "source"}
SECTOR = re.compile(r"^[A-Z]{3}$")


def _date(value, where: str) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    text = str(value)
    if not re.fullmatch(r"\d{4}(-\d{2}){0,2}", text):
        raise InputError(f"{where}: a date must be YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    return text


def rows(data, where: str) -> Rows:
    """Rows from a parsed dictionary; a clear error names the file and the entry."""
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise InputError(f"{where}: expected a mapping with a list under 'actors'")
    out: Rows = {}
    for i, entry in enumerate(data["actors"], 1):
        here = f"{where}: actor {i}"
        if not isinstance(entry, dict) or not entry.get("name"):
            raise InputError(f"{here}: each actor needs a 'name'")
        unknown = set(entry) - FIELDS
        if unknown:
            raise InputError(f"{here} ({entry['name']}): unknown field(s) {sorted(unknown)}; "
                             f"known: {sorted(FIELDS)}")
        country = str(entry.get("country") or "").upper()
        sector = str(entry.get("sector") or "").upper()
        if country and gazetteer.country_of_code(country) is None:
            raise InputError(f"{here} ({entry['name']}): {country!r} is not an ISO 3166-1 "
                             "alpha-3 country code")
        if sector and not SECTOR.match(sector):
            raise InputError(f"{here} ({entry['name']}): sector {sector!r} is not a 3-letter "
                             "code such as GOV, MIL, IGO")
        if not country and sector not in KINDS_WITHOUT_COUNTRY:
            raise InputError(f"{here} ({entry['name']}): give a country, or a sector IGO, NGO, "
                             "MNC or REB")
        code = sector if not country else country + sector
        span = (_date(entry.get("since"), here), _date(entry.get("until"), here))
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list):
            raise InputError(f"{here} ({entry['name']}): 'aliases' must be a list")
        for name in [entry["name"], *aliases]:
            key = " ".join(str(name).lower().split())
            out.setdefault(key, []).append((code, *span))
    return out


def read_shipped() -> Rows:
    """data/actors_wiretrace.yaml (read when the dictionaries are built: entities)."""
    return rows(load_yaml("actors_wiretrace.yaml"), "data/actors_wiretrace.yaml")


def read_states() -> Rows:
    """data/actors_states.yaml: generated, so read with libyaml's fast loader where there
    is one (the generator and the data-file tests check it for repeated keys)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(data_text("actors_states.yaml"), Loader=loader)  # a safe loader
    return rows(data, "data/actors_states.yaml")


def read_user(paths: str) -> list[Rows]:
    """The user's dictionaries, first one first (it wins over later ones)."""
    out = []
    for path in [p for p in paths.split(os.pathsep) if p.strip()]:
        try:
            text = Path(path).expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read the actor dictionary {path}: {exc}") from exc
        try:
            data = parse_yaml(text)
        except Exception as exc:  # a YAML syntax error, a repeated key
            raise InputError(f"{path}: not valid YAML ({exc})") from exc
        out.append(rows(data, path))
    return out


# ------------------------------------------- an organization's sector from its name's words

@lru_cache(maxsize=1)
def _name_words() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """generic_actors.yaml: an organization's sector from the word that ends its name
    (its head) or the words that start it (a UN body)."""
    data = load_yaml("generic_actors.yaml")
    prefixes = {tuple(k.split()): v for k, v in data["organization_prefixes"].items()}
    return dict(data["organization_heads"]), prefixes


def _name_words_of(name: str) -> list[str]:
    return [w.strip(",'\u2019()").lower() for w in name.replace("-", " ").split()]


def _name_sector(name: str) -> str | None:
    """"National Congress Party" PTY, "Global Source Partners" BUS, "U.N. Commission on
    the Limits of the Continental Shelf" IGO: the head word of an organization's name, or
    a UN prefix (not the name "UN" alone: the dictionaries code it)."""
    words = _name_words_of(name)
    heads, prefixes = _name_words()
    if len(words) < 2:
        return None
    for prefix, code in prefixes.items():
        if tuple(words[:len(prefix)]) == prefix and len(words) > len(prefix):
            return code
    found = heads.get(words[-1].rstrip("."))
    # the head before the name's first "of" or "for" ("Institute of International
    # Studies", "Foundation for Middle East Peace", "Center for American Progress"): the
    # prepositional phrase postmodifies the head (CGEL ch. 5), as PETRARCH2 writes such
    # names (CENTER_FOR_REPRODUCTIVE_RIGHTS NGO); "for" from round 39
    for word in ("of", "for"):
        if found is None and word in words[1:]:
            found = heads.get(words[words.index(word, 1) - 1])
    return found


def chamber_body(name: str) -> bool:
    """"House Select Committee on Intelligence", "Senate Armed Services Committee": a
    committee of a legislative chamber is the legislature's (``generic_actors.yaml:
    chamber_bodies``), whatever its subject names (not the intelligence services); and
    the chamber named by its short name alone or after its country's or US state's
    ("the House", "U.S. House", "Indiana House": PETRARCH2's HOUSE_OF_REPRESENTATIVES,
    SENATE LEG; not "Freedom House")."""
    words = _name_words_of(name)
    table = load_yaml("generic_actors.yaml")["chamber_bodies"]
    if words and words[-1] in table["chambers"]:
        rest = " ".join(w for w in name.split()[:-1] if w.lower() != "the")
        return not rest or bool(gazetteer.country_of_name(rest) or gazetteer.us_state(rest))
    return len(words) >= 2 and words[0] in table["chambers"] and any(
        w in table["bodies"] for w in words[1:])


def branch_body(name: str) -> str | None:
    """"UNHCR Kenya", "Save the Children UK": the body whose office in a country a name
    stands for, where the name ends in the country's name and something comes before it;
    else None."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n and gazetteer.country_of_name(" ".join(words[-n:])):
            return " ".join(words[:-n])
    return None
