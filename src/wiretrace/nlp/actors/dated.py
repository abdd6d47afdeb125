"""A person's code on the date of the event (issue 20): the office a dictionary dates on
the event's day, and a role the sentence itself says the person held while the event
happened ("When she was a federal prosecutor, X ...", "While a senator, X ...", "X was a
member of Congress when she was wounded"); docs/actors.md, rounds 37 and 38."""

from __future__ import annotations

from spacy.tokens import Token

from ... import names
from ...model import EventActor, EventTime
from ...timex import value_range
from ..context import Context
from .agents import _chunks
from .antecedents import entity_genders
from .codes import _dictionary_rows, _legislature_first, _role_word, _title_sectors
from .tenure import NOT_NOW, campaign_staff, on_date, to_come

# the subordinators of a temporal clause whose time holds throughout the matrix clause's
# (CGEL ch. 8, 7.4: "when", "while" as prepositions with a clause or a verbless one);
# "as" in a fronted predicative adjunct ("As governor, X signed"; Quirk 15.48)
TEMPORAL = frozenset({"when", "while"})
DEPICTIVE = frozenset({"when", "while", "as"})
HE_SHE = frozenset({"he", "she"})


def at_event_time(ctx: Context, found: list[EventActor], when: EventTime) -> list[EventActor]:
    """A person's code on the date of the event, where the sentence dates it before the
    article and an actor dictionary lists an office of theirs that holds on its first day
    ("the 2013 coup led by ... el-Sisi", army chief then, president when the story ran):
    PLOVER and ICEWS code an actor by the role it held when it acted.  Dated before every
    office listed began, the person held none of them: the country stays, the sector goes
    (round 37).  A role the sentence gives the person for the event's time comes first
    (round 38, :func:`clause_roles`)."""
    told = clause_roles(ctx, found)
    found = [a if s is None else a.model_copy(update={"sector": s})
             for a, s in zip(found, told)]
    day = ctx.article.published
    span = value_range(when.value, day) if when.basis in ("explicit", "relative") else None
    if span is None or not span.first or not span.last or not day or span.last >= day[:10]:
        return found
    out = []
    for a, s in zip(found, told):
        entity = ctx.entity(a.entity_id) if a.code_basis == "entity" else None
        rows = _dictionary_rows(entity.name, person=True) \
            if entity is not None and entity.type == "PERSON" else []
        code, held = on_date(rows, span.first) if rows else ("", False)
        if s is not None:
            pass  # the sentence's own role for the time comes first (round 38)
        elif held and code[3:6] and code[:3] in (entity.country, None):
            a = a.model_copy(update={"sector": _legislature_first(_chunks(code[3:]))[0]})
        elif to_come(rows, span.last) and a.sector == entity.sector:
            # dated before every office listed began ("shot down in 1967" of a senator
            # from 1987): no office of the article's date held then (tenure.to_come)
            a = a.model_copy(update={"sector": None})
        out.append(a)
    return out


def clause_roles(ctx: Context, found: list[EventActor]) -> list[str | None]:
    """A person's sector from a role the sentence predicates of them for the time of the
    event (CGEL ch. 8, 14: a temporal clause or a verbless one whose understood subject is
    the matrix subject; Quirk 15.48, a fronted predicative adjunct):

    - "When she was a federal prosecutor, X did not bring ... after she forced ...": a
      "when"/"while" clause with a copula and a role noun, its subject the person (or a
      "he"/"she" before the person's name as the matrix subject), attached to the event's
      clause or to one above it in the sentence;
    - "While a senator from New York, X attended ...", "As governor, X signed ...": a
      verbless clause before the matrix subject, which is the person;
    - "X was a member of Congress when she was wounded": the event in a "when"/"while"
      clause of a copular clause whose subject is the person.

    The role's sector is PETRARCH2's for the noun with its modifiers and of-complement
    (or the project's role nouns); a "former" role gives none, nor a kind of person (CVL:
    "As a woman, X").  The country stays.  One
    sector or None per actor."""
    out: list[str | None] = []
    for a in found:
        entity = ctx.entity(a.entity_id)
        noun = _role_noun(ctx, a) if entity is not None and entity.type == "PERSON" else None
        sectors = _sectors(noun) if noun is not None else []
        out.append(sectors[0] if sectors else None)
    return out


def _sectors(noun: Token) -> list[str]:
    words = [t for t in noun.lefts if t.dep_ in ("compound", "amod")] + [noun]
    if any(t.lower_ in NOT_NOW for t in words):
        return []
    sectors = ["PTY"] if campaign_staff(words) is not None else \
        _title_sectors(words) or _role_word(noun)
    # a kind of person ("As a woman, X"; PETRARCH2 WOMAN CVL) is no office held for a time
    return [] if sectors[:1] == ["CVL"] else sectors


def _same(ctx: Context, token: Token, entity_id: str) -> bool:
    return ctx.token_entity.get(token.i) == entity_id


def _subject(verb: Token) -> Token | None:
    """The clause's subject; of two the parser gave it, the one nearer the verb ("While a
    senator, X criticized")."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found[-1] if found else None


def _copula_role(clause: Token) -> Token | None:
    """The role noun of "[she] was a federal prosecutor"."""
    if clause.lemma_ != "be":
        return None
    return next((c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)


def _marked(clause: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in words and c.i < clause.i
               for c in clause.children)


def _agrees(ctx: Context, pronoun: Token, entity_id: str) -> bool:
    """A "he"/"she" can stand for the person: its gender is the person's, or the article
    and the given name say none ("When she was secretary of state, John Kerry ..." gives
    Kerry no role: the clause is about someone else)."""
    known = entity_genders(ctx).get(entity_id)
    return known is None or known == names.pronoun_gender(pronoun.text)


def _role_noun(ctx: Context, actor: EventActor) -> Token | None:
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not actor.entity_id:
        return None
    token, eid = span.root, actor.entity_id
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None

    def same(t: Token) -> bool:  # the actor's own token: a pronoun is in no entity's tokens
        return t.i == token.i or _same(ctx, t, eid)

    clause = token.head
    role = _as_role(clause)  # "X resigned as chairman of ...", "he was fired as ..."
    if role is not None:
        return role
    # the event in a "when" clause of "X was a member of Congress"
    if clause.dep_ == "advcl" and _marked(clause, TEMPORAL):
        above = clause.head
        subject, role = _subject(above), _copula_role(above)
        if role is not None and subject is not None and same(subject):
            return role
    # a temporal clause or a fronted verbless one on the event's clause or one above it
    # in the sentence (its time holds for all the matrix clause says, the clauses under
    # it included: "When she was ..., X did not ... after she forced ...")
    for clause in (token.head, *token.head.ancestors):
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        subject = _subject(clause)
        for c in clause.children:
            if c.dep_ == "advcl" and _marked(c, TEMPORAL) and c.i < clause.i:
                other = _subject(c)
                role = _copula_role(c)
                if role is None or other is None:
                    continue
                if _same(ctx, other, eid) or (
                        other.lower_ in HE_SHE and ctx.token_entity.get(other.i) is None
                        and subject is not None and same(subject)
                        and _agrees(ctx, other, eid)):
                    # "When she was ..., X": the pronoun before the matrix subject
                    return role
            if c.dep_ in ("prep", "mark", "advmod") and c.lower_ in DEPICTIVE \
                    and subject is not None and c.i < subject.i and same(subject):
                # "While a senator, X", "As governor, X": the noun is the preposition's
                # object, or the parser hangs it on the verb as a second subject
                role = next((t for t in ctx.doc[c.i + 1:subject.i] if t.tag_ == "NN"
                             and t.pos_ == "NOUN" and (t.head.i, t.dep_) in (
                                 (c.i, "pobj"), (clause.i, "nsubj"))), None)
                if role is not None:
                    return role
    return None


def _as_role(verb: Token) -> Token | None:
    """The role noun of a predicative "as" adjunct after the event's verb, said of its
    subject: "Paul Manafort resigned as chairman of the Trump campaign", "he served as
    governor" (Quirk 1985, 16.48: "as" + a noun phrase, a subject-related adjunct).  Not
    where the verb has an object, of which the "as" phrase is then said ("described her as
    a liar", an object complement)."""
    if verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i:
            return next((t for t in c.children if t.dep_ == "pobj" and t.tag_ == "NN"
                         and t.pos_ == "NOUN"), None)
    return None
