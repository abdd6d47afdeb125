"""Write src/wiretrace/data/actors_states.yaml: every UN member state's government, foreign
ministry, armed forces and intelligence services, named agencies, the main international
organizations, and the heads of state and government of the G20, Libya, Israel and their
neighbours, each entry with its source (run by a developer; the output is committed).

    python tools/make_state_actors.py

Inputs:
  src/wiretrace/data/un_members.tsv   the UN member states (source: un.org)
  src/wiretrace/data/countries.tsv    country names, press aliases and demonyms
  tools/state_actors.yaml             hand-written: named agencies, IGOs, leaders
  src/wiretrace/data/actors_petrarch.tsv   read for the leaders' older roles (below)

The naming rule: for each member state, the forms "Government of {name}", "{demonym}
government", "{demonym} Foreign Ministry", "{demonym} Armed Forces", "{demonym} army",
"{demonym} intelligence" ... (PATTERNS) with its name, UN name, press aliases and
adjectival demonym.  A form that two states would share is dropped, and names that are
not one country's (SKIP_NAMES, SKIP_DEMONYMS) are never used.

A name in this file hides the same name in PETRARCH2's dictionary (a later dictionary is not
looked up).  So that a leader keeps the older roles PETRARCH2 dates ("Recep Tayyip
Erdogan" TURELI 1972-2002), the rows PETRARCH2 gives a leader's name that are undated or
end before the leader's first role here are copied over, with PETRARCH2 as their source.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "wiretrace" / "data"
INPUT = Path(__file__).with_name("state_actors.yaml")
OUT = DATA / "actors_states.yaml"

RULE_SOURCE = ("wiretrace naming rule over the UN member list (data/un_members.tsv, from "
               "un.org) and the names and demonyms of data/countries.tsv")
PETRARCH_SOURCE = ("PETRARCH2/Phoenix Countries dictionary (MIT, (c) 2014 Open Event Data), "
                   "row of data/actors_petrarch.tsv kept for this name")

# role -> (sector, forms with a country name {n}, forms with an adjectival demonym {d})
PATTERNS = {
    "government": ("GOV",
                   ["Government of {n}", "{n} Government"],
                   ["{d} Government"]),
    "foreign ministry": ("GOV",
                         ["Ministry of Foreign Affairs of {n}", "Foreign Ministry of {n}",
                          "{n} Foreign Ministry", "{n} Ministry of Foreign Affairs"],
                         ["{d} Foreign Ministry", "{d} Ministry of Foreign Affairs",
                          "{d} Foreign Affairs Ministry"]),
    "armed forces": ("MIL",
                     ["Armed Forces of {n}", "{n} Armed Forces", "{n} Army", "{n} Navy",
                      "{n} Air Force", "{n} military"],
                     ["{d} Armed Forces", "{d} military", "{d} Army", "{d} Navy",
                      "{d} Air Force", "{d} Defence Forces", "{d} Defense Forces"]),
    "intelligence services": ("SPY",
                              ["{n} intelligence", "{n} Intelligence Service",
                               "{n} Intelligence Agency"],
                              ["{d} intelligence", "{d} intelligence services",
                               "{d} Intelligence Service", "{d} Intelligence Agency",
                               "{d} intelligence agencies", "{d} spy agency",
                               "{d} military intelligence"]),
}
# Names that stand for something else as often as for the state: the US state of Georgia
# ("Georgia government"), "Congo" for two states; "America" (the continent).  Their
# "... of X" forms are kept where unambiguous ("Ministry of Foreign Affairs of Georgia").
SKIP_NAMES = {"COG": {"Congo"}, "USA": {"America"},
              "CHN": {"mainland China"}}
SKIP_NAME_PREFIX_ONLY = {"GEO"}  # keep "Government of Georgia", drop "Georgia Army"
# "Congolese" is said of both Congos (countries.tsv gives it to DR Congo for lack of a
# better choice); here it is not used.
SKIP_DEMONYMS = {"COD": {"Congolese"}}
# Adjectives the press uses besides countries.tsv's first demonym.
MORE_ADJECTIVES = {"ARG": ["Argentinian"], "AZE": ["Azeri"], "KAZ": ["Kazakhstani"],
                   "PHL": ["Philippine"], "SAU": ["Saudi Arabian"], "LAO": ["Laotian"],
                   "NPL": ["Nepalese"], "MMR": ["Myanmar"], "SVN": ["Slovene"],
                   "KGZ": ["Kyrgyzstani"], "UZB": ["Uzbekistani"], "TJK": ["Tajikistani"]}
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
ROLE_ORDER = ("government", "foreign ministry", "armed forces", "intelligence services")


def _tsv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split("|") if v]


def _key(name: str) -> str:
    """The lookup key (entities._dictionary_code): lower-cased, single spaces, no "the"."""
    return " ".join(name.lower().split()).removeprefix("the ")


def _the(name: str) -> str:
    """"of the United States", "of the Philippines": names said with "the"."""
    first = name.split()[0]
    if name.endswith("s") or first in {"United", "Republic", "Democratic", "Czech", "Dominican",
                                       "Central", "Russian", "Islamic", "Kingdom", "Federated",
                                       "State", "Syrian", "Lao", "People's"}:
        return f"the {name}"
    return name


def country_forms(members: list[dict], countries: dict[str, dict]):
    """alpha3 -> (names, adjectives): the forms the naming rule uses for each member."""
    out = {}
    for member in members:
        code = member["alpha3"]
        row = countries[code]
        names = [row["name"], *_split(row["aliases"])]
        if "(" not in member["un_name"]:
            names.append(member["un_name"])
        names = [n.removeprefix("The ") for n in names if n not in SKIP_NAMES.get(code, ())]
        names = list(dict.fromkeys(names))
        demonyms = _split(row["demonyms"])[:1] + MORE_ADJECTIVES.get(code, [])
        adjectives = [d for d in dict.fromkeys(demonyms) if d not in SKIP_DEMONYMS.get(code, ())]
        out[code] = (names, adjectives)
    return out


def rule_entries(forms: dict[str, tuple[list[str], list[str]]]) -> list[dict]:
    """The naming rule's entries; a form two states would share is dropped from both."""
    made: dict[tuple[str, str], list[str]] = {}
    owners: dict[str, set[str]] = {}
    for code, (names, adjectives) in forms.items():
        for role in ROLE_ORDER:
            _sector, with_name, with_adjective = PATTERNS[role]
            found = []
            for name in names:
                for pattern in with_name:
                    if code in SKIP_NAME_PREFIX_ONLY and not pattern.endswith("{n}"):
                        continue
                    found.append(pattern.format(n=_the(name) if pattern.endswith("{n}")
                                                else name))
            for adjective in adjectives:
                found += [pattern.format(d=adjective) for pattern in with_adjective]
            found = list(dict.fromkeys(found))
            made[(code, role)] = found
            for name in found:
                owners.setdefault(_key(name), set()).add(code)
    shared = {k for k, codes in owners.items() if len(codes) > 1}
    if shared:
        print(f"dropped {len(shared)} forms two states share: {sorted(shared)[:10]}",
              file=sys.stderr)
    out = []
    for (code, role), found in made.items():
        found = [n for n in found if _key(n) not in shared]
        sector = PATTERNS[role][0]
        out.append({"name": found[0], "aliases": found[1:], "country": code,
                    "sector": sector, "source": f"{RULE_SOURCE}: the {role} of {code}"})
    return out


def _iso(value) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value or "")


def leader_entries(blocks: dict) -> list[dict]:
    out = []
    for block, spec in blocks.items():
        country = "" if block.startswith("IGO") else block
        for person in spec["people"]:
            entry = {"name": person["name"]}
            if person.get("aliases"):
                entry["aliases"] = list(dict.fromkeys(
                    a for a in person["aliases"] if a != person["name"]))
            where = person.get("country", country)
            if where:
                entry["country"] = where
            entry["sector"] = person.get("sector", "GOV")
            for bound in ("since", "until"):
                if person.get(bound):
                    entry[bound] = _iso(person[bound])
            entry["source"] = person.get("source") or spec["source"]
            out.append(entry)
    return out


def petrarch_history(leaders: list[dict], petrarch: list[dict]) -> list[dict]:
    """PETRARCH2's rows for the leaders' names that are undated or end before the first
    role given here: kept, since this file's entry hides PETRARCH2's name."""
    rows: dict[str, list[dict]] = {}
    for row in petrarch:
        rows.setdefault(row["name"], []).append(row)
    first: dict[str, str] = {}
    for entry in leaders:
        for name in [entry["name"], *entry.get("aliases", [])]:
            key = _key(name)
            since = entry.get("since", "")
            if key not in first or (since and since < first[key]):
                first[key] = since
    from wiretrace.nlp.actors import gazetteer

    out = []
    for key, since in sorted(first.items()):
        for row in rows.get(key, []):
            code = row["code"]
            closed = row["until"] and since and row["until"] <= since
            if not (closed or not (row["since"] or row["until"])):
                continue
            if not all(DAY.fullmatch(row[b]) for b in ("since", "until") if row[b]):
                continue  # a malformed date in the source ("2004-01-7")
            entry = {"name": key}
            if code[:3] in ("IGO", "NGO", "MNC"):
                entry["sector"] = code[:3]
            elif gazetteer.country_of_code(code[:3]) and len(code) >= 6:
                entry["country"], entry["sector"] = code[:3], code[3:6]
            else:
                continue  # a bare country code or a region: no sector to keep
            for bound in ("since", "until"):
                if row[bound]:
                    entry[bound] = row[bound]
            entry["source"] = f"{PETRARCH_SOURCE} ({code})"
            out.append(entry)
    return out


def check(entries: list[dict]) -> None:
    """The file loads through the real reader (actors.rows) without error."""
    from wiretrace.nlp.actors import dictionaries as actors

    actors.rows({"actors": entries}, "actors_states.yaml (generated)")
    missing = [e["name"] for e in entries if not str(e.get("source", "")).strip()]
    assert not missing, f"entries without a source: {missing}"


def overrides(entries: list[dict], petrarch: list[dict]) -> list[str]:
    """Names whose PETRARCH2 code this file changes (for the developer to review)."""
    codes: dict[str, set[str]] = {}
    for row in petrarch:
        codes.setdefault(row["name"], set()).add(row["code"][:6])
    out = []
    for entry in entries:
        if entry["source"].startswith(PETRARCH_SOURCE):
            continue
        mine = entry.get("country", "") + entry["sector"]
        for name in [entry["name"], *entry.get("aliases", [])]:
            theirs = codes.get(_key(name))
            if theirs and mine not in theirs and not any(c.startswith(mine) for c in theirs):
                out.append(f"{name}: {sorted(theirs)} -> {mine}")
    return out


HEADER = """\
# State actors: every UN member state's government, foreign ministry, armed forces and
# intelligence services; named agencies; the main international organizations; the heads
# of state and government of the G20 (with the EU and African Union leadership), Libya,
# Israel and their neighbours, with the dates they held office.
# Generated by tools/make_state_actors.py -- do not edit; edit tools/state_actors.yaml and
# rerun it.  Written for wiretrace; each entry's `source` names where its facts come from:
# the naming rule over the UN's member list (https://www.un.org/en/about-us/member-states),
# the public sources named in tools/state_actors.yaml, or PETRARCH2 (MIT) for older roles.
# The leader list is as known in October 2025; update it as docs/actors.md says.
# Looked up after the user's dictionaries and actors_wiretrace.yaml, before PETRARCH2.
"""


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    members = _tsv(DATA / "un_members.tsv")
    countries = {row["alpha3"]: row for row in _tsv(DATA / "countries.tsv")}
    petrarch = _tsv(DATA / "actors_petrarch.tsv")
    spec = yaml.safe_load(INPUT.read_text(encoding="utf-8"))
    member_states = [m for m in members if m["status"] == "member"]
    assert len(member_states) == 193, len(member_states)

    rules = rule_entries(country_forms(member_states, countries))
    named = [dict(e) for e in spec["agencies"] + spec["igos"]]
    for entry in named:
        for bound in ("since", "until"):
            if entry.get(bound):
                entry[bound] = _iso(entry[bound])
    leaders = leader_entries(spec["leaders"])
    history = petrarch_history(leaders, petrarch)
    entries = named + leaders + history + rules
    check(entries)
    for line in overrides(entries, petrarch):
        print("changes PETRARCH2:", line, file=sys.stderr)

    text = yaml.safe_dump({"actors": entries}, allow_unicode=True, sort_keys=False,
                          width=100, default_flow_style=None)
    OUT.write_text(HEADER + text, encoding="utf-8")
    names = sum(1 + len(e.get("aliases", [])) for e in entries)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(entries)} entries ({len(rules)} by the naming "
          f"rule, {len(named)} agencies and IGOs, {len(leaders)} leader roles, {len(history)} "
          f"older roles from PETRARCH2), {names} names")


if __name__ == "__main__":
    main()
