"""Noun and adjective cues: "the claim that ...", "his promise to cut taxes", "claims of
hearing loss", "support from young voters"; "X was sure that ...", "X is critical of the
plan"; "made it clear that ..." (classes in ``data/cues.yaml``)."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import _children, clause_tokens, subject_of, that_marked
from .record import Cue, index_of
from .verbs import reports
from .words import FIRST_PERSON, could_be_source, lexicon, names_people, to_marked


def noun_cue(noun: Token) -> Cue | None:
    """"the claim that ...", "reports that ...": a noun with a that-clause; "claims of
    hearing loss": a claim noun with what is claimed after "of"."""
    lex = lexicon()
    cls = lex.nouns.get(noun.lemma_.lower())
    if cls is None:
        return None
    if noun.dep_ == "pobj" and reports(noun.head.head):
        return None  # "said in a statement that ...": the verb is the cue, the noun its medium
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "appos") and that_marked(c):
            speaker = next((g for g in noun.children if g.dep_ == "poss"), None)
            if speaker is None:
                for prep in noun.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                        speaker = next(iter(_children(prep, "pobj")), None)
            if speaker is None and lex.source_nouns.get(noun.lemma_.lower()) == "document" and any(
                g.dep_ == "det" for g in noun.children
            ):
                speaker = noun
            return Cue(tokens=[noun.i], cls=cls, anchor=noun.i, speaker=index_of(speaker),
                       content=clause_tokens(c))
    owner = next((g for g in noun.children if g.dep_ == "poss"), None)
    if owner is not None and owner.lower_ not in FIRST_PERSON and (
            owner.lower_ not in ("its", "their") or could_be_source(owner)):
        # "her support for the plan", "Trump's promise to cut taxes", "his call for a
        # recount": the possessor holds what the noun says
        for c in noun.children:
            if c.dep_ == "acl" and c.tag_ == "VB" and to_marked(c):
                return Cue(tokens=[noun.i], cls=cls, anchor=noun.i, speaker=owner.i,
                           content=clause_tokens(c))
            if c.dep_ == "prep" and c.lower_ in lex.noun_preps.get(cls, ()):
                pobj = next(iter(_children(c, "pobj", "pcomp")), None)
                if pobj is not None and (cls == "stance" or not could_be_source(pobj)):
                    return Cue(tokens=[noun.i], cls=cls, anchor=noun.i, speaker=owner.i,
                               content=clause_tokens(pobj))
    if owner is None and cls in ("stance", "cognitive", "intention", "claim", "speech"):
        # "growing concern about the water supply", "opposition to
        # the new tariff", "requests to reopen the port": the noun's content without a
        # possessor; who holds it, when the phrase says ("criticism from fishermen").
        # An intention noun needs its infinitive here: "demand for new aircraft" and
        # "plans for the A380" are no one's words
        holder = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in (
            "from", "by", "among") for p in _children(c, "pobj") if could_be_source(p) or (
            names_people(p))), None)  # "criticism from fellow hopefuls"
        if holder is None and cls == "stance" and noun.dep_ == "dobj":
            # "The mayor won the endorsement of the dockers' union": a stance noun's "of" names
            # its holder when it is someone who could take sides; the one it backs is the
            # subject of the verb that has it
            of = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in _children(c, "pobj")
                       if could_be_source(p) or names_people(p)), None)
            backed = subject_of(noun.head)
            if of is not None and backed is not None:
                return Cue(tokens=[noun.i], cls=cls, anchor=noun.i, speaker=of.i,
                           content=clause_tokens(backed))
        if cls == "stance" and noun.dep_ == "dobj" and not any(c.dep_ == "prep" and (
                c.lower_ in lex.noun_preps["stance"]) for c in noun.children):
            # "has not received an endorsement from the union", "received more support
            # from young voters": the giver holds the stance, the receiver is backed
            giver = holder or next((p for c in noun.head.children if c.dep_ == "prep" and (
                c.lower_ == "from") for p in _children(c, "pobj") if could_be_source(p) or (
                names_people(p))), None)
            backed = subject_of(noun.head)
            if giver is not None and backed is not None:
                return Cue(tokens=[noun.i], cls=cls, anchor=noun.i, speaker=giver.i,
                           content=clause_tokens(backed))
        if holder is None and noun.dep_ == "dobj" and (
                noun.head.lemma_.lower() in lex.support_verbs):
            holder = subject_of(noun.head)  # "voiced support for the bill"
            if holder is not None and holder.lower_ in FIRST_PERSON:
                holder = None
        for c in noun.children:
            if cls == "intention" and c.dep_ == "acl" and c.tag_ == "VB" and to_marked(c):
                return Cue(tokens=[noun.i], cls=cls, anchor=noun.i, speaker=index_of(holder),
                           content=clause_tokens(c))
            if cls != "intention" and c.dep_ == "prep" and (
                    c.lower_ in lex.noun_preps.get(cls, ())) and c.i == noun.i + 1:
                pobj = next(iter(_children(c, "pobj", "pcomp")), None)
                if pobj is not None and (cls == "stance" or not could_be_source(pobj)) and (
                        pobj.ent_type_ not in ("DATE", "TIME")):  # "a statement on Monday"
                    return Cue(tokens=[noun.i], cls=cls, anchor=noun.i,
                               speaker=index_of(holder), content=clause_tokens(pobj))
    if cls == "claim" or noun.lemma_.lower() in ("report", "word"):
        # "claims of hearing loss", "reports of clashes in Sirte": what is claimed is the
        # object of "of" when it is no one who could speak ("the claims of the company")
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next(iter(_children(prep, "pobj", "pcomp")), None)
                if pobj is not None and not could_be_source(pobj):
                    speaker = next((g for g in noun.children if g.dep_ == "poss"), None)
                    return Cue(tokens=[noun.i], cls=cls, anchor=noun.i,
                               speaker=index_of(speaker), content=clause_tokens(pobj))
    return None


def bound_noun(noun: Token) -> bool:
    """A listed noun that reports nothing where it stands (`noun_cue_limits` in
    cues.yaml): right after the preposition of a fixed phrase ("the aide in charge of
    the port", "held on suspicion of fraud", "a request for comment on the levy"), or
    the object of "about", the topic of another word ("questions about her support for
    the levy")."""
    if noun.dep_ != "pobj":
        return False
    lex = lexicon()
    prep = noun.head.lower_
    return prep in lex.topic_preps or (
        prep in lex.noun_idioms.get(noun.lemma_.lower(), ()) and noun.i == noun.head.i + 1)


COPULAS = {"be", "become", "remain", "seem", "appear", "feel", "sound", "grow"}


def adjective_cue(adj: Token) -> Cue | None:
    """"X was sure that ...", "X is critical of the plan", "X is eager to run": an
    attitude adjective after a copula, with a that-clause, an infinitive or a
    prepositional object; the copula's subject holds it."""
    lex = lexicon()
    cls = lex.adjectives.get(adj.lemma_.lower())
    copula = adj.head
    if cls is None or adj.dep_ != "acomp" or copula.lemma_.lower() not in COPULAS:
        return None
    content: list[int] = []
    for c in list(adj.children) + [c for c in copula.children if c.dep_ == "ccomp"]:
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and to_marked(c)):
            content = clause_tokens(c)
        elif c.dep_ == "prep" and c.lower_ in lex.adjective_preps:
            pobj = next(iter(_children(c, "pobj", "pcomp")), None)
            content = clause_tokens(pobj) if pobj is not None else []
        if content:
            break
    speaker = subject_of(copula)
    if not content or speaker is None or speaker.lower_ in FIRST_PERSON:
        return None
    return Cue(tokens=list(range(copula.i, adj.i + 1)) if copula.i < adj.i else [adj.i],
               cls=cls, anchor=adj.i, speaker=speaker.i, content=content)


def made_clear_cue(adj: Token) -> Cue | None:
    """"The mayor made it clear that the port ...", "has made clear that ...": the
    verb group is the cue, its subject the speaker, the that-clause the content."""
    make = adj.head
    if adj.lower_ != "clear" or make.lemma_.lower() != "make" or adj.dep_ not in (
            "ccomp", "oprd", "xcomp", "acomp", "dobj"):
        return None
    # the that-clause as the parser hangs it: on "clear" or "made" (a "csubj" of "clear"
    # too), or on the noun of a phrase between them ("made clear in interviews that ...")
    inner = [c for p in make.children if p.dep_ == "prep" and p.i > adj.i
             for o in _children(p, "pobj") for c in o.children
             if c.dep_ == "acl" and that_marked(c)]
    clause = next((c for c in list(adj.children) + list(make.children) + inner
                   if c.dep_ in ("ccomp", "advcl", "csubj", "acl") and c.i > adj.i and c.pos_ in (
                       "VERB", "AUX")), None)
    if clause is None:
        return None
    speaker = subject_of(make)
    if speaker is not None and speaker.lower_ in FIRST_PERSON:
        return None
    return Cue(tokens=list(range(make.i, adj.i + 1)), cls="speech", anchor=make.i,
               speaker=index_of(speaker), content=clause_tokens(clause))


SELF_HYPHENS = {"-", "\u2010", "\u2011"}


def self_described_cues(doc) -> list[Cue]:
    """"Tomas Berg, a self-described socialist", "Berg is a self-styled reformer": a
    compound adjective of "self-" and a participle of saying (`self_participles` under
    regard_verbs in cues.yaml) says what its noun's referent calls itself.  The cue is
    the compound, the content the words after it up to the noun ("socialist"), the
    speaker the one the noun phrase describes: the name before it in apposition or the
    subject of its copula (used as a plain name, "the self-described socialist said
    ...", it is no record: PolNeAR's annotators mark it only as a description)."""
    lex = lexicon()
    out = []
    for token in doc:
        low = token.lower_
        if low[:4] == "self" and low[4:5] in SELF_HYPHENS and low[5:] in lex.self_participles:
            words = [token.i]
        elif low in lex.self_participles and token.i >= 2 and (
                doc[token.i - 1].text in SELF_HYPHENS and doc[token.i - 2].lower_ == "self"):
            words = [token.i - 2, token.i - 1, token.i]
        else:
            continue
        noun = token.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= token.i or noun.i - token.i > 6:
            continue
        content = [i for i in range(token.i + 1, noun.i + 1) if not doc[i].is_space]
        if noun.dep_ == "appos" and noun.head.i < noun.i:
            speaker = noun.head
        elif noun.dep_ == "attr":
            speaker = subject_of(noun.head)
        else:
            continue  # "the self-described socialist said ...": a name for the one speaking
        out.append(Cue(tokens=words, cls="speech", anchor=token.i,
                       speaker=index_of(speaker), content=content))
    return out


# the marks that open a title, and those that close a title opened by each (a straight
# mark may close a curly one; two apostrophes, as the NYT archive writes quotation marks,
# are a double mark)
_DOUBLE = frozenset({'"', "\u201d", "''"})
TITLE_CLOSERS = {'"': _DOUBLE, "\u201c": _DOUBLE, "''": _DOUBLE,
                 "\u2018": frozenset({"\u2019", "'"}), "'": frozenset({"'", "\u2019"})}


def title_cues(doc) -> list[Cue]:
    """"an ad titled 'Unifier'", "Titled 'A Harbour Christmas,' the video ...": the
    participle "titled" or "entitled" (`title_participles` under wording_verbs in
    cues.yaml) before a title in quotation marks: the title is the words the work bears,
    the content; no one is named as its source (a topic record)."""
    out = []
    words = lexicon().title_participles
    for token in doc:
        if token.lower_ not in words:
            continue
        i = token.i + 1
        while i < len(doc) and doc[i].text in (",", ":") or (i < len(doc) and doc[i].is_space):
            i += 1
        if i >= len(doc):
            continue
        opener = doc[i].text[:2] if doc[i].text.startswith("''") else doc[i].text[:1]
        if opener not in TITLE_CLOSERS:
            continue
        content, closers, closed = [], TITLE_CLOSERS[opener], False
        for t in doc[i:i + 40]:
            if "\n" in t.text:
                break
            content.append(t.i)
            # the closing mark alone, not an apostrophe ("\u2019s" in "Trump\u2019s Wall")
            if t.i > i and t.text in closers:
                closed = True
                break
        if closed and len(content) > 2:
            out.append(Cue(tokens=[token.i], cls="topic", anchor=token.i, content=content))
    return out
