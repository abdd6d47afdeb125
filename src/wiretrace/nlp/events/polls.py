"""What a poll reports is opinion, not an act (event_readings.yaml `poll_nouns`, with its
source): an event attributed to a poll or survey ("Americans reject the deal, a poll
shows", "according to a Gallup poll, the woman Americans admire most") is uncoded; so,
since round 37, is an event told by a clause whose subject is a poll ("polling that
documented the senator's appeal"), a standing read in a poll ("clustered near 10 percent
in the surveys"), and support or rejection whose every doer is the electorate
(`electorate_nouns`: "rejected by an electorate", "more support from the youth")."""

from __future__ import annotations

from spacy.tokens import Token

from ...model import EventActor
from ..context import Context
from .coding import NAMES, UNCODED, Coding
from .readings import _data


def apply(ctx: Context, triggers: list[Token], coding: dict[int, Coding],
          found: dict[int, list[EventActor]]) -> None:
    """Uncode the coded triggers whose attribution chain holds a poll or a survey, that a
    poll's clause tells or a poll's phrase sets, or that an electorate does."""
    nouns = _data()["poll_nouns"]
    polls = {s.id for s in ctx.sources
             if any(w.strip(".,'\u2019").lower() in nouns for w in s.name.split())}
    for t in triggers:
        if coding[t.i].type and (polls & set(ctx.token_attribution.get(t.i, ())) or
                                 any(_poll_tag(x, nouns) for x in (t, *t.ancestors)) or
                                 _poll_above(t, nouns) or
                                 _poll_phrase(t, nouns) or
                                 _electorate(t, coding[t.i].type, found.get(t.i, []))):
            coding[t.i] = UNCODED


def _poll_tag(root: Token, nouns: frozenset[str]) -> bool:
    """A clause that a poll's verb closes ("Americans reject the deal, a Reuters/Ipsos
    poll shows": the parser hangs the tag on the reported clause, and the attribution
    layer reads no speaker there)."""
    return any(c.dep_ in ("ccomp", "parataxis", "conj") and c.i > root.i and any(
        s.dep_ == "nsubj" and s.lemma_.lower() in nouns for s in c.children)
        for c in root.children)


def _poll_above(trigger: Token, nouns: frozenset[str]) -> bool:
    """A poll's clause (:func:`_poll_clause`) above the trigger, climbing no further than
    the trigger's own clause where that is an adverbial clause or a coordinate clause
    with a subject of its own: "the survey came out a day after the rebels attacked the
    base" dates the survey by the attack, which is no finding of it."""
    x = trigger
    while x.head.i != x.i and not (x.pos_ in ("VERB", "AUX") and (x.dep_ == "advcl" or (
            x.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)))):
        x = x.head
        if _poll_clause(x, nouns):
            return True
    return False


def _poll_clause(verb: Token, nouns: frozenset[str]) -> bool:
    """A verb above the trigger whose subject is a poll ("a survey documented the
    senator's appeal") or that is a relative clause on a poll ("polling that documented
    ..."): the event is what the poll found."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in nouns and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children):
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in verb.children)


def _poll_phrase(trigger: Token, nouns: frozenset[str]) -> bool:
    """A poll named by a prepositional phrase of the trigger's own clause ("clustered near
    10 percent of the vote in New Hampshire surveys", "leads among voters in the polls"):
    the standing is the poll's finding.  The phrase is searched down to the next verb."""
    preps = _data()["poll_prepositions"]
    todo = [c for c in trigger.children if c.dep_ == "prep"]
    while todo:
        p = todo.pop()
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            if p.lower_ in preps and o.lemma_.lower() in nouns:
                return True
            todo.extend(c for c in o.children if c.dep_ == "prep")
    return False


def _electorate(trigger: Token, type_: str | None,
                actors: list[EventActor]) -> bool:
    """Support or rejection whose every source is the electorate or a bloc of voters, with
    no name in it: a vote or a standing among voters, not an act of an actor.  The
    source's head noun says who it is ("young voters", "the youth"); a modifier does not
    ("the party's youth wing", "the voter registration board": round 37 review)."""
    data = _data()
    if type_ not in data["electorate_types"]:
        return False
    sources = [a for a in actors if a.role == "source"]
    if not sources:
        return False
    for a in sources:
        words = trigger.doc.char_span(a.start, a.end, alignment_mode="expand") or ()
        if not words or any(w.ent_type_ in NAMES for w in words):
            return False
        head = words.root
        if head.lemma_.lower() not in data["electorate_nouns"] and \
                head.lower_ not in data["electorate_nouns"]:
            return False
    return True
