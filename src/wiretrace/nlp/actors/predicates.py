"""Roles a clause gives a person (issue 20): what the person is said to be; and what
makes a word a finite verb where the tagger may have read it otherwise."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .agents import regular_singulars

# a finite verb's tags; and the tags of a word that a name before it cannot modify as a
# compound noun's head (round 36: ``SourceBook._opening_subject``,
# ``repairs._missed_surnames``)
FINITE = frozenset({"VBD", "VBZ", "VBP", "VBN"})
VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})


@lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """The verb lemmas of the pipeline's rule lemmatizer (its ``lemma_index``, WordNet's
    verbs); empty where the pipeline has none."""
    try:
        from ..language import load

        lemmatizer = load(process_wide=False).get_pipe("lemmatizer")
        return frozenset(lemmatizer.lookups.get_table("lemma_index")["verb"])
    except Exception:  # a pipeline without a rule lemmatizer: the rule stays off
        return frozenset()


@lru_cache(maxsize=2)
def common_words(part: str) -> frozenset[str]:
    """The lemmas of one part of speech ("noun", "adj") of the pipeline's rule lemmatizer
    (its ``lemma_index``, WordNet's: "fascist" adj, "floridian" noun); empty where the
    pipeline has none.  Given names are among them ("rich", "hunter"): a reader checks
    those apart (``mentions._describes``)."""
    try:
        from ..language import load

        index = load(process_wide=False).get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(index[part])
    except Exception:  # a pipeline without a rule lemmatizer: the rule stays off
        return frozenset()


def verb_form(word: str) -> bool:
    """Whether a word in -s is the third person singular of a verb the dictionary lists
    ("despises", "assails", "predicts"): the tagger sometimes reads it a plural noun
    after a name it took for a noun ("Trump despises")."""
    w = word.lower()
    if not w.endswith("s") or len(w) < 4:
        return False
    # the -s form is spelled as the regular plural is (Quirk et al. 1985, 3.5), with -es
    # after -o as well ("echoes", "vetoes"); "aides" is no form of "aid"
    stems = {*regular_singulars(w), *((w[:-2],) if w.endswith("oes") else ())}
    return bool(stems & verb_lemmas())


def finite_next(doc, i: int) -> bool:
    """Whether the word after token ``i`` is a finite verb, by its tag or as a verb in -s
    the tagger read a plural noun ("Trump despises"), and the word after that no verb
    (else the two are a noun and its verb: "Trump supporters believe", "Trump suits were
    made")."""
    if i + 2 >= len(doc):
        return False
    after, then = doc[i + 1], doc[i + 2]
    return (after.tag_ in FINITE or (after.tag_ == "NNS" and verb_form(after.text))) \
        and then.tag_ not in VERB_TAGS


def predicate_roles(root: Token) -> list[Token]:
    """A role the person is said to have by a copula: a predicate noun in the present
    ("Yang is a Chinese businessman in Austria") or a group the person was among ("X was
    among the first refugees to arrive"; membership, not an office that may have ended)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be":
        return []
    found = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"
             and verb.tag_ in ("VBZ", "VBP")]
    found += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "among"
              for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"]
    return found


# verbs of heading a body: "X, who heads the agency" says what "X, head of the agency"
# says (PETRARCH2's agent dictionary codes a head by the body headed: HEAD_OF_STATE,
# HEAD_OF_NATIONAL_POLICE, LEADER_OF_PARLIAMENT, DIRECTOR_GENERAL_OF_CIVIL_AVIATION)
HEADING_VERBS = frozenset({"head", "lead", "run", "chair", "direct", "manage"})


def _present_relatives(root: Token) -> list[Token]:
    """The verbs of the nonrestrictive relative clauses on a name with "who" as their
    subject, in the present tense ("Chelsea Clinton, who is its vice chairwoman"): such
    a clause says what an apposition says (Quirk et al. 1985, 17.65-17.93: "Mr
    Smith, who is our MP" ~ "Mr Smith, our MP").  A past tense ("who was a top adviser",
    "who led the agency") tells a role that may have ended, as a past copula does
    (:func:`predicate_roles`), and gives nothing."""
    return [c for c in root.children if c.dep_ == "relcl" and c.tag_ in ("VBZ", "VBP")
            and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children)]


def relative_roles(root: Token) -> list[Token]:
    """Role nouns a present "who is ..." clause on a name gives it ("X, who is the
    group's director"), as a noun in apposition does."""
    return [a for v in _present_relatives(root) if v.lemma_ == "be"
            for a in v.children if a.dep_ == "attr" and a.pos_ == "NOUN"]


def headed_bodies(root: Token) -> list[Token]:
    """The bodies a present "who heads/leads/runs ..." clause on a name says the person
    heads ("Rand Paul, who heads the Senate panel"): the objects of the verb."""
    return [o for v in _present_relatives(root) if v.lemma_ in HEADING_VERBS
            for o in v.children if o.dep_ == "dobj"]
