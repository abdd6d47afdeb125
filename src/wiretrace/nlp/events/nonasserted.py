"""The triggers the text does not assert happened (Factuality.assertion): those in a
condition ("if he gave them a veto", "provided Athens expels the spies", an inverted "Had the
rebels attacked"), which stay uncoded, and those that keep their code but are not asserted:
purposes, plans, wishes and beliefs (an infinitive or clause under a word that is neither
implicative nor a governor), stances (a private verb of cognition, a view held) and polar
questions; event nouns such a clause presupposes stay asserted.  Moved out of
:mod:`.assertion`, which reads the governing constructions that change a trigger's code."""

from __future__ import annotations

from spacy.tokens import Token

from .coding import UNCODED, Coding, _rules
from .factuality import FUTURE_AUX, _clitic

# round 35 (issue 18), by grammar: the subordinators 'provided/providing (that)',
# 'supposing/assuming (that)' and 'in case' (Quirk et al. 1985 14.12 and 15.34; CGEL ch.
# 8, 14.2), which the parser reads as a participle or a noun before the clause; the
# auxiliaries that open an inverted conditional, with no subordinator ("Had the rebels
# attacked the convoy, ...", "Were the army to shell the city", "Should police arrest
# him"; Quirk et al. 15.36, CGEL ch. 8, 14.4); 'as though' as 'as if' (a hypothetical
# comparison, CGEL ch. 8, 14.1)
CONDITION_PARTICIPLES = frozenset({"provided", "providing", "supposing", "assuming"})
INVERTED_CONDITION_AUX = frozenset({"had", "were", "should"})
SUBJECTS_OF_CLAUSE = ("nsubj", "nsubjpass", "expl")


def _inverted_condition(node: Token) -> bool:
    """A clause that opens with 'had', 'were' or 'should' before its subject and has no
    subordinator: the protasis of an inverted conditional."""
    if node.dep_ not in ("advcl", "ccomp") or any(c.dep_ == "mark" for c in node.children):
        return False
    first = next((x for x in node.subtree if not x.is_punct), None)
    if first is None or first.lower_ not in INVERTED_CONDITION_AUX or first.i == node.i \
            and first.pos_ != "AUX":
        return False
    if first.i != node.i and not (first.head.i == node.i and first.dep_ in ("aux", "auxpass")):
        return False
    return any(c.dep_ in SUBJECTS_OF_CLAUSE and c.i > first.i for c in node.children)


def _condition(node: Token) -> bool:
    """``node`` heads a clause that states a condition (coding._subordinators,
    :data:`CONDITION_PARTICIPLES`, :func:`_inverted_condition`)."""
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    if node.dep_ == "advcl" and (marks & _rules()["unasserted"]["conditions"]
                                 or marks >= {"as", "though"}):
        return True
    head = node.head
    if node.dep_ == "ccomp" and head.lower_ in CONDITION_PARTICIPLES and \
            head.dep_ in ("acl", "advcl", "prep", "ccomp") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass")
                for c in head.children):
        return True  # "will free them provided (that) Athens expels the spies"
    first = next((x for x in node.subtree if not x.is_punct), None)
    if first is not None and node.pos_ in ("VERB", "AUX") and first.i != node.i:
        if first.lower_ in CONDITION_PARTICIPLES and (first.head.i == node.i or (
                first.head.dep_ in SUBJECTS_OF_CLAUSE and first.head.head.i == node.i)) \
                and not any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr")
                for c in first.children):
            return True  # "Supposing (that) the army attacked the capital, ..."
        if first.lower_ == "case" and first.i > 0 and first.nbor(-1).lower_ == "in" or \
                first.lower_ == "in" and first.i + 1 < len(first.doc) and \
                first.nbor(1).lower_ == "case":
            return True  # "guarded the border in case smugglers raided the villages"
    return _inverted_condition(node)


def _unasserted_head(t: Token, intent_adjectives: frozenset[str],
                     governors: dict[str, str], words: dict[str, frozenset[str]]) -> str | None:
    """What ``t`` heads when it heads a clause whose events the text does not assert
    happened (see plover_verbs.yaml `unasserted`; the kinds are Factuality.assertion's): a
    condition ("if he gave them a veto"), a purpose ("surrounded the city to prevent
    civilians from leaving", "so that they could leave"), or something intended: an
    infinitive under a word that is neither implicative nor a governor ("sought to meet",
    "a plan to attack"), the clause of a wish or expectation ("hoped the swap would pave
    the way"), the content of a noun of that meaning ("hopes of a deal", "the risk of
    war"); None for anything else."""
    dep = t.dep_
    marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
    if dep == "advcl" and marks & words["conditions"]:
        return "condition"
    if dep == "advcl" and marks & words["purpose_marks"]:
        return "purpose"
    when = marks | {c.lower_ for c in t.children if c.dep_ == "advmod"}  # "when" is advmod
    if dep == "advcl" and when & words["temporal_marks"] and t.tag_ in ("VBZ", "VBP") and \
            any(w.dep_ == "aux" and _clitic(w) in FUTURE_AUX for w in t.sent):
        return "condition"  # "When Turkey leaves the religious policy, ... will be better"
    head = t.head
    if head.i == t.i:
        return None
    if head.pos_ == "ADP" and dep in ("pobj", "pcomp"):
        prep, head = head, head.head
        unreal = prep.lower_ in ("of", "for") and head.pos_ == "NOUN" and \
            head.lemma_.lower() in words["unreal_nouns"] and \
            head.lemma_.lower() not in words["infinitive_only_nouns"]
        # round 40: "argued for the assassination of ...", "the argument against British
        # withdrawal": an event noun advocated or opposed (plover_verbs.yaml)
        advocated = dep == "pobj" and t.pos_ == "NOUN" and \
            prep.lower_ in words["advocacy_preps"] and \
            head.lemma_.lower() in words["advocacy_words"]
        return "intended" if unreal or advocated else None
    lemma = head.lemma_.lower()
    if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and lemma in words["unreal_nouns"]:
        return "intended"  # "the hope that ...", "an opportunity to meet"
    if t.pos_ not in ("VERB", "AUX"):
        return None
    if dep == "ccomp" and head.pos_ == "VERB" and lemma in words["wish_verbs"]:
        return "intended"  # "hoped the swap would pave the way"
    if dep == "ccomp" and head.pos_ == "VERB" and lemma in words["belief_verbs"]:
        return "believed"  # round 35: "they believe rebels have retreated"
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)
    if not infinitive or dep not in ("advcl", "xcomp", "acl", "relcl", "ccomp"):
        return None
    if dep == "xcomp" and lemma not in governors and _comma_purpose(t, head):
        # round 35: "was keeping rates low, to postpone the crash": an infinitive set off
        # by a comma after a verb that has its object is an adjunct of purpose, not the
        # verb's complement (Quirk et al. 1985 ch. 15 and CGEL ch. 8: infinitival purpose
        # adjuncts)
        return "purpose"
    if lemma == "use" and (head.tag_ == "VBN" or any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in head.children)):
        # habitual "used to" ("he used to live") reports; the use of something "to" do
        # ("a plane used to help troops communicate", "used drones to attack") is a purpose
        return "purpose"
    if lemma in words["implicative"] or lemma in governors or \
            (head.pos_ == "ADJ" and lemma in intent_adjectives):
        return None  # "managed to land", "agreed to meet" (_govern), "is willing to"
    return "purpose" if dep == "advcl" else "intended"


def _comma_purpose(t: Token, head: Token) -> bool:
    """Round 35: the infinitive ``t`` comes right after a comma that follows ``head``'s
    direct object ("kept rates low, to postpone the crash").  Not where that comma closes
    an interrupter set off by a pair of commas ("ordered the company, within ten days, to
    pay the fine": the infinitive is still the verb's complement; CGEL ch. 20 on paired
    commas around a supplement); the "to" is looked up, not assumed next to the verb."""
    to = next((c for c in t.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < t.i), None)
    if to is None or obj is None or to.i < 1 or t.doc[to.i - 1].text != ",":
        return False
    return not any(w.text == "," for w in t.doc[obj.right_edge.i + 1:to.i - 1])


def _unasserted(triggers: list[Token], coding: dict[int, Coding], sents) -> dict[int, str]:
    """Events the text does not assert happened, with what they are (Factuality.assertion).
    Those in a condition stay uncoded ("if he gave them a veto", as the content of a
    governing verb does, :func:`.assertion._govern`); purposes, plans, wishes and polar questions
    (:func:`_unasserted_head`, :func:`_polar_question`) keep their code: their factuality
    says that they are not asserted, so they are never events that happened."""
    rules = _rules()
    words = rules["unasserted"]
    at = {t.i for t in triggers}
    out: dict[int, str] = {}
    for t in triggers:
        if _stance(t, coding[t.i], words):
            out[t.i] = "stance"
            for c in t.children:  # "favored imposing tariffs": what is favored
                if c.tag_ == "VBG" and c.dep_ in GERUND_COMPLEMENTS:
                    for x in c.subtree:
                        if x.i in at and x.i != t.i:
                            out.setdefault(x.i, "intended")
    # triggers share their ancestors: each node's answers are worked out once per article
    conditional: dict[int, bool] = {}
    heads: dict[int, str | None] = {}
    for t in triggers:
        node = t
        while node.head.i != node.i:  # spaCy makes a new Token object at each access
            if node.i not in conditional:
                conditional[node.i] = _condition(node)
            if conditional[node.i]:
                coding[t.i] = UNCODED
                out[t.i] = "condition"
                break
            node = node.head
        if t.i in out:
            continue
        node = t
        while node.head.i != node.i:
            if node.i not in heads:
                heads[node.i] = _unasserted_head(node, rules["intent_adjectives"],
                                                 rules["class"], words)
            kind = heads[node.i]
            if kind:
                for x in node.subtree:
                    if x.i in at and x.i not in out and not _presupposed(x, node) and \
                            (kind != "believed" or _in_content(x, node)):
                        out[x.i] = kind
                break
            node = node.head
    questions = [(sent.start, sent.end) for sent in sents if _ends_in_question_mark(sent)
                 and _polar_question(sent)]
    for t in triggers:
        if any(a <= t.i < b for a, b in questions):
            out.setdefault(t.i, "question")
    return out


GERUND_COMPLEMENTS = ("xcomp", "dobj", "ccomp")
# the clause's spine and its arguments: what a belief's complement itself says
CONTENT_LINKS = frozenset({"ccomp", "xcomp", "conj", "dobj", "nsubj", "nsubjpass", "attr",
                           "oprd", "dative"})


def _in_content(x: Token, clause: Token) -> bool:
    """Round 35: ``x`` is part of what the belief clause headed by ``clause`` says, reached
    from it through the clause's verbs and their arguments only, not through a
    prepositional adjunct, a relative clause or a noun's complement, which the text
    presupposes ("he believed that most workers support Sanders, despite the fact that
    the union endorsed Clinton": the endorsement is the writer's fact)."""
    node = x
    while node.i != clause.i:
        if node.dep_ not in CONTENT_LINKS:
            return False
        node = node.head
    return True


# Quirk et al. 1985 4.29 private verbs of cognition, and CGEL ch. 16's adjectival passives
# of conviction ("is persuaded of", "is convinced that"): a state of mind, never an act
PRIVATE_VERBS = frozenset({"suspect", "believe", "think", "suppose", "persuade", "convince"})
# of these, the verbs of conviction are a state only in the adjectival passive: active
# ("France persuaded the council that ...") or with a "by" agent they tell the act of
# persuading (reviewer, round 35)
CONVICTION_VERBS = frozenset({"persuade", "convince"})
# evaluations that hold a view in common (PLOVER SUPPORT; "share a view" COOPERATE)
HOLDING_TYPES = frozenset({"SUPPORT", "COOPERATE"})


def _stance(t: Token, coding: Coding, words: dict[str, frozenset[str]]) -> bool:
    """Round 35: a coded verb read as a state of mind or a stance, not as an act (the
    stative reading, Quirk et al. 1985 4.28-4.29; CGEL ch. 3 4, situation types: a state
    holds, an act happens): a private verb of cognition with a clause ("we suspect that he will rig
    the vote") or an adjectival passive with 'of' ("is persuaded of the benefits"); a
    support verb with a gerund-participial complement, an attitude to a potential
    situation, not yet an act ("favored imposing tariffs"); a support verb whose object
    is a noun of mental content ("did support the idea of a database", "shares this
    view"): a view held, not support given to a party."""
    if not coding.type or t.pos_ != "VERB":
        return False
    children = list(t.children)
    if t.lemma_.lower() in CONVICTION_VERBS and (
            not any(c.dep_ == "auxpass" for c in children)
            or any(c.dep_ == "agent" for c in children)):
        return False
    if t.lemma_.lower() in PRIVATE_VERBS:
        return any(c.dep_ == "ccomp" for c in children) or (
            any(c.dep_ == "auxpass" for c in children)
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in children))
    if coding.type not in HOLDING_TYPES:
        return False
    return any((c.tag_ == "VBG" and c.dep_ in GERUND_COMPLEMENTS) or
               (c.dep_ == "dobj" and c.lemma_.lower() in words["content_nouns"])
               for c in children)


def _ends_in_question_mark(sent) -> bool:
    """Whether the sentence's last character other than white space is "?" (what
    ``sent.text.rstrip().endswith("?")`` says, read from its last tokens instead of the
    text of all of them)."""
    doc = sent.doc
    for i in range(sent.end - 1, sent.start - 1, -1):
        word = doc[i].text.rstrip()
        if word:
            return word.endswith("?")
    return False


DEFINITE = {"the", "this", "these", "those", "that"}


def _presupposed(x: Token, clause: Token) -> bool:
    """An event noun inside an unasserted clause that the text takes as given: definite,
    possessed or named by its actor ("to meet the limits of the Paris climate pact", "a
    deterrent against U.S. threats"), unless it is what the clause's own verb does ("to
    impose the sanctions")."""
    if x.pos_ != "NOUN" or x.i == clause.i:
        return False
    if x.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and x.head.pos_ == "VERB":
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
               or (c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE", "ORG"))
               for c in x.children)


def _polar_question(sent) -> bool:
    """"Will China invade Taiwan?", "Can Africa's opposition parties be liberated?": a
    question that asks whether something happens asserts nothing (a wh-question presupposes
    its event: "Why did Russia attack?")."""
    words = [w for w in sent if not w.is_space and not w.is_punct]
    last = next((w for w in reversed(sent) if not w.is_space), None)
    if not words or last is None or last.text != "?":
        return False
    first = words[0]
    return first.tag_ == "MD" or (first.pos_ == "AUX" and first.dep_ != "ROOT")
