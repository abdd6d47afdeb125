"""Relative clauses and participles on a noun, by construction (round 44, h-relcl44).

``construction`` names which of the forms a verb the parser hangs on a noun (``relcl``,
``acl``) takes; the coder's ``relcl_acl`` gate and ``tools/relcl_probe.py`` use it.  The
forms, and what grammar says of their event:

* a supplementary (non-restrictive) relative, set off by a comma or a dash, asserts its
  proposition apart from the noun phrase's identification (CGEL ch. 12, 4.1; Quirk et al.
  1985, 17.3): ``relcl_supp_past`` / ``relcl_supp_present``;
* an integrated (restrictive) relative identifies the noun by a proposition taken for
  granted: in the past or perfect the event is presupposed to have occurred ("the
  missiles Syria has fired"): ``relcl_restr_past``; in the present it tells a property or
  habit: ``relcl_restr_present``;
* a relative with a modal or future auxiliary (``relcl_modal``) or a negation
  (``relcl_negated``) tells no event that occurred;
* a relative on a generic or free-choice head ("anyone who attacks", "those who
  protest") names a kind, not an act: ``relcl_generic``;
* a reduced relative with a past participle ("the man arrested on Monday") is a passive,
  told as done: ``participle_past``; with a present participle ("protesters chanting
  slogans") it is progressive, simultaneous with the clause: ``participle_present``; an
  infinitive ("plans to attack") looks forward: ``acl_infinitive``.
"""

from __future__ import annotations

from spacy.tokens import Token

MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might",
                    "must", "ought"})
GENERIC_HEADS = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever",
                           "someone", "somebody", "those", "one", "whomever", "nobody"})
GENERIC_DETERMINERS = frozenset({"any", "every", "no", "all", "each"})
MARKS = frozenset({",", "—", "–", "-", "--", "("})


def _past(verb: Token) -> bool:
    """A simple past, a perfect or a past passive ("fired", "has fired", "was arrested")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or any(a.lemma_.lower() == "have" for a in aux) or any(
        a.dep_ == "auxpass" and a.tag_ == "VBD" for a in aux)


def supplementary(verb: Token) -> bool:
    """A relative clause set off from its noun by a comma or a dash (CGEL ch. 12, 4.1)."""
    left = verb.left_edge
    return left.i > 0 and verb.doc[left.i - 1].text in MARKS and left.i > verb.head.i


def generic_head(noun: Token) -> bool:
    return noun.lower_ in GENERIC_HEADS or any(
        c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in noun.children)


def construction(verb: Token) -> str:
    """The form of a verb on a noun (module docstring); "" for any other dependency."""
    if verb.dep_ == "acl":
        if verb.tag_ == "VBN":
            return "participle_past"
        if verb.tag_ == "VBG":
            return "participle_present"
        if verb.tag_ == "VB" or any(c.tag_ == "TO" for c in verb.children):
            return "acl_infinitive"
        return "acl_other"
    if verb.dep_ != "relcl":
        return ""
    if any(c.dep_ == "neg" for c in verb.children):
        return "relcl_negated"
    if any(c.dep_ == "aux" and (c.lower_ in MODALS or c.tag_ == "MD" or c.lower_ == "to")
           for c in verb.children) or any(
            c.dep_ == "xcomp" and c.lower_ == "going" for c in verb.children):
        return "relcl_modal"
    if generic_head(verb.head):
        return "relcl_generic"
    tense = "past" if _past(verb) else "present"
    return f"relcl_{'supp' if supplementary(verb) else 'restr'}_{tense}"


def integrated_act(verb: Token) -> bool:
    """Round 44: an integrated (restrictive) relative in the past or the perfect whose
    relative pronoun is its subject ("a career Army officer who described the call as
    improper", "party leaders who had pleaded with Bush to run", "it was Obama who pressed
    for a bargain"): the clause identifies its noun by an act the noun's referent did, and
    a past or perfect proposition in such a clause is taken for granted as having occurred
    (CGEL ch. 12, 4.1 and ch. 11, 3: presupposed content); ``readings.act_relative`` asks
    this of verbal acts only, as of supplementary relatives.  Kept out: a relative on a
    predicative noun ("Trump is a xenophobe who has pledged ..."), which characterizes its
    subject (Quirk et al. 1985, 10.8), except an it-cleft's focus ("it was Obama who");
    a generic or free-choice head ("anyone who threatened"); a habit, an adverb or phrase of
    indefinite frequency ("who has repeatedly pledged", U6); and the verb of the clause
    the noun belongs to over again ("the officials who condemned it also condemned ..."),
    one event told twice."""
    from .generics import _frequency_adverb, frequency_phrase

    if verb.dep_ != "relcl" or construction(verb) != "relcl_restr_past":
        return False
    noun = verb.head
    root = noun
    while root.dep_ in ("conj", "appos") and root.head is not root:
        root = root.head
    if root.dep_ == "attr" and not any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in root.head.children):
        return False
    if generic_head(noun) or _frequency_adverb(verb) or frequency_phrase(verb):
        return False
    clause = root.head
    return not (clause.pos_ in ("VERB", "AUX") and clause.lemma_.lower() == verb.lemma_.lower())
