"""Attitudes held towards a thing, beside the verb classes of cues.yaml (round 17):

* a feeling caused by something (`experiencer_verbs`): "the levy angered the crews",
  "growers were alarmed by the report", "Alarmed by the storm, the mayor ...": the one
  who feels is the source, what caused the feeling the content;
* a group divided over a question (`divided_verbs`): "the crews are split on whether
  the levy should stay", "the council is divided over the deal";
* standing by what one said or backed (`loyalty_verbs`): "the mayor stood by her
  remarks", "is standing by the candidate".

PolNeAR's guidelines count a source's feelings about something ("Lowell was shocked
that there was so much action"; not the feeling alone, "Lowell was happy") and its
support for something as attributions.  Each record is a topic record: what caused the
feeling or what is supported is no one's assertion."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.antecedents import relative_head
from .clauses import _children, _is_passive, by_agent, clause_tokens, subject_of
from .record import Cue
from .words import FIRST_PERSON, RELATIVE_PRONOUNS, could_be_source, lexicon, names_people

NOT_EXPERIENCERS = {"it", "this", "that", "there"} | RELATIVE_PRONOUNS


def attitude_cue(verb: Token) -> Cue | None:
    """The cue of an attitude verb (any of the three groups above), or None."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.experiencer_verbs:
        return _experiencer_cue(verb)
    if lemma in lex.divided_verbs:
        return _divided_cue(verb)
    if lemma in lex.loyalty_verbs:
        return _loyalty_cue(verb)
    return None


def _feels(token: Token | None) -> bool:
    """A person, a group or a noun for people: someone who can feel."""
    return token is not None and token.lower_ not in NOT_EXPERIENCERS and (
        could_be_source(token) or names_people(token) or token.ent_type_ == "NORP")


def _experiencer_cue(verb: Token) -> Cue | None:
    """"were alarmed by the report", "Angered by the vote, the crews ..." (the passive
    with its "by" agent, or a that-clause: "was shocked that ..."), "the levy has
    angered the crews" (a finite active verb with people for object; not an infinitive
    or a gerund: "careful not to anger them", "risk angering voters" feel nothing yet)."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if verb.tag_ == "VBN" and verb.dep_ != "amod" and (_is_passive(verb) or not perfect):
        cause = by_agent(verb)
        content = clause_tokens(cause) if cause is not None else next(
            (clause_tokens(c) for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), [])
        if not content:
            return None
        feeler = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if feeler is not None:
            feeler = relative_head(feeler)
        elif verb.dep_ in ("advcl", "acl") and not _is_passive(verb):
            # a fronted or trailing participle: the subject of the clause it hangs on
            feeler = subject_of(verb.head) if verb.dep_ == "advcl" else verb.head
        if not _feels(feeler) or feeler.lower_ in FIRST_PERSON:
            return None
        return Cue(tokens=[verb.i], cls="topic", anchor=verb.i, speaker=feeler.i,
                   content=content)
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VBN" and perfect)
    if not finite or _is_passive(verb) or verb.dep_ in ("xcomp", "amod", "acl", "pcomp"):
        return None
    feeler = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    cause = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not _feels(feeler) or feeler.lower_ in FIRST_PERSON or cause is None or (
            cause.lower_ in NOT_EXPERIENCERS):
        return None
    return Cue(tokens=[verb.i], cls="topic", anchor=verb.i, speaker=feeler.i,
               content=clause_tokens(cause))


def _divided_cue(verb: Token) -> Cue | None:
    """"The crews are split on whether the levy should stay", "the council is deeply
    divided over the deal": the participle after "be" with its "on" / "over" phrase; the
    group, people who can hold a view (:func:`_feels`; not "the vote was split on party
    lines"), is the source, the question the content (not a date: "divided on Tuesday
    over the deal")."""
    if verb.tag_ != "VBN" or not (_is_passive(verb) or verb.dep_ == "acomp"):
        return None
    lex = lexicon()
    question = next((g for c in verb.children if c.dep_ == "prep" and c.i > verb.i and
                     c.lower_ in lex.divided_preps
                     for g in _children(c, "pobj", "pcomp")
                     if g.ent_type_ not in ("DATE", "TIME")), None)
    if question is None:
        return None
    group = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if group is None and verb.dep_ == "acomp":
        group = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if group is not None:
        group = relative_head(group)  # "the council, which is divided over ...": council
    if not _feels(group) or group.lower_ in FIRST_PERSON:
        return None
    return Cue(tokens=[verb.i], cls="topic", anchor=verb.i, speaker=group.i,
               content=clause_tokens(question))


def _loyalty_cue(verb: Token) -> Cue | None:
    """"stood by her remarks", "is standing by the candidate": active, with a "by"
    object that is no place beside someone ("standing by her side")."""
    lex = lexicon()
    if _is_passive(verb):
        return None
    held = next((g for c in verb.children if c.dep_ == "prep" and c.i > verb.i and
                 c.lower_ in lex.loyalty_preps for g in _children(c, "pobj")), None)
    speaker = subject_of(verb)
    if held is None or held.lemma_.lower() in lex.loyalty_not or speaker is None or (
            speaker.lower_ in FIRST_PERSON):
        return None
    return Cue(tokens=[verb.i], cls="stance", anchor=verb.i, speaker=speaker.i,
               content=clause_tokens(held))
