"""The verb forms and clauses that tell an event's time without a time expression: a plain
present, a progressive whose "be" a conjunct shares, "previously", a modal of possibility
or obligation, a present in a conditional, temporal or free-choice clause.  Read by
:mod:`.event_times`, from which they were split (round 39 review: it was over 600 lines)."""

from __future__ import annotations

from spacy.tokens import Token

from ...dates.words import word_set
from .expressions import no_clause_of_its_own


def _plain_present(verb: Token) -> bool:
    """A plain (base) form with a subject of its own and no auxiliary, "to" or
    subordinator, heading the sentence, is a finite present, the only finite use of that
    form in a main clause (Huddleston and Pullum 2002 ch. 3, the plain present): the tagger
    reads "Democrats, the author notes, applaud the plan" as a base form ("applaud")."""
    return (verb.pos_ == "VERB" and verb.tag_ == "VB" and verb.dep_ == "ROOT"
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children))


def _stranded_progressive(verb: Token) -> bool:
    """An -ing verb with no auxiliary of its own coordinated with a verb that cannot lend
    it "be" (a past participle under "have", which takes no -ing form) is a conjunct of
    the present progressive above them, whose "be" it shares (ellipsis in coordination,
    Quirk et al. 1985 ch. 13): the parser hangs "demanding" of "are now questioning how the
    rivals have approached him and demanding that ..." on "approached"."""
    head = verb.head
    if (verb.tag_ != "VBG" or verb.dep_ != "conj" or head.tag_ != "VBN"
            or not any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in head.children)
            or not no_clause_of_its_own(verb)):
        return False
    up = head.head
    return (up.i != head.i and head.dep_ in ("ccomp", "xcomp") and up.tag_ == "VBG"
            and any(a.dep_ == "aux" and a.lemma_.lower() == "be" and a.tag_ in ("VBP", "VBZ")
                    for a in up.children))


def _before_adverb(trigger: Token) -> bool:
    """ "previously filed", "formerly led": an adverb that places the event before the
    time of writing without being a time expression (TimeBank and MEANTIME leave it
    unmarked; ``before_adverbs`` in the YAML)."""
    words = word_set("before_adverbs")
    return any(c.dep_ == "advmod" and c.lower_ in words for c in trigger.children)


# Modals of possibility and obligation: "the border should be extended", "the frontier
# could head east" say what ought to or may happen, not what happens at the time of
# writing (TimeML: modality, not tense; the future's "will" is the tense's).
_MODALS = frozenset({"should", "would", "could", "might", "may", "must", "ought"})


def _modal(trigger: Token) -> bool:
    """Whether the trigger's verb (or the verb that carries it) has a modal auxiliary.  A
    verb coordinated with it and with no subject or auxiliary of its own shares the modal
    (ellipsis in coordination, Quirk et al. 1985 ch. 13: "should resign and apologize")."""
    verbs = [trigger, *([trigger.head] if trigger.dep_ in ("xcomp", "dobj") else [])]
    if _shares_auxiliary(trigger):
        verbs.append(trigger.head)
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for v in verbs for c in v.children)


def _shares_auxiliary(verb: Token) -> bool:
    return (verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.i != verb.i
            and verb.head.pos_ in ("VERB", "AUX") and no_clause_of_its_own(verb))


_FREE_CHOICE = frozenset({"whatever", "whoever", "whichever", "however", "wherever"})


def _non_present_clause(trigger: Token) -> bool:
    """A present verb in a conditional, temporal or concessive clause, which does not refer
    to the time of writing but to a future or any time (timex.yaml's subordinators:
    "will meet again if the union rejects the offer", "when (and if) the states strike an
    agreement"); and a free-choice concessive ("no matter what action the governor takes",
    "whatever the president does"): the act is not asserted, so it takes no publication
    date.  A coordinated verb with no subject or marker of its own shares the clause."""
    verb = trigger
    while _shares_auxiliary(verb) and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBP", "VB"):
        return False
    marks = word_set("conditional_subordinators") | word_set("temporal_subordinators") | \
        word_set("other_non_present_subordinators")
    if any(c.lower_ in marks and (c.dep_ == "mark" or c.dep_ == "advmod" and verb.dep_ in (
            "advcl", "pcomp", "relcl", "acl")) for c in verb.children):
        return True
    head = verb.head
    if head.lower_ == "matter" and any(c.lower_ == "no" for c in head.children):
        return True  # "no matter what ..."
    return any(c.lower_ in _FREE_CHOICE or any(g.lower_ in _FREE_CHOICE and g.dep_ == "det"
                                                for g in c.children)
               for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))
