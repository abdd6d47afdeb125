"""factuality: how a report presents one event, read from its verb group and what governs
it: polarity (negation, "refused to", "no position"), certainty (modals, hedges,
conditionals, anonymous or "claims" attribution) and tense.  Word lists live in
``data/hedges.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import Factuality, Polarity
from ..attribution.words import cue_class
from ..context import Context

NAME = "factuality.v1"

RANK = {"certain": 3, "probable": 2, "possible": 1, "underspecified": 0}
HAVE = {"have", "has", "had", "'ve", "'d"}
PRESENT_TAGS = {"VBZ", "VBP"}
NOMINAL = {"NOUN", "PROPN"}
# arguments of a verb that take its tense: "the meeting was held", "announced a deal"
ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"}


@dataclass(frozen=True)
class Lexicon:
    possible: frozenset[str]
    probable: frozenset[str]
    probable_negative: frozenset[str]
    gov_probable: frozenset[str]
    gov_possible: frozenset[str]
    negators: frozenset[str]
    negative_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    perception_as: frozenset[str]
    particles: dict[str, str]
    negative_adjectives: frozenset[str]
    negative_modifiers: frozenset[str]
    negative_nouns: frozenset[str]
    argument_determiners: frozenset[str]
    argument_pronouns: frozenset[str]
    approximators: frozenset[str]
    conditional: frozenset[str]
    not_hedging_host: frozenset[str]
    threat_verbs: frozenset[str]
    question: frozenset[str]
    future_aux: frozenset[str]
    future_modifiers: frozenset[str]
    future_modals: frozenset[str]
    aspectual: frozenset[str]
    object_governors: frozenset[str]
    doubt_verify: frozenset[str]
    doubt_contradict: frozenset[str]
    doubt_particles: dict[str, str]
    doubt_reports: frozenset[str]
    doubt_negative: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    d = load_yaml("hedges.yaml")
    w, ours, gov, neg, cond, fut = (d["wooorm"], d["wiretrace"], d["governors"],
                                    d["negation"], d["conditionals"], d["future"])

    def single(words: list[str]) -> frozenset[str]:
        return frozenset(x for x in words if " " not in x)

    return Lexicon(
        possible=single(w["possible"] + ours["possible"]),
        probable=single(w["probable"] + ours["probable"]),
        probable_negative=single(w["probable_negative"]),
        gov_probable=frozenset(gov["probable"]),
        gov_possible=frozenset(gov["possible"]),
        negators=frozenset(neg["words"]),
        negative_verbs=frozenset(neg["verbs"]),
        denial_verbs=frozenset(neg["denial_verbs"]),
        perception_as=frozenset(d["perception_as"]["lemmas"]),
        particles=dict(neg["particles"]),
        negative_adjectives=frozenset(neg["adjectives"]),
        negative_modifiers=frozenset(neg["modifiers"]),
        negative_nouns=frozenset(neg["nouns"]),
        argument_determiners=frozenset(neg["argument_determiners"]),
        argument_pronouns=frozenset(neg["argument_pronouns"]),
        approximators=frozenset(neg["approximators"]),
        conditional=frozenset(cond["conditional"]),
        not_hedging_host=frozenset(cond["not_hedging_host"]),
        threat_verbs=frozenset(cond["threat_verbs"]),
        question=frozenset(cond["question"]),
        future_aux=frozenset(fut["auxiliaries"]),
        future_modifiers=frozenset(fut["modifiers"]),
        future_modals=frozenset(fut["modals"]),
        aspectual=frozenset(fut["aspectual"]),
        object_governors=frozenset(fut["object_governors"]),
        doubt_verify=frozenset(d["doubt"]["verify"]),
        doubt_contradict=frozenset(d["doubt"]["contradict"]),
        doubt_particles=dict(d["doubt"]["particles"]),
        doubt_reports=frozenset(d["doubt"]["reports"]),
        doubt_negative=frozenset(d["doubt"]["negative_adjectives"]),
    )


def assess(ctx: Context, trigger: Token, assertion: str | None = None,
           doubted: bool = False) -> Factuality:
    """Polarity, certainty, tense and assertion of the event whose trigger is ``trigger``.
    ``assertion``: what events.py found the event to be when the text does not assert it
    (a purpose, something intended, a condition, a question); ``doubted``: a claim the text
    doubts (:func:`doubted`), at most possible.  Otherwise an event reported through a
    claim cue is "claimed", and any other "asserted"."""
    unasserted = _unasserted(trigger)
    polarity: Polarity = "underspecified" if unasserted else _polarity(trigger)
    if unasserted:
        certainty = "underspecified"
    else:
        certainty = _weakest(_certainty(trigger), _attributed_certainty(ctx, trigger))
        if trigger.lemma_.lower() in lexicon().probable_negative:
            polarity = "negative"
    if doubted:
        certainty = _weakest(certainty, "possible")
        assertion = assertion or "doubted"
    if assertion is None:
        assertion = "claimed" if _claimed(ctx, trigger) else "asserted"
    return Factuality(polarity=polarity, certainty=certainty, tense=tense(trigger),
                      assertion=assertion)


# -- the shape of the verb group --------------------------------------------------------
def _governor(token: Token) -> Token | None:
    """The word an infinitive, gerund, participle or nominal event hangs on: "refused to
    comment" -> refused, "denied meeting" -> denied, "prevented them from leaving" ->
    prevented, "the meeting was held" -> held."""
    head = token.head
    if head.i == token.i:
        return None
    if token.dep_ in ("pobj", "pcomp") and head.pos_ == "ADP" and head.head.i != head.i:
        return head.head
    return head


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _clause_chain(token: Token, limit: int = 4) -> list[Token]:
    """``token`` and the words it is the infinitive or gerund complement of, up the tree
    ("is expected to begin talks": begin, expected)."""
    out = [token]
    node = token
    for _ in range(limit):
        if node.dep_ not in ("xcomp", "pcomp", "acomp", "attr"):
            break
        gov = _governor(node)
        if gov is None:
            break
        out.append(gov)
        node = gov
    return out


# -- polarity ---------------------------------------------------------------------------
# 'not only / not just / not merely' opens the correlative 'not only X but (also) Y',
# which asserts both X and Y: no clausal negation (Huddleston & Pullum 2002, CGEL ch. 15,
# correlative coordination; Quirk et al. 1985 13.37).  Round 35.
NOT_ONLY = frozenset({"only", "just", "merely"})


def _negated(token: Token) -> bool:
    """"did not meet", "never met", "no position", "without meeting"."""
    lex = lexicon()
    for c in token.children:
        if c.lower_ == "not" and c.i + 1 < len(c.doc) and \
                c.doc[c.i + 1].lower_ in NOT_ONLY:
            continue  # round 35: "not only attacked the town but (also) burned ..."
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod", "preconj") and c.lower_ in
                               lex.negators):
            return True
    return token.head.lower_ == "without" and token.dep_ in ("pobj", "pcomp") or \
        _contracted_negation(token)


QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _contracted_negation(token: Token) -> bool:
    """"weren't 'asking for the moon'": a contracted 'not' right before the verb, across an
    opening quotation mark, that the parser left off the verb (a quotation mark after
    "n’t" breaks its parse)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].text in QUOTE_MARKS:
        i -= 1
    return i >= 0 and i < token.i - 1 and token.pos_ in ("VERB", "AUX") and \
        token.doc[i].lower_ in ("n't", "n’t") and token.doc[i].dep_ != "neg"


def _negating(gov: Token, child: Token) -> bool:
    """Whether ``gov`` denies the event ``child`` that hangs on it: "refused to comment",
    "denied meeting", "unwilling to take", "the now-cancelled deal", "refusal to talk"."""
    lex = lexicon()
    lemma = gov.lemma_.lower()
    if child.dep_ == "pcomp" and child.head.lower_ != "from":
        return False  # "prevented them from leaving", not "suspended after violating"
    if gov.pos_ in ("VERB", "AUX") and lemma in lex.negative_verbs:
        particle = lex.particles.get(lemma)
        return particle is None or any(c.dep_ == "prt" and c.lower_ == particle
                                       for c in gov.children)
    if gov.pos_ == "ADJ" and lemma in lex.negative_adjectives | lex.probable_negative:
        return True
    return gov.pos_ in NOMINAL and lemma in lex.negative_nouns and child.dep_ in ("acl", "xcomp")


# the arguments whose negative quantifier negates their clause (hedges.yaml negation)
NEGATED_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _negative_argument(arg: Token, lex: Lexicon) -> bool:
    """A subject or object that is a negative quantifier ("none", "nobody") or carries one
    ("no official", "neither Russia nor China", "not a single state"): the clause is
    negative (non-verbal negation; Huddleston & Pullum 2002, ch. 9, 3.1)."""
    if arg.lower_ in lex.argument_pronouns:
        return True
    return any((c.dep_ in ("det", "preconj") and c.lower_ in lex.argument_determiners) or
               c.dep_ == "neg" for c in arg.children)


def _polarity(trigger: Token) -> Polarity:
    lex = lexicon()
    negative = _negated(trigger)
    if trigger.pos_ in ("VERB", "AUX") and any(
            c.dep_ in NEGATED_ARGUMENTS and _negative_argument(c, lex)
            for c in trigger.children):
        # "we are taking no position", "no deal has been signed", "No official met him",
        # "Neither Russia nor China vetoed it", "None of the members attacked"
        negative = not negative
    if trigger.lemma_.lower() in lex.negative_adjectives:
        negative = not negative
    if trigger.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "advmod" and c.lower_ in lex.approximators for c in trigger.children):
        negative = not negative  # round 35: "almost attacked", "nearly stormed" (hedges.yaml)
    if trigger.pos_ in NOMINAL and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.negative_modifiers
            for c in trigger.children):
        negative = not negative  # "the now-cancelled deal"
    chain = _clause_chain(trigger)
    for child, gov in pairwise(chain):
        if _negating(gov, child):
            negative = not negative
            if _negated(gov):
                negative = not negative  # "did not refuse to withdraw"
        elif gov.pos_ == "ADJ" and _negated(gov):
            negative = not negative  # "is not likely to", "was not able to"
    if trigger.pos_ in NOMINAL and trigger.dep_ in ("dobj", "nsubjpass") and _negating(
            trigger.head, trigger):
        negative = not negative  # "denied the meeting", "the talks were cancelled"
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in lex.denial_verbs:
        negative = not negative  # "denied that its planes had bombed the market"
    if trigger.dep_ in ("acomp", "attr") and _negated(trigger.head):
        negative = not negative  # "the company is not efficient enough"
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("of", "in", "on") and (
            trigger.head.head.lemma_.lower() in lex.negative_nouns):
        negative = not negative  # "the delay in delivery"
    if trigger.dep_ == "acl" and trigger.head.pos_ in NOMINAL and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.negative_modifiers
            for c in trigger.head.children):
        negative = not negative  # "the now-cancelled deal to lease 100 tankers"
    return "negative" if negative else "positive"


# -- certainty --------------------------------------------------------------------------
def _unasserted(trigger: Token) -> bool:
    """The antecedent of a conditional or an open question: "if the report stands to be
    true", "whether he decided to leave", "Did they meet?"."""
    lex = lexicon()
    marks = lex.conditional | lex.question
    for t in _clause_chain(trigger):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
    if trigger.dep_ != "ROOT":
        return False
    last = next((t for t in reversed(trigger.sent) if not t.is_space), None)
    return last is not None and last.text == "?"


def _weakest(*levels: str) -> str:
    return min(levels, key=lambda c: RANK[c])


def _hedge_level(word: Token) -> str | None:
    lex = lexicon()
    lower = word.lower_
    if lower in lex.possible:
        return "possible"
    if lower in lex.probable:
        return "probable"
    return None


def _certainty(trigger: Token) -> str:
    """Modals ("could meet"), hedging adverbs and adjectives ("reportedly", "the alleged
    meeting"), hedging governors ("is expected to meet") and conditionals ("X, if Y")."""
    lex = lexicon()
    level = "certain"
    chain = _clause_chain(trigger)
    for k, t in enumerate(chain):
        for c in t.children:
            if c.dep_ in ("aux", "advmod", "amod"):
                hedge = _hedge_level(c)
                if c.tag_ == "MD" and c.lower_ in ("would", "should", "must", "will", "shall"):
                    hedge = None
                if hedge:
                    level = _weakest(level, hedge)
            marks = {g.lower_ for g in c.children if g.dep_ == "mark"}
            if c.dep_ == "advcl" and marks & lex.conditional and \
                    not marks & lex.not_hedging_host and \
                    not (k == 0 and t.lemma_.lower() in lex.threat_verbs):
                # a threat's own condition is what it threatens, not a hedge on it
                level = _weakest(level, "possible")
        if k > 0:
            lemma = t.lemma_.lower()
            if lemma in lex.gov_probable or lemma in lex.probable_negative:
                level = _weakest(level, "probable")
            elif lemma in lex.gov_possible:
                level = _weakest(level, "possible")
    shared = _shared_modal(trigger)
    if shared is not None:
        level = _weakest(level, shared)
    top = chain[-1]
    judge = top.head.head
    if top.dep_ in ("pobj", "pcomp") and top.head.lower_ == "as" and (
            judge.lemma_.lower() in lex.perception_as
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in judge.children)):
        level = _weakest(level, "probable")  # "is seen as an attempt to repair ties"
    return level


def _shared_modal(trigger: Token) -> str | None:
    """Round 44 (h-notevent44, issue 18): a verb conjoined to a verb with a modal of
    possibility, with no auxiliary and no subject of its own, shares that modal ("the
    government could reverse the rules or decline to appeal": one auxiliary over two
    coordinated verb phrases, CGEL ch. 15, coordination of verb phrases; Quirk et al. 1985,
    13.46, ellipsis of the auxiliary in a coordinated predication).  Only the modals of
    possibility, which make the act possible, not asserted."""
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB" or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in trigger.children):
        return None
    first = trigger.head
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first.pos_ not in ("VERB", "AUX"):
        return None
    for c in first.children:
        if c.dep_ == "aux" and c.tag_ == "MD" and _hedge_level(c) == "possible":
            return "possible"
    return None


def _attributed_certainty(ctx: Context, trigger: Token) -> str:
    """Content attributed to an anonymous source, or reported with a "claims" cue, is
    probable."""
    if trigger.i not in ctx.token_attribution:
        return "certain"
    pos = trigger.idx
    around = [q for q in ctx.quotes if q.start <= pos < q.end and q.kind != "scare"]
    if not around:
        return "certain"
    quote = min(around, key=lambda q: q.end - q.start)
    level = "certain"
    speaker = next((s for s in ctx.sources if s.id == quote.speaker), None)
    if speaker is not None and speaker.kind == "anonymous":
        level = "probable"
    chain = set(ctx.token_attribution.get(trigger.i, []))
    if any(s.doubted for s in ctx.sources if s.id in chain):
        level = "probable"  # "..., according to a report", then "if the report stands"
    if quote.cue is not None:
        words = ctx.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        cue = words[0] if words is not None and len(words) else None
        if cue is not None and cue_class(cue) == "claim":
            level = "probable"
    return level


def _quote_of(ctx: Context, trigger: Token):
    """The narrowest quote (reported content, not a scare quote) holding ``trigger``."""
    pos = trigger.idx
    around = [q for q in ctx.quotes if q.start <= pos < q.end and q.kind != "scare"]
    return min(around, key=lambda q: q.end - q.start) if around else None


def _claimed(ctx: Context, trigger: Token) -> bool:
    """Reported through a claim cue ("the group claimed it shot down ...")."""
    if trigger.i not in ctx.token_attribution:
        return False
    quote = _quote_of(ctx, trigger)
    if quote is None or quote.cue is None:
        return False
    words = ctx.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    return words is not None and len(words) > 0 and cue_class(words[0]) == "claim"


def _doubting(word: Token, lex: Lexicon) -> bool:
    """"could not be verified", "was unable to confirm", "denied", "ruled out"."""
    lemma = word.lemma_.lower()
    if lemma in lex.doubt_contradict:
        particle = lex.doubt_particles.get(lemma)
        return particle is None or any(c.dep_ == "prt" and c.lower_ == particle
                                       for c in word.children)
    if lemma not in lex.doubt_verify:
        return False
    if _negated(word):
        return True
    head = word.head
    return word.dep_ == "xcomp" and (head.lemma_.lower() in lex.doubt_negative or (
        head.pos_ == "ADJ" and head.lower_ == "able" and _negated(head)))


def _doubted_report(word: Token, lex: Lexicon) -> Token | None:
    """What a doubting word doubts, when it is a report or a pronoun for one: its passive
    subject or object ("the claim could not be verified", "denied it"), the noun of its
    relative clause ("a claim that could not be verified")."""
    for c in word.children:
        if c.dep_ in ("nsubjpass", "dobj"):
            theme = c
            if c.lower_ in ("that", "which") and word.dep_ == "relcl":
                theme = word.head
            if theme.lemma_.lower() in lex.doubt_reports or theme.lower_ in lex.doubt_reports:
                return theme
    return None


def doubted(ctx: Context, triggers: list[Token]) -> set[int]:
    """The events of claims the text doubts (hedges.yaml `doubt`): a report that "could not
    be independently verified", that another party "denied" or "ruled out".  The doubted
    events are the attributed events of the sentence before the doubting word and of its
    own sentence up to it, and the events of the report's own clause ("denied reports that
    its troops attacked")."""
    lex = lexicon()
    cues = lex.doubt_verify | lex.doubt_contradict
    words = [w for w in ctx.doc if w.lemma_.lower() in cues]
    if not words or not triggers:
        return set()
    out: set[int] = set()
    at = {t.i for t in triggers}
    for word in words:
        if not _doubting(word, lex):
            continue
        theme = _doubted_report(word, lex)
        if theme is None:
            continue
        sent = word.sent
        start = sent.start
        if start > 0:
            start = ctx.doc[start - 1].sent.start
        out |= {t.i for t in triggers if start <= t.i < word.i and t.i in ctx.token_attribution
                and t.i not in (word.i, theme.i)}
        out |= {x.i for c in theme.children if c.dep_ in ("acl", "ccomp", "relcl", "appos")
                and c.i != word.i for x in c.subtree if x.i in at}
    return out


# -- tense ------------------------------------------------------------------------------
# The auxiliaries that put a clause in the future, "would" (the future of the past in
# reported speech: "said it would retaliate") included; assertion, pressure and pledges
# read them, always through :func:`_clitic`.
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})


def _clitic(aux: Token) -> str:
    """An auxiliary's word with a curly apostrophe read as a straight one ("’ll" is
    "'ll"): the same reduced form in another typeface.  The parse tags "’ll" right
    (MD, aux); only the word lists were written with the straight mark.  The one place
    that decides it: every reader of an auxiliary word list (here, assertion, pressure,
    pledges) asks this."""
    return aux.lower_.replace("\u2019", "'")


def future_auxes(verb: Token) -> list[str]:
    """The verb's future auxiliaries (:data:`FUTURE_AUX`), in order, clitics read
    straight: "he’ll go" gives ["'ll"]."""
    return [w for w in (_clitic(c) for c in verb.children if c.dep_ == "aux")
            if w in FUTURE_AUX]


def tense(trigger: Token, depth: int = 0) -> str:
    """past | present | future | none from the verb group; infinitives, participles and
    nominal events take the tense of the verb they hang on where that makes sense."""
    lex = lexicon()
    if depth > 4:
        return "none"
    if trigger.pos_ in NOMINAL or (trigger.pos_ == "ADJ" and trigger.dep_ not in (
            "ROOT", "ccomp", "conj")):
        if any(c.dep_ == "amod" and c.lower_ in lex.future_modifiers for c in trigger.children):
            return "future"  # "the upcoming election"
        gov = _governor(trigger)
        if gov is not None and trigger.dep_ == "dobj" and (
                gov.lemma_.lower() in lex.object_governors):
            return "future"  # "requests a rerun", "negotiated the purchase"
        if gov is not None and gov.tag_.startswith("VB") and (
                trigger.dep_ in ARGUMENTS or trigger.dep_ in ("pobj", "acomp")):
            return tense(gov, depth + 1)
        return "none"
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    words = {_clitic(a) for a in auxes}
    if words & lex.future_aux:
        return "future"  # "will", "'ll", "he’ll" (a curly apostrophe is the same clitic)
    modals = [a for a in auxes if a.tag_ == "MD"]
    if modals:
        if any(a.lower_ in HAVE for a in auxes):
            return "past"  # "could have met"
        return "future" if modals[0].lower_ in lex.future_modals else "present"
    has_to = any(a.tag_ == "TO" for a in auxes)
    gov = trigger.head if trigger.head.i != trigger.i else None
    if has_to and gov is None:
        return "future"  # a headline: "Apple to give free cases to iPhone 4 owners"
    if has_to or (trigger.tag_ in ("VB", "VBG", "VBN") and not auxes):
        if gov is not None and trigger.dep_ in ("xcomp", "advcl", "acl", "pcomp", "ccomp",
                                                "conj", "relcl", "pobj"):
            if has_to and gov.lemma_.lower() not in lex.aspectual:
                # "plans to visit", "is going to visit", "a contract to supply": the
                # infinitive looks forward from its governor
                return "future"
            if trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "relcl"):
                return "past"  # "a warrant issued by the court"
            target = gov.head if gov.pos_ == "ADP" and gov.head.i != gov.i else gov
            if target.tag_.startswith("VB") or target.pos_ == "ADJ":
                return tense(target, depth + 1)
            if trigger.tag_ == "VBG" and trigger.dep_ == "acl" and target.pos_ in NOMINAL:
                return tense(target, depth + 1)
        return "none"
    if any(a.lower_ in HAVE for a in auxes):
        if trigger.tag_ == "VBG":
            return "present"  # "has been seeking"
        return "past"
    do = [a for a in auxes if a.lemma_ == "do"]
    if do:
        return "past" if do[0].tag_ == "VBD" else "present"  # "did not enter", "does not"
    be = [a for a in auxes if a.lemma_ == "be"]
    if be:
        return "past" if be[0].tag_ == "VBD" else "present"
    if trigger.tag_ == "VBD":
        return "past"
    if trigger.tag_ in PRESENT_TAGS:
        return "present"
    if trigger.pos_ == "ADJ" and gov is not None:
        return tense(gov, depth + 1)
    return "none"


def prepare() -> None:
    """Load the factuality lexicon now (see :func:`wiretrace.pipeline.load`)."""
    lexicon()
