"""Coverage audit of PETRARCH2's agent dictionary (issues 18 and 20): is every agent noun
coded, as a generic actor, with the dictionary's sector and the right country?

    PYTHONPATH=src .venv/bin/python tools/agent_coverage.py [--step 10] [--start 0]
        [--frames adj,of,place,bare] [--forms plural,singular] [--show N] [--json]

For every --step-th phrase of data/agents_petrarch.tsv (from --start; --step 1: all of
them) and the supplement's nouns (generic_actors.yaml: nouns, sectors), in the singular and
a regular plural (the last word pluralized; phrases with a preposition inside are kept
singular only), the tool writes one invented article per frame, with a country taken in
turn from a fixed list of countries (their demonym and capital from data/countries.tsv):

    adj    "Ruritanian <agents> attacked the village of Dunmore on Monday."
    of     "<Agents> of Ruritania attacked the village of Dunmore on Monday."
    place  "<Agents> in <capital> attacked the village of Dunmore on Monday."
    bare   an article about one country: "<Country> is in crisis. <Agents> attacked the
           village of Dunmore on Monday. <Country> has seen months of unrest."

and analyzes it with the pipeline.  The source of the "attacked" event is the agent; it is
right when its sector is the dictionary's first sector (the main one: GOVMIL -> GOV) and
its country the frame's country.  Failure causes: no event, not an actor (no source, or a
source with no sector), wrong sector (another of the code's sectors is told apart), no
country, wrong country (from the wrong place).  A singular role noun alone in the bare
frame ("A farmer attacked ...") is by design no actor (docs/actors.md: one person, not a
group); its line is printed apart from the others.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from wiretrace.lexicon import load_tsv, load_yaml  # noqa: E402
from wiretrace.nlp.actors import gazetteer  # noqa: E402

# Countries taken in turn: one word names, a one-word demonym and a capital not named
# like the country.
COUNTRIES = ["KEN", "NGA", "PER", "THA", "EGY", "PAK", "UKR", "COL", "IDN", "TUR", "MEX",
             "ETH", "VEN", "POL", "VNM", "CHL", "GHA", "IRQ", "ARG", "MAR"]
FRAMES = ("adj", "of", "place", "bare")
PREPOSITIONS = frozenset({"of", "for", "in", "on", "to", "from", "at", "with", "by"})
IRREGULAR = {"man": "men", "woman": "women", "person": "people", "child": "children",
             "wife": "wives", "chief": "chiefs", "staff": "staff", "police": "police",
             "personnel": "personnel", "clergy": "clergy", "military": "military",
             "people": "people", "leadership": "leadership", "youth": "youths"}


def plural(phrase: str) -> str | None:
    """A regular English plural of the phrase's last word (Quirk et al. 1985, 5.80-5.87);
    None for a phrase with a preposition inside ("mp of the opposition") or one already
    plural."""
    words = phrase.split()
    if PREPOSITIONS & set(words[:-1]) or not words[-1].isalpha():
        return None
    last = words[-1]
    if last in IRREGULAR:
        form = IRREGULAR[last]
    elif last.endswith(("man", "woman")) and len(last) > 4:
        form = last[:-2] + "en"
    elif last.endswith("men") or last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return None  # already plural
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        form = last[:-1] + "ies"
    elif last.endswith(("ss", "sh", "ch", "x", "z", "us")):
        form = last + "es"
    else:
        form = last + "s"
    return " ".join([*words[:-1], form])


def nouns(step: int, start: int) -> list[tuple[str, str]]:
    """(phrase, first sector) of every step-th phrase of the dictionary, then the
    supplement's nouns, singular forms (the plurals are made by ``plural``)."""
    rows = [(r["phrase"], r["code"][:3]) for r in load_tsv("agents_petrarch.tsv")]
    sample = rows[start::step]
    seen = {p for p, _ in sample}
    extra = load_yaml("generic_actors.yaml")["sectors"]
    sample += [(w, c[:3]) for w, c in extra.items() if w not in seen]
    return [(p, c) for p, c in sample if re.fullmatch(r"[a-z][a-z' .-]*", p)]


def article(frame: str, agents: str, singular: bool, alpha3: str) -> tuple[str, str]:
    """(title, text) of one invented article."""
    country = gazetteer.country_of_code(alpha3)
    adj, name, capital = country.demonyms[0], country.name, country.capital
    det = ("An" if agents[0] in "aeiou" else "A") if singular else ""
    tail = " attacked the village of Dunmore on Monday."
    if frame == "adj":
        a = "an" if singular and adj[0] in "AEIOU" else "a"
        body = (f"{a.title()} {adj} {agents}" if singular else f"{adj} {agents}") + tail
    elif frame == "of":
        body = f"{det} {agents} of {name}{tail}" if singular else \
            f"{agents[0].upper()}{agents[1:]} of {name}{tail}"
    elif frame == "place":
        body = f"{det} {agents} in {capital}{tail}" if singular else \
            f"{agents[0].upper()}{agents[1:]} in {capital}{tail}"
    else:
        body = (f"{name} is in crisis. " + (f"{det} {agents}" if singular else
                f"{agents[0].upper()}{agents[1:]}") + tail +
                f" {name} has seen months of unrest.")
    return f"Unrest in {name}", body.strip()


def cause(report, sector: str, alpha3: str, code: str) -> str:
    events = [e for e in report.events if e.trigger.text == "attacked"]
    if not events:
        return "no event"
    sources = [a for a in events[0].actors if a.role == "source"]
    coded = [a for a in sources if a.sector]
    if not coded:
        return "not an actor"
    a = coded[0]
    if a.sector != sector:
        return "other sector of its code" if a.sector in code else "wrong sector"
    if a.country is None:
        return "no country"
    if a.country != alpha3:
        return "wrong country"
    return "right"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--step", type=int, default=10)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--frames", default=",".join(FRAMES))
    parser.add_argument("--forms", default="plural,singular")
    parser.add_argument("--show", type=int, default=0, help="failures to list per frame")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from wiretrace.api import analyze_many, load

    full = {r["phrase"]: r["code"] for r in load_tsv("agents_petrarch.tsv")}
    cases = []
    for n, (phrase, sector) in enumerate(nouns(args.step, args.start)):
        alpha3 = COUNTRIES[n % len(COUNTRIES)]
        forms = {"singular": phrase, "plural": plural(phrase)}
        for form in args.forms.split(","):
            if forms.get(form) is None:
                continue
            for frame in args.frames.split(","):
                title, text = article(frame, forms[form], form == "singular", alpha3)
                cases.append((phrase, forms[form], form, frame, sector, alpha3,
                              f"{title}\n\n{text}"))
    nlp = load()
    results = defaultdict(Counter)
    failures = defaultdict(list)
    reports = analyze_many((c[-1] for c in cases), published="2024-05-06", nlp=nlp)
    for case, report in zip(cases, reports, strict=True):
        phrase, text, form, frame, sector, alpha3, _ = case
        found = cause(report, sector, alpha3, full.get(phrase, sector))
        results[(frame, form)][found] += 1
        if found != "right":
            failures[(frame, form)].append((text, sector, alpha3, found))
    if args.json:
        print(json.dumps({f"{k[0]}/{k[1]}": dict(v) for k, v in results.items()},
                         indent=1, sort_keys=True))
        return
    order = ["right", "not an actor", "no event", "wrong sector",
             "other sector of its code", "no country", "wrong country"]
    print(f"{'frame':<16}{'n':>5}{'right':>7}  " + "  ".join(o for o in order[1:]))
    total = Counter()
    for key in sorted(results):
        c = results[key]
        n = sum(c.values())
        if key != ("bare", "singular"):
            total.update(c)
        print(f"{key[0] + '/' + key[1]:<16}{n:>5}{c['right'] / n:>7.3f}  " +
              "  ".join(f"{c[o]:>{len(o)}}" for o in order[1:]))
    n = sum(total.values())
    print(f"{'all (no bare/sg)':<16}{n:>5}{total['right'] / max(n, 1):>7.3f}  " +
          "  ".join(f"{total[o]:>{len(o)}}" for o in order[1:]))
    for key in sorted(failures):
        for text, sector, alpha3, found in failures[key][:args.show]:
            print(f"  {key[0]}/{key[1]}\t{found}\t{text}\t{sector} {alpha3}")


if __name__ == "__main__":
    main()
