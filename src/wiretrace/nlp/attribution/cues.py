"""Reporting cues: the words that mark attributed content ("said", "according to",
"refused to comment"), each with its speaker, relay, addressee and content tokens.
The words and their classes live in ``data/cues.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.symbols import ADJ, NOUN
from spacy.tokens import Doc, Token

from ..actors.antecedents import relative_head
from ..context import tokens_tagged, tokens_with
from .clauses import (
    _as_predicate,
    _children,
    _content_of_verb,
    _host_clause,
    _is_passive,
    _relay_subject,
    clause_tokens,
    subject_of,
)
from .words import FIRST_PERSON, SUBJECTS, could_be_source, cue_class, lexicon, names_people


@dataclass
class Cue:
    """One reporting cue in the Doc; token positions are Doc indices."""

    tokens: list[int]
    cls: str
    anchor: int
    speaker: int | None = None
    relay: int | None = None
    addressee: int | None = None
    content: list[int] = field(default_factory=list)
    medium: int | None = None  # "said in a statement": the noun "statement"

    def span(self, doc: Doc) -> tuple[int, int]:
        """Character span of the cue words, or of the anchor alone when they are apart
        ("quoted a source ... as saying")."""
        lo, hi = min(self.tokens), max(self.tokens)
        if hi - lo + 1 != len(self.tokens):
            lo = hi = self.anchor
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _medium(verb: Token) -> Token | None:
    """The channel of a cue: "said in a statement", "In his speech, the Prime Minister
    applauded ...", "told reporters at a briefing"."""
    lex = lexicon()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in lex.medium_preps:
            for pobj in _children(c, "pobj"):
                if pobj.lemma_.lower() in lex.medium_nouns:
                    return pobj
    return None


def _addressee(verb: Token) -> Token | None:
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.addressee_object:
        for c in verb.children:
            if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN"):
                return c
    preps = lex.addressee_prep.get(lemma, frozenset())
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            for pobj in _children(c, "pobj"):
                return pobj
    return None


def _evidential_cue(verb: Token) -> Cue | None:
    """"Enthusiasm for the plan appears to have faded", "the mayor seemed intent on
    ...", "It appears that the talks went well": an appearance that no one is said to
    hold.  The content is the subject and what it seems to be or do (two pieces), or the
    that-clause after "it"; the record has no speaker."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    for c in verb.children:
        if c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in ("as", "like") for g in c.children)):
            content = clause_tokens(c)
            if subject is not None and subject.lower_ != "it":
                content = sorted(set(clause_tokens(subject)) | set(content))
            return Cue(tokens=[verb.i], cls="evidential", anchor=verb.i, content=content)
    if subject is None or subject.lower_ in ("it", "there") or subject.tag_ in ("WP", "WDT"):
        return None
    for c in verb.children:
        # the predicate after "seem": an adjective the parser may label acomp, xcomp or
        # oprd ("New Hampshire seems stable"), a noun ("seemed a long shot"), or a
        # "like" phrase ("seems like a fair idea": "like" as a copular complement)
        if (c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children)) or (
                c.dep_ in ("acomp", "xcomp", "oprd") and c.pos_ == "ADJ") or (
                c.dep_ == "attr" and c.pos_ == "NOUN") or (
                c.dep_ == "prep" and c.lower_ == "like" and _children(c, "pobj", "pcomp")):
            return Cue(tokens=[verb.i], cls="evidential", anchor=verb.i,
                       content=sorted(set(clause_tokens(subject)) | set(clause_tokens(c))))
    return None


def _act_stance(verb: Token) -> Cue | None:
    """"defended his remarks", "defended himself against the allegations": a verb of
    judgment whose object is something said, done or decided (`speech_act_stances`)."""
    lex = lexicon()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or _is_passive(verb):
        return None
    against = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
               for p in _children(c, "pobj") if p.lemma_.lower() in lex.act_against]
    if obj.lemma_.lower() not in lex.act_objects and not against:
        return None
    speaker = subject_of(verb)
    if speaker is None or speaker.lower_ in FIRST_PERSON:
        return None
    content = set(clause_tokens(obj))
    for p in against:
        content |= set(clause_tokens(p.head))
    return Cue(tokens=[verb.i], cls="stance", anchor=verb.i, speaker=speaker.i,
               content=sorted(content))


def _put_cue(verb: Token) -> Cue | None:
    """"As one diplomat put it, the deal is dead" (the cue is "put it", the content the
    clause it hangs on), "Forbes puts his fortune at $3 billion" (the object and the "at"
    phrase): `put_idioms` in cues.yaml."""
    lex = lexicon()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    speaker = subject_of(verb)
    if obj is None or speaker is None or speaker.lower_ in FIRST_PERSON or _is_passive(verb):
        return None
    if obj.lower_ in lex.put_said:
        return Cue(tokens=sorted({verb.i, obj.i}), cls="speech", anchor=verb.i,
                   speaker=speaker.i, content=_host_clause(verb))
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.put_estimate
               and c.i > obj.i and _children(c, "pobj")), None)
    if at is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return Cue(tokens=[verb.i], cls="speech", anchor=verb.i, speaker=speaker.i,
               content=sorted(set(clause_tokens(obj)) | set(clause_tokens(at))))


def _verb_cue(verb: Token) -> Cue | None:
    lex = lexicon()
    cls = lex.verbs.get(verb.lemma_.lower())
    if cls is None and verb.lemma_.lower() in lex.act_stances:
        return _act_stance(verb)
    if cls is None and verb.lemma_.lower() in lex.put_verbs:
        return _put_cue(verb)
    if cls is None or (verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD")):
        return None  # a participle used as an adjective: "pledged delegates"
    if cls == "evidential":
        return _evidential_cue(verb)
    if cls == "refuse":
        # "refused to comment (to the report)": a cue without content
        for c in verb.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in lex.refusal_objects:
                words = [verb.i] + [t.i for t in c.lefts if t.dep_ == "aux"] + [c.i]
                return Cue(tokens=sorted(words), cls=cls, anchor=verb.i,
                           speaker=_index(subject_of(verb)), addressee=_index(_addressee(c)))
        # "refused to sign the lease", "declined to release the files": a stated
        # intention not to (PolNeAR's guidelines: declining is an act of expression)
        speaker = subject_of(verb)
        for c in verb.children:
            if c.dep_ == "xcomp" and c.tag_ == "VB" and any(g.tag_ == "TO" for g in c.children) \
                    and (speaker is None or speaker.lower_ not in FIRST_PERSON):
                return Cue(tokens=[verb.i], cls="intention", anchor=verb.i,
                           speaker=_index(speaker), content=clause_tokens(c))
        return None
    if verb.dep_ == "xcomp" and lex.verbs.get(verb.head.lemma_.lower()) == "refuse" and (
            verb.lemma_.lower() in lex.refusal_objects):
        return None  # "declined to comment on the report": the refusal is the cue
    speaker = subject_of(verb)
    if speaker is not None and speaker.lower_ in FIRST_PERSON - {"i", "we"}:
        return None  # "you know": no one's attribution
    # "I think ...", "we would note that ...": inside a quote the quote's speaker speaks
    # (chains leaves such content to the quote); outside, the writer does
    if cls == "relay" and verb.lemma_.lower() == "cite" and verb.tag_ == "VBG":
        obj = [c for c in verb.children if c.dep_ == "dobj"]
        own = [c for c in verb.children if c.dep_ == "ccomp"]
        head = verb.head
        if obj and own and could_be_source(obj[0]) and cue_class(head) in ("speech", "claim"):
            # "Reuters reported, citing two officials, that ...": the parser hung the
            # that-clause on "citing"; the officials speak, Reuters relays, "reported" cues
            return Cue(tokens=[head.i], cls=cue_class(head) or "speech", anchor=head.i,
                       speaker=obj[0].i, relay=_index(speaker),
                       content=clause_tokens(own[0]))
        if obj and could_be_source(obj[0]) and (_reports(verb.head) or _opens_content(verb)):
            return None  # "Reuters reported, citing sources": the cue it modifies has it
        # "called for a re-run, citing major flaws": the subject cites the flaws
        return Cue(tokens=[verb.i], cls="speech", anchor=verb.i, speaker=_index(speaker),
                   content=clause_tokens(obj[0]) if obj else [])
    if cls == "relay" and verb.lemma_.lower() == "cite" and not _is_passive(verb):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and not could_be_source(obj):
            # "Okafor cited her letter as proof of ...", "He cited harbour data
            # showing ...": what is cited is the content (PolNeAR), the subject speaks
            content = set(clause_tokens(obj))
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i:
                    content |= set(clause_tokens(c))
            return Cue(tokens=[verb.i], cls="speech", anchor=verb.i,
                       speaker=_index(speaker), content=sorted(content),
                       medium=_index(_medium(verb)))
    if verb.lemma_.lower() in lex.refusal_objects and any(c.dep_ == "neg" for c in
                                                          verb.children):
        # "Papermaster did not comment on the situation": a refusal to comment
        words = [verb.i] + [c.i for c in verb.children if c.dep_ in ("neg", "aux")]
        return Cue(tokens=sorted(words), cls="refuse", anchor=verb.i,
                   speaker=_index(speaker), addressee=_index(_addressee(verb)))
    words = [verb.i]
    # "was quoted as saying": one cue phrase
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        quoted = verb.head.head
        if quoted.lemma_.lower() == "quote" and quoted.i == verb.i - 2:
            words = [quoted.i, verb.head.i, verb.i]
    by_agent = _participle_with_agent(verb, cls) or _regarded(verb)
    if by_agent is not None:
        return by_agent
    content = _content_of_verb(verb, cls)
    if not content and cls in ("speech", "claim", "cognitive", "evidence"):
        content = _host_clause(verb)  # "..., records show", "as the results show, ..."
    if cls in ("cognitive", "evidence", "intention", "stance") and not content:
        return None
    if cls in ("stance", "intention") and _is_passive(verb):
        return None  # "Russian-backed forces", "the planned talks": no one takes a stance
    if cls == "stance" and speaker is not None and speaker.pos_ == "NOUN" and not (
            could_be_source(speaker) or names_people(speaker)):
        return None  # "the deal had favored the bidder": a thing takes no side
    relay = None
    if cls == "relay":
        # the one quoted speaks; the quoting subject relays
        obj = [c for c in verb.children if c.dep_ == "dobj"]
        if obj:
            relay, speaker = speaker, obj[0]
        elif _is_passive(verb):
            relay = next((p for a in _children(verb, "agent") for p in _children(a, "pobj")), None)
    elif verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl", "pcomp"):
        relay = _relay_subject(verb)
    cue = Cue(tokens=words, cls=cls, anchor=verb.i, speaker=_index(speaker),
              relay=_index(relay), addressee=_index(_addressee(verb)), content=content,
              medium=_index(_medium(verb)))
    # "Reuters reported, citing sources, that ...": the sources speak, Reuters relays.  The
    # parser hangs "citing" on the verb or, before "that", on the reported clause.
    clause = [c for c in verb.children if c.dep_ == "ccomp"]
    citing = [c for c in list(verb.children) + [g for k in clause for g in k.children]
              if c.lemma_.lower() == "cite" and c.tag_ == "VBG"
              and (c.head.i == verb.i or _opens_content(c))]
    for c in citing:
        cited = [g for g in c.children if g.dep_ == "dobj"]
        if content and cited and could_be_source(cited[0]):
            cue.relay, cue.speaker = cue.speaker, cited[0].i
            if c.head.i != verb.i:
                cue.content = clause_tokens(c.head, exclude={t.i for t in c.subtree})
    return cue


def _participle_with_agent(verb: Token, cls: str) -> Cue | None:
    """"a levy criticized by fishing crews", "The port plan, opposed by the dockers'
    union, ...", "Okafor, backed by the mayor and opposed by the union": a participle
    with its "by" agent that modifies a noun; the agent holds the stance or said it, the
    noun (without the participle) is the content (PolNeAR's guidelines: the source of a
    passive cue is its "by" phrase)."""
    if verb.tag_ != "VBN" or cls not in ("stance", "speech", "claim", "deny", "cognitive"):
        return None
    agent = next((p for a in _children(verb, "agent") for p in _children(a, "pobj")), None)
    if agent is None:
        return None
    top = verb
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN" and verb.head.dep_ == "acl":
        top = verb.head  # "aided by Russia and opposed by the U.S."
    noun = top.head
    if top.dep_ != "acl" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    content = clause_tokens(noun, exclude={t.i for t in top.subtree})
    if not content:
        return None
    return Cue(tokens=[verb.i], cls=cls, anchor=verb.i, speaker=agent.i, content=content)


def _regarded(verb: Token) -> Cue | None:
    """"The levy is seen as unfair", "was seen by some as a demotion", "a port widely
    regarded as the best", "emails now deemed classified": a verb of regarding in the
    passive with its predicate; the one regarded and the predicate are the content, the
    "by" agent (if any) holds the view (`regard_verbs` in cues.yaml)."""
    lex = lexicon()
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in lex.regard_verbs:
        return None
    agent = next((p for a in _children(verb, "agent") for p in _children(a, "pobj")), None)
    # the parser may hang the "as" on the agent: "was seen by some as a demotion"
    near = list(verb.children) + (list(agent.subtree) if agent is not None else [])
    pred = next((c for c in near if (c.dep_ == "prep" and c.lower_ == "as" and (
        _as_predicate(c))) or (c.head.i == verb.i and (c.dep_ in ("oprd", "xcomp", "acomp") or (
            c.dep_ == "dobj" and verb.dep_ == "acl")))), None)
    if pred is None or pred.i < verb.i:
        return None
    if _is_passive(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.lower_ in ("it", "there"):
            return None
        held = relative_head(subject) if subject.tag_ in ("WDT", "WP") else subject
    elif verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and (
            verb.head.i < verb.i) and verb.lemma_.lower() not in lex.naming_participles:
        held = verb.head
    else:
        return None
    # "a port regarded as the best", "The union, which is seen as ...": the cue's own
    # clause hangs inside the noun regarded
    own = {t.i for t in verb.subtree} if verb.i in {t.i for t in held.subtree} else set()
    content = set(clause_tokens(held, exclude=own))
    content |= set(clause_tokens(pred))
    return Cue(tokens=[verb.i], cls="cognitive", anchor=verb.i, speaker=_index(agent),
               content=sorted(content))


def _opens_content(citing: Token) -> bool:
    """"reported, citing sources, that ...": "citing" parsed into the that-clause."""
    clause = citing.head
    return clause.dep_ == "ccomp" and _reports(clause.head) and any(
        g.dep_ == "mark" and g.i > citing.i for g in clause.children)


def _reports(verb: Token) -> bool:
    """Whether a verb is a cue with reported content of its own."""
    cls = cue_class(verb)
    return bool(verb.tag_.startswith("VB") and cls in ("speech", "claim", "deny")
                and _content_of_verb(verb, cls))


def _noun_cue(noun: Token) -> Cue | None:
    """"the claim that ...", "reports that ...": a noun with a that-clause; "claims of
    hearing loss": a claim noun with what is claimed after "of"."""
    lex = lexicon()
    cls = lex.nouns.get(noun.lemma_.lower())
    if cls is None:
        return None
    if noun.dep_ == "pobj" and _reports(noun.head.head):
        return None  # "said in a statement that ...": the verb is the cue, the noun its medium
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "appos") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children
        ):
            speaker = next((g for g in noun.children if g.dep_ == "poss"), None)
            if speaker is None:
                for prep in noun.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                        speaker = next(iter(_children(prep, "pobj")), None)
            if speaker is None and lex.source_nouns.get(noun.lemma_.lower()) == "document" and any(
                g.dep_ == "det" for g in noun.children
            ):
                speaker = noun
            return Cue(tokens=[noun.i], cls=cls, anchor=noun.i, speaker=_index(speaker),
                       content=clause_tokens(c))
    owner = next((g for g in noun.children if g.dep_ == "poss"), None)
    if owner is not None and owner.lower_ not in FIRST_PERSON and (
            owner.lower_ not in ("its", "their") or could_be_source(owner)):
        # "her support for the plan", "Trump's promise to cut taxes", "his call for a
        # recount": the possessor holds what the noun says
        for c in noun.children:
            if c.dep_ == "acl" and c.tag_ == "VB" and any(g.tag_ == "TO" for g in c.children):
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
            "from", "by", "among") for p in _children(c, "pobj") if could_be_source(p)), None)
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
            if cls == "intention" and c.dep_ == "acl" and c.tag_ == "VB" and any(
                    g.tag_ == "TO" for g in c.children):
                return Cue(tokens=[noun.i], cls=cls, anchor=noun.i, speaker=_index(holder),
                           content=clause_tokens(c))
            if cls != "intention" and c.dep_ == "prep" and (
                    c.lower_ in lex.noun_preps.get(cls, ())) and c.i == noun.i + 1:
                pobj = next(iter(_children(c, "pobj", "pcomp")), None)
                if pobj is not None and (cls == "stance" or not could_be_source(pobj)) and (
                        pobj.ent_type_ not in ("DATE", "TIME")):  # "a statement on Monday"
                    return Cue(tokens=[noun.i], cls=cls, anchor=noun.i,
                               speaker=_index(holder), content=clause_tokens(pobj))
    if cls == "claim" or noun.lemma_.lower() in ("report", "news", "word"):
        # "claims of hearing loss", "reports of clashes in Sirte": what is claimed is the
        # object of "of" when it is no one who could speak ("the claims of the company")
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next(iter(_children(prep, "pobj", "pcomp")), None)
                if pobj is not None and not could_be_source(pobj):
                    speaker = next((g for g in noun.children if g.dep_ == "poss"), None)
                    return Cue(tokens=[noun.i], cls=cls, anchor=noun.i,
                               speaker=_index(speaker), content=clause_tokens(pobj))
    return None


COPULAS = {"be", "become", "remain", "seem", "appear", "feel", "sound", "grow"}


def _adjective_cue(adj: Token) -> Cue | None:
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
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children)):
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


def _phrase_cues(doc: Doc) -> list[Cue]:
    """"according to X": X speaks the clause the phrase hangs on, less the phrase."""
    lex = lexicon()
    out = []
    at: dict[str, list[int]] = {}
    for token in tokens_with(doc, frozenset(words[0] for words, _, _ in lex.phrases)):
        at.setdefault(token.lower_, []).append(token.i)
    for words, cls, obj_word in lex.phrases:
        n = len(words)
        for i in at.get(words[0], ()):
            if tuple(t.lower_ for t in doc[i:i + n]) != words:
                continue
            phrase = range(i, i + n)
            speaker = next(iter(_children(doc[i + words.index(obj_word)], "pobj")), None)
            if speaker is None:
                continue
            # climb to the clause the phrase modifies: "met ..., according to a report"
            head = doc[i]
            while head.i in phrase or head.pos_ not in ("VERB", "AUX"):
                if head.head.i == head.i:
                    break
                head = head.head
            # the phrase and what hangs on it: "as stated on the airline's website" is
            # one clause headed by "stated"
            tops = [doc[j] for j in phrase if doc[j].head.i not in phrase]
            taken = {t.i for top in tops for t in top.subtree} | set(phrase)
            for j in (min(taken) - 1, max(taken) + 1):  # the commas that set it off
                if 0 <= j < len(doc) and doc[j].text == ",":
                    taken.add(j)
            content = [] if head.i in taken else clause_tokens(head, exclude=taken)
            out.append(Cue(tokens=list(phrase), cls=cls, anchor=i, speaker=speaker.i,
                           content=content))
    return out


def _survey_cues(doc: Doc) -> list[Cue]:
    """"Okafor led by ten points in a new national poll": the poll speaks the clause
    its "in" phrase hangs on, less the phrase (as "according to" does).  Not "the polls"
    ("slid in the polls", "trails him in the polls"): a standing over polls in general,
    which no one poll reports."""
    lex = lexicon()
    out = []
    for prep in tokens_with(doc, lex.survey_preps):
        if prep.dep_ != "prep":
            continue
        pobj = next(iter(_children(prep, "pobj")), None)
        head = prep.head
        if pobj is None or pobj.lemma_.lower() not in lex.survey_nouns or (
                head.pos_ not in ("VERB", "AUX")) or cue_class(head) is not None or (
                pobj.tag_ == "NNS" and all(c.lower_ == "the" for c in pobj.children)):
            continue  # "said in a poll": the verb is the cue; "trails in the polls": a standing
        content = _clause_less_phrase(doc, head, prep)
        if content:
            out.append(Cue(tokens=[prep.i], cls="evidence", anchor=prep.i, speaker=pobj.i,
                           content=content))
    return out


def _clause_less_phrase(doc: Doc, head: Token, prep: Token) -> list[int]:
    """The clause ``head`` governs without the phrase ``prep`` heads and the commas around
    it ("In a poll, most said ...": the content is "most said ...")."""
    taken = {t.i for t in prep.subtree}
    for j in (min(taken) - 1, max(taken) + 1):
        if 0 <= j < len(doc) and doc[j].text == ",":
            taken.add(j)
    return clause_tokens(head, exclude=taken)


def _opinion_cues(doc: Doc) -> list[Cue]:
    """"In the mayor's view, the levy is unfair", "in the eyes of many fishermen": the
    holder (the noun's possessor or its "of" phrase) holds the clause the "in" phrase
    hangs on, less the phrase; the noun is the cue (`opinion_nouns` in cues.yaml)."""
    lex = lexicon()
    out = []
    for prep in tokens_with(doc, lex.opinion_preps):
        pobj = next(iter(_children(prep, "pobj")), None)
        head = prep.head
        if prep.dep_ != "prep" or pobj is None or (
                pobj.lemma_.lower() not in lex.opinion_nouns) or head.pos_ not in ("VERB", "AUX"):
            continue
        holder = next((c for c in pobj.children if c.dep_ == "poss"), None) or next(
            (p for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in _children(c, "pobj")), None)
        if holder is None or holder.lower_ in FIRST_PERSON:
            continue
        content = _clause_less_phrase(doc, head, prep)
        if content:
            out.append(Cue(tokens=[pobj.i], cls="cognitive", anchor=pobj.i,
                           speaker=holder.i, content=content))
    return out


def _made_clear_cue(adj: Token) -> Cue | None:
    """"The mayor made it clear that the port ...", "has made clear that ...": the
    verb group is the cue, its subject the speaker, the that-clause the content."""
    make = adj.head
    if adj.lower_ != "clear" or make.lemma_.lower() != "make" or adj.dep_ not in (
            "ccomp", "oprd", "xcomp", "acomp", "dobj"):
        return None
    clause = next((c for c in list(adj.children) + list(make.children)
                   if c.dep_ in ("ccomp", "advcl") and c.i > adj.i and c.pos_ in (
                       "VERB", "AUX")), None)
    if clause is None:
        return None
    speaker = subject_of(make)
    if speaker is not None and speaker.lower_ in FIRST_PERSON:
        return None
    return Cue(tokens=list(range(make.i, adj.i + 1)), cls="speech", anchor=make.i,
               speaker=_index(speaker), content=clause_tokens(clause))


def _index(token: Token | None) -> int | None:
    return None if token is None else token.i


def find_cues(doc: Doc, skip: frozenset[int] = frozenset()) -> list[Cue]:
    """Every reporting cue in ``doc`` (tokens in ``skip`` are neither cues nor content)."""
    from .shells import shell_cue  # shells builds Cue records: imported here, not above

    cues: list[Cue] = []
    for i in tokens_tagged(doc, frozenset({NOUN, ADJ}), lambda tag: tag.startswith("VB")):
        token = doc[i]
        if i in skip or token.is_space:
            continue
        cue = None
        if token.tag_.startswith("VB"):
            cue = _verb_cue(token)
        elif token.pos_ == "NOUN":
            cue = _noun_cue(token) or shell_cue(token)
        elif token.pos_ == "ADJ":
            cue = _adjective_cue(token) or _made_clear_cue(token)
        if cue is not None:
            cues.append(cue)
    from .labels import headline_verb_cues, label_cues  # they build Cue records

    anchors = {c.anchor for c in cues}
    found = _phrase_cues(doc) + _survey_cues(doc) + _opinion_cues(doc) + label_cues(doc) + [
        c for c in headline_verb_cues(doc) if c.anchor not in anchors]
    cues += [c for c in found if c.anchor not in skip]
    for cue in cues:
        cue.content = [i for i in cue.content if i not in skip]
    return sorted(cues, key=lambda c: c.anchor)
