"""Noun cues of round 14 (issue 21): "his call for a recount", "chants of 'Lock her up'",
"made the case that ...", "took a swipe at the mayor", "is a supporter of the levy"
(`request_nouns`, `wording_nouns`, `light_verb_nouns` and `role_nouns` in
``data/cues.yaml``); of round 15, "his attacks on the senator" (`attack_nouns`) and
"sent him a message: ..." (`colon_nouns`)."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import _children, clause_tokens, subject_of, that_marked
from .record import Cue, index_of
from .words import FIRST_PERSON, could_be_source, cue_class, lexicon, names_people


def light_noun_cue(noun: Token) -> Cue | None:
    """The first of the round's noun cues that ``noun`` is."""
    return _request(noun) or _wording(noun) or _light(noun) or _role(noun) or _attack(noun) or (
        _colon(noun))


def _object(noun: Token, preps: frozenset[str], *heads: Token,
            next_word: bool = False) -> Token | None:
    """The object of the first of ``preps`` after the noun, under the noun or one of
    ``heads`` ("the case for the levy", "made a case to the union for the levy");
    ``next_word``: only a preposition right after the noun ("calls for a recount", not
    "an appeal to voters who dial one for English")."""
    for head in (noun, *heads):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in preps and prep.i > noun.i and (
                    not next_word or prep.i == noun.i + 1):
                obj = next(iter(_children(prep, "pobj", "pcomp")), None)
                if obj is not None:
                    return obj
    return None


def _that_clause(noun: Token, *heads: Token) -> Token | None:
    """A that-clause after the noun, under it or under one of ``heads``."""
    for head in (noun, *heads):
        for c in head.children:
            if c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i and that_marked(c):
                return c
    return None


def _content(obj: Token) -> list[int]:
    """The object's words as content, less an aside after a comma that hangs in it ("a
    supporter of the levy, which passed in May", "signs of a shift, a gradual one"), and
    with an infinitive right after it that the parser hung elsewhere ("calls for the
    council to cancel the levy")."""
    doc = obj.doc
    aside = {t.i for c in obj.subtree if c.dep_ in ("relcl", "appos", "acl") and c.i > obj.i
             and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    words = clause_tokens(obj, exclude=aside)
    after = obj.right_edge.i + 1
    if words and not aside and after < len(doc) and doc[after].tag_ == "TO" and (
            doc[after].head.tag_ == "VB" and doc[after].head.i > after):
        verb = doc[after].head
        words = sorted(set(words) | {t.i for t in verb.subtree if t.i >= after
                                     and not t.is_space})
        while words and doc[words[-1]].is_punct:
            words.pop()
    return words


def _speaker(token: Token | None) -> Token | None:
    return None if token is None or token.lower_ in FIRST_PERSON else token


def _holder(noun: Token) -> Token | None:
    """Who holds the noun: its possessor ("Pence's call"), its "from" / "by" / "among"
    phrase when it names someone ("calls from the union"), or the subject of a support
    verb that has it as object ("renewed their calls for ...")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and (owner.lower_ not in ("its", "their") or could_be_source(owner)):
        return _speaker(owner)
    holder = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in (
        "from", "by", "among") for p in _children(c, "pobj")
        if could_be_source(p) or names_people(p)), None)
    if holder is not None:
        return holder
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon().support_verbs:
        return _speaker(subject_of(noun.head))
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB":
        # "opened with a call for ...", "responded with chants of ...": who acts with it
        return _speaker(subject_of(noun.head.head))
    return None


def _for_clause(noun: Token) -> Token | None:
    """A for-to clause after the noun ("a plea for the party to unite"), which the parser
    hangs on the noun or on the verb that has it, with "for" as its mark."""
    for head in (noun, noun.head):
        for c in head.children:
            if c.dep_ in ("advcl", "acl", "relcl") and c.i > noun.i and any(
                    g.dep_ == "mark" and g.lower_ == "for" and g.i > noun.i for g in c.children):
                return c
    return None


def _request(noun: Token) -> Cue | None:
    lemmas, preps, _ = lexicon().noun_groups["request_nouns"]
    if noun.lemma_.lower() not in lemmas:
        return None
    clause = _for_clause(noun)
    obj = clause or _object(noun, preps, next_word=True)
    if obj is None or obj.ent_type_ in ("DATE", "TIME"):
        return None
    if clause is not None:  # less its "for", as the preposition's object is
        content = clause_tokens(clause, exclude={g.i for g in clause.children
                                                 if g.dep_ == "mark"})
    else:
        content = _content(obj)
    return Cue(tokens=[noun.i], cls="intention", anchor=noun.i,
               speaker=index_of(_holder(noun)), content=content)


def _wording(noun: Token) -> Cue | None:
    lemmas, preps, _ = lexicon().noun_groups["wording_nouns"]
    if noun.lemma_.lower() not in lemmas:
        return None
    obj = _object(noun, preps, next_word=True)
    if obj is None:
        return None
    return Cue(tokens=[noun.i], cls="speech", anchor=noun.i,
               speaker=index_of(_holder(noun)), content=_content(obj))


def _light(noun: Token) -> Cue | None:
    """"made the case that ...", "showed no sign of backing down": the noun is the light
    verb's object; the verb's subject holds the clause or the preposition's object."""
    entry = lexicon().light_nouns.get(noun.lemma_.lower())
    verb = noun.head
    if entry is None or noun.dep_ != "dobj" or verb.lemma_.lower() not in entry[0]:
        return None
    clause = _that_clause(noun, verb)
    obj = None if clause is not None else _object(noun, entry[1], verb)
    speaker = _speaker(subject_of(verb))
    if (clause is None and obj is None) or speaker is None:
        return None
    return Cue(tokens=[noun.i], cls=entry[2], anchor=noun.i, speaker=speaker.i,
               content=clause_tokens(clause) if clause is not None else _content(obj))


def _role(noun: Token) -> Cue | None:
    """"the mayor is a supporter of the levy": the copula's subject takes the side."""
    lemmas, preps, copulas = lexicon().noun_groups["role_nouns"]
    if noun.lemma_.lower() not in lemmas or noun.dep_ != "attr" or (
            noun.head.lemma_.lower() not in copulas):
        return None
    obj = _object(noun, preps)
    speaker = _speaker(subject_of(noun.head))
    if obj is None or speaker is None:
        return None
    return Cue(tokens=[noun.i], cls="stance", anchor=noun.i, speaker=speaker.i,
               content=_content(obj))


PERSON_POSSESSIVES = frozenset({"his", "her", "he", "she"})
PLACES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _person(token: Token | None) -> bool:
    """Someone who can attack in words: a name the tagger calls no place or nationality
    (it often calls a candidate's surname an ORG), "his" / "her", he / she, or a noun for
    people ("the senator", "his allies"); not "its" / "their", which armed groups share."""
    return token is not None and (token.lower_ in PERSON_POSSESSIVES or names_people(token) or (
        token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG", "")))


def _attack(noun: Token) -> Cue | None:
    """"his attacks on the senator", "launched an attack against the levy": a verbal
    attack held by a person, its possessor or the subject of a verb that launches it;
    the object of "on" / "against" is the content, when it is no place or time (the
    armed sense: "the attack on the city", "the attack on Sunday")."""
    lemmas, preps, verbs = lexicon().noun_groups["attack_nouns"]
    if noun.lemma_.lower() not in lemmas or noun.pos_ != "NOUN":
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    heads: tuple[Token, ...] = ()
    if holder is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs:
        holder, heads = subject_of(noun.head), (noun.head,)
    obj = _object(noun, preps, *heads)
    if obj is None or holder is None or not _person(holder) or obj.ent_type_ in PLACES:
        return None
    return Cue(tokens=[noun.i], cls="stance", anchor=noun.i, speaker=holder.i,
               content=_content(obj))


LEFT_MODIFIERS = ("det", "poss", "amod", "nummod", "compound")


def _colon(noun: Token) -> Cue | None:
    """"sent the mayor a blunt message: the levy must go": a noun of wording right
    before a colon; the rest of the sentence is the content, its possessor or the
    subject of the verb that has it as object the holder (`colon_nouns`)."""
    lemmas = lexicon().noun_groups["colon_nouns"][0]
    doc = noun.doc
    after = noun.i + 2
    if noun.lemma_.lower() not in lemmas or after >= len(doc) or doc[noun.i + 1].text != ":" or (
            "\n" in doc[noun.i + 1].whitespace_ + doc[after].text) or not any(
            c.dep_ in LEFT_MODIFIERS and c.i < noun.i for c in noun.children):
        return None
    if noun.dep_ == "pobj" and cue_class(noun.head.head) is not None:
        return None  # "said in a statement: ...": the verb is the cue
    end = doc[after].sent.end
    content = [i for i in range(after, end) if not doc[i].is_space]
    while content and doc[content[-1]].is_punct:
        content.pop()
    if not content:
        return None
    holder = _holder(noun)
    if holder is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        holder = _speaker(subject_of(noun.head))
    return Cue(tokens=[noun.i], cls="speech", anchor=noun.i, speaker=index_of(holder),
               content=content)
