"""Verb cues: "said", "denied", "believes", "refused to comment", "was quoted as saying",
"cited", "put it", "seems", "a levy criticized by fishing crews", "is seen as": the verb
with its speaker, relay, addressee, medium and content (classes in ``data/cues.yaml``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.antecedents import relative_head
from ..actors.places import PLACE_TYPES
from .attitudes import attitude_cue
from .clauses import (
    CLOSING_MARKS,
    _as_predicate,
    _children,
    _content_of_verb,
    _is_passive,
    _relay_subject,
    by_agent,
    clause_tokens,
    subject_of,
    that_marked,
)
from .decrees import decree_cue, obligation_cue
from .hosts import host_clause, relative_object
from .passives import passive_stance
from .record import Cue, index_of
from .refusals import negated_refusal, refuse_cue
from .runon import medial_rest, object_with_reason, second_that_clause
from .senses import other_sense
from .words import (
    FIRST_PERSON,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    could_be_source,
    cue_class,
    lexicon,
    names_people,
    retort,
    to_marked,
)

QUOTE_OPENERS = '"\u201c\u2018`'


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
    if subject is None and verb.dep_ == "conj":
        subject = subject_of(verb)  # "... and appeared to capitulate": the first verb's
    if subject is None or subject.lower_ in ("it", "there") or (
            subject.tag_ in ("WP", "WDT") and not _relative_subject(verb, subject)):
        return None
    for c in verb.children:
        # the predicate after "seem": an adjective the parser may label acomp, xcomp or
        # oprd ("New Hampshire seems stable"), a noun ("seemed a long shot"), or a
        # "like" phrase ("seems like a fair idea": "like" as a copular complement)
        if (c.dep_ == "xcomp" and to_marked(c)) or (
                c.dep_ in ("acomp", "xcomp", "oprd") and c.pos_ == "ADJ") or (
                c.dep_ == "attr" and c.pos_ == "NOUN") or (
                c.dep_ == "prep" and c.lower_ == "like" and _children(c, "pobj", "pcomp")):
            return Cue(tokens=[verb.i], cls="evidential", anchor=verb.i,
                       content=sorted(set(clause_tokens(subject)) | set(clause_tokens(c))))
    return None


def _relative_subject(verb: Token, subject: Token) -> bool:
    """"a post that appeared to respond to ...", "objections which seemed to carry little
    weight": a relative pronoun that stands for the noun its clause modifies (CGEL ch.
    12), not a free relative ("what appears to be a scandal" names no one's view)."""
    return verb.dep_ == "relcl" and subject.lower_ in RELATIVE_PRONOUNS


def _act_stance(verb: Token) -> Cue | None:
    """"defended his remarks", "defended himself against the allegations": a verb of
    judgment whose object is something said, done or decided (`speech_act_stances`)."""
    lex = lexicon()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or _is_passive(verb):
        return None
    against = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
               for p in _children(c, "pobj") if p.lemma_.lower() in lex.act_against]
    speaker = subject_of(verb)
    if speaker is None or speaker.lower_ in FIRST_PERSON:
        return None
    person = verb.lemma_.lower() in lex.act_persons and _attacks_person(speaker, obj)
    if verb.lemma_.lower() in lex.act_speakers and _defended_party(obj) and (
            could_be_source(speaker) or names_people(speaker)):
        person = True  # "defended Manafort", "defended himself", "defended his record"
    if not person and (verb.lemma_.lower() not in lex.act_stances or (
            obj.lemma_.lower() not in lex.act_objects and not against)):
        return None
    content = set(clause_tokens(obj))
    if person:
        # the one attacked, less a relative clause or an apposition about them
        content -= {t.i for c in obj.children if c.dep_ in ("relcl", "appos")
                    for t in c.subtree}
        # "attacked the mayor over the levy": the matter is said too
        for c in verb.children:
            if c.dep_ == "prep" and c.i > obj.i and c.lower_ in PERSON_ATTACK_PREPS:
                content |= set(clause_tokens(c))
    for p in against:
        content |= set(clause_tokens(p.head))
    return Cue(tokens=[verb.i], cls="stance", anchor=verb.i, speaker=speaker.i,
               content=sorted(content))


PERSON_ATTACK_PREPS = ("over", "on", "for", "about", "as")
REFLEXIVES = ("himself", "herself", "themselves")
PERSONAL_OBJECTS = ("him", "her", "them")


def _defended_party(obj: Token) -> bool:
    """"defended Manafort / the company / himself / his mother / his record": a person or
    organization, or a thing a person holds (a possessive pronoun or a named possessor),
    not a place ("soldiers defended the bridge", "defended their town")."""
    if obj.ent_type_ in PLACE_TYPES or obj.lemma_.lower() in lexicon().act_places:
        return False
    if obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lower_ in REFLEXIVES + PERSONAL_OBJECTS:
        return True
    if names_people(obj):
        return True
    return any(c.dep_ == "poss" and (c.lower_ in ("his", "her", "their") or
                                     c.ent_type_ == "PERSON") for c in obj.children)


def _attacks_person(speaker: Token, obj: Token) -> bool:
    """"Bush attacked Trump", "she challenged him": a named person or a personal pronoun
    attacked by a subject that can speak (`person_objects` in cues.yaml)."""
    return (obj.ent_type_ == "PERSON" or obj.lower_ in PERSONAL_OBJECTS) and (
        could_be_source(speaker) or names_people(speaker))


def _publication_cue(verb: Token) -> Cue | None:
    """"released its findings", "issued a report", "published an op-ed": a document or
    message made public is the content, the publisher the source (`publication_verbs`
    in cues.yaml); not when the document holds a cue of its own ("issued a statement
    saying ...", "a statement of concern about ...")."""
    lex = lexicon()
    if _is_passive(verb) or verb.dep_ == "amod":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in lex.publication_objects:
        return None
    from .nominal import noun_cue  # nominal reads this module

    if noun_cue(obj) is not None or any(
            t.i != obj.i and cue_class(t) not in (None, "intention") for t in obj.subtree):
        return None  # "a report detailing ...", "a statement of concern": that cue is the record
    speaker = subject_of(verb)
    if speaker is None and verb.dep_ == "xcomp":
        # "the port authority is expected to publish ...": the subject of the verb above
        speaker = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")),
                       None)
    if speaker is not None and speaker.lower_ in FIRST_PERSON:
        return None
    # a topic record: what is made public is not the publisher's assertion ("released
    # 5,000 pages of emails"), so the events in it get no attribution chain
    return Cue(tokens=[verb.i], cls="topic", anchor=verb.i, speaker=index_of(speaker),
               content=clause_tokens(obj))


def _persuasion_cue(verb: Token) -> Cue | None:
    """"encouraged voters to back the levy", "convinced him that the port was safe": an
    addressee urged to do or believe the content (`persuasion_verbs` in cues.yaml); "is
    convinced that ...": the one persuaded holds the belief."""
    if verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children):
        return _persuaded(verb)
    if _is_passive(verb):
        return None
    if not any(c.dep_ == "dobj" for c in verb.children) and not any(
            g.dep_ == "nsubj" for c in verb.children if c.dep_ in ("xcomp", "ccomp")
            for g in c.children):
        return None
    clause = next((c for c in verb.children if c.i > verb.i and (
        (c.dep_ == "xcomp" and to_marked(c)) or (
            c.dep_ == "ccomp" and that_marked(c)))), None)
    if clause is None:
        return None
    speaker = subject_of(verb)
    if speaker is not None and speaker.lower_ in FIRST_PERSON:
        return None
    # the one urged is part of what is urged ("encouraged the growers to sell"), as
    # PolNeAR marks it
    content = set(clause_tokens(clause))
    for c in verb.children:
        if c.dep_ == "dobj" and c.i < clause.i:
            content |= set(clause_tokens(c))
    return Cue(tokens=[verb.i], cls="speech", anchor=verb.i, speaker=index_of(speaker),
               content=sorted(content))


def _persuaded(verb: Token) -> Cue | None:
    """"Ana is convinced that the quay is safe", "growers were persuaded that ...": a
    belief; its holder is the subject of the passive or of the copula."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and
                   that_marked(c)), None)
    if clause is None:
        return None
    holder = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if holder is None and verb.dep_ == "acomp":
        holder = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if holder is None or holder.lower_ in FIRST_PERSON:
        return None
    return Cue(tokens=[verb.i], cls="cognitive", anchor=verb.i,
               speaker=relative_head(holder).i, content=clause_tokens(clause))


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
                   speaker=speaker.i, content=host_clause(verb))
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.put_estimate
               and c.i > obj.i and _children(c, "pobj")), None)
    if at is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return Cue(tokens=[verb.i], cls="speech", anchor=verb.i, speaker=speaker.i,
               content=sorted(set(clause_tokens(obj)) | set(clause_tokens(at))))


def verb_cue(verb: Token) -> Cue | None:
    back = retort(verb)
    cue = _verb_cue(verb)
    if cue is not None and back is not None and cue.anchor == verb.i:
        cue.tokens = sorted(set(cue.tokens) | {back.i})  # "shot back": one cue
    return cue


def _verb_cue(verb: Token) -> Cue | None:
    lex = lexicon()
    cls = cue_class(verb)
    if cls is None and verb.lemma_.lower() in lex.persuasion_verbs:
        urged = _persuasion_cue(verb)
        if urged is not None:
            return urged
    if cls is None and verb.lemma_.lower() in lex.publication_verbs:
        return _publication_cue(verb)
    if cls is None and verb.lemma_.lower() in lex.act_stances | lex.act_persons:
        return _act_stance(verb)
    if cls is None and verb.lemma_.lower() in lex.put_verbs:
        return _put_cue(verb)
    if cls is None and verb.lemma_.lower() in lex.wording_verbs:
        return _wording_cue(verb)
    if cls is None and verb.lemma_.lower() in lex.decree_verbs:
        return decree_cue(verb)
    if cls is None and verb.lemma_.lower() in lex.obligation_verbs:
        return obligation_cue(verb)  # "GOP rules require delegates to ..."
    if cls is None:
        return attitude_cue(verb)  # "angered the crews", "are split on", "stood by"
    if verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD"):
        return None  # a participle used as an adjective: "pledged delegates"
    if _not_a_cue_frame(verb):
        return None
    if cls == "evidential":
        return _evidential_cue(verb)
    if cls == "refuse":
        return refuse_cue(verb, _addressee)
    if verb.dep_ == "xcomp" and lex.verbs.get(verb.head.lemma_.lower()) == "refuse" and (
            verb.lemma_.lower() in lex.refusal_objects):
        return None  # "declined to comment on the report": the refusal is the cue
    speaker = subject_of(verb)
    if speaker is not None and speaker.lower_ in FIRST_PERSON - {"i", "we"}:
        return None  # "you know": no one's attribution
    # "I think ...", "we would note that ...": inside a quote the quote's speaker speaks
    # (chains leaves such content to the quote); outside, the writer does
    if cls == "relay" and verb.lemma_.lower() == "cite" and verb.tag_ == "VBG":
        return _citing_cue(verb, speaker)
    if cls == "relay" and verb.lemma_.lower() == "cite" and not _is_passive(verb):
        cited = _cited_cue(verb, speaker)
        if cited is not None:
            return cited
    refusal = negated_refusal(verb, speaker, _addressee)  # "did not comment on ..."
    if refusal is not None:
        return refusal
    words = [verb.i]
    # "was quoted as saying": one cue phrase
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        quoted = verb.head.head
        if quoted.lemma_.lower() == "quote" and quoted.i == verb.i - 2:
            words = [quoted.i, verb.head.i, verb.i]
    passive_cue = _participle_with_agent(verb, cls) or _regarded(verb)
    if passive_cue is not None:
        return passive_cue
    if cls == "stance" and verb.tag_ == "VBN" and _is_passive(verb):
        return passive_stance(verb)  # "was criticized by his rivals for ..."
    content = second_that_clause(verb, object_with_reason(verb, _content_of_verb(verb, cls)))
    if not content and cls in ("speech", "claim", "cognitive", "evidence"):
        content = host_clause(verb)  # "..., records show", "as the results show, ..."
    content = medial_rest(verb, content)
    if not content and cls in ("speech", "claim", "deny", "stance"):
        content = relative_object(verb)  # "a levy which the mayor denies"
    if cls in ("cognitive", "evidence", "intention", "stance") and not content:
        return None
    if cls in ("stance", "intention") and _is_passive(verb):
        return None  # "Russian-backed forces", "the planned talks": no one takes a stance
    if cls == "cognitive" and speaker is None and _is_passive(verb) and any(
            c.dep_ == "xcomp" and cue_class(c) in ("speech", "claim")
            and to_marked(c) for c in verb.children):
        # "she's expected to argue that ...": a passive of belief with no one named who
        # holds it raises the subject of its infinitive (CGEL ch. 14, catenative
        # complements); the report the infinitive announces is that subject's
        speaker = next((relative_head(c) for c in _children(verb, "nsubjpass")), None)
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
            relay = by_agent(verb)
    elif verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl", "pcomp"):
        relay = _relay_subject(verb)
    cue = Cue(tokens=words, cls=cls, anchor=verb.i, speaker=index_of(speaker),
              relay=index_of(relay), addressee=index_of(_addressee(verb)), content=content,
              medium=index_of(_medium(verb)))
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


def _citing_cue(verb: Token, speaker: Token | None) -> Cue | None:
    """The participle "citing" (``speaker``: its subject)."""
    obj = [c for c in verb.children if c.dep_ == "dobj"]
    own = [c for c in verb.children if c.dep_ == "ccomp"]
    head = verb.head
    if obj and own and could_be_source(obj[0]) and cue_class(head) in ("speech", "claim"):
        # "Reuters reported, citing two officials, that ...": the parser hung the
        # that-clause on "citing"; the officials speak, Reuters relays, "reported" cues
        return Cue(tokens=[head.i], cls=cue_class(head) or "speech", anchor=head.i,
                   speaker=obj[0].i, relay=index_of(speaker),
                   content=clause_tokens(own[0]))
    if obj and could_be_source(obj[0]) and (reports(verb.head) or _opens_content(verb)):
        return None  # "Reuters reported, citing sources": the cue it modifies has it
    # "called for a re-run, citing major flaws": the subject cites the flaws
    return Cue(tokens=[verb.i], cls="speech", anchor=verb.i, speaker=index_of(speaker),
               content=clause_tokens(obj[0]) if obj else [])


def _cited_cue(verb: Token, speaker: Token | None) -> Cue | None:
    """Active "cite" with a thing or a document for object: "Okafor cited her letter as
    proof of ...", "He cited harbour data showing ...": what is cited is the content
    (PolNeAR), the subject speaks; None where the object could be a speaker quoted."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or (could_be_source(obj) and not _cited_document(verb, obj)):
        return None
    content = set(clause_tokens(obj))
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i:
            content |= set(clause_tokens(c))
    return Cue(tokens=[verb.i], cls="speech", anchor=verb.i,
               speaker=index_of(speaker), content=sorted(content),
               medium=index_of(_medium(verb)))


def _cited_document(verb: Token, obj: Token) -> bool:
    """"cited the harbour report", "cited a port memo as proof": a document cited
    (a common noun of the `document` source nouns) is what the subject points to, not
    a speaker it quotes, unless quoted "as saying"."""
    lex = lexicon()
    return obj.pos_ == "NOUN" and lex.source_nouns.get(obj.lemma_.lower()) == "document" and (
        not any(g.lemma_.lower() in lex.saying and g.tag_ == "VBG"
                for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children))


def _not_a_cue_frame(verb: Token) -> bool:
    """"waited to see if the mayor would act", "hard to see how he wins": a cue verb in
    a frame of finding out, which reports no one's belief (`finding_out` in cues.yaml)."""
    lex = lexicon()
    if other_sense(verb):
        return True  # "was supposed to", "celebrated his birthday"
    if verb.lemma_.lower() in lex.finding_out:
        # the clause right after the verb: "see Clinton as the winner if she ..." is a
        # condition on a view
        return any(c.dep_ in ("ccomp", "advcl") and c.left_edge.i == verb.i + 1 and (
            any(g.dep_ == "mark" and g.lower_ in lex.finding_marks for g in c.children)
            or c.left_edge.tag_ in ("WRB", "WP", "WDT")) for c in verb.children)
    return False


def _participle_with_agent(verb: Token, cls: str) -> Cue | None:
    """"a levy criticized by fishing crews", "The port plan, opposed by the dockers'
    union, ...", "Okafor, backed by the mayor and opposed by the union": a participle
    with its "by" agent that modifies a noun; the agent holds the stance or said it, the
    noun (without the participle) is the content (PolNeAR's guidelines: the source of a
    passive cue is its "by" phrase)."""
    if verb.tag_ != "VBN" or cls not in ("stance", "speech", "claim", "deny", "cognitive"):
        return None
    agent = by_agent(verb)
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
    agent = by_agent(verb)
    # the parser may hang the "as" on the agent: "was seen by some as a demotion"
    near = list(verb.children) + (list(agent.subtree) if agent is not None else []) + [
        t for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.namer_preps
        for t in c.subtree]
    # "is best known for her work on trade" (`passive_reputation`: the finite passive only)
    fame = lex.reputation_preps.get(verb.lemma_.lower(), frozenset()) if _is_passive(
        verb) else frozenset()
    pred = next((c for c in near if (c.dep_ == "prep" and c.lower_ == "as" and (
        _as_predicate(c))) or (c.head.i == verb.i and (c.dep_ in ("oprd", "xcomp", "acomp") or (
            c.dep_ == "dobj" and verb.dep_ == "acl") or (
            c.dep_ == "prep" and c.lower_ in fame and any(
                g.dep_ in ("pobj", "pcomp") for g in c.children))))), None)
    if pred is None or pred.i < verb.i:
        return None
    holder = agent or (_namer(verb) if verb.lemma_.lower() in lex.naming_participles else None)
    if _is_passive(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.lower_ in ("it", "there"):
            return None
        held = subject
    elif verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and (
            verb.head.i < verb.i) and (verb.lemma_.lower() not in lex.naming_participles
                                       or holder is not None):
        held = verb.head
    else:
        return None
    # "a port regarded as the best", "The union, which is seen as ...": the cue's own
    # clause hangs inside the noun regarded
    own = {t.i for t in verb.subtree} if verb.i in {t.i for t in held.subtree} else set()
    content = set(clause_tokens(held, exclude=own))
    content |= set(clause_tokens(pred))
    return Cue(tokens=[verb.i], cls="cognitive", anchor=verb.i, speaker=index_of(holder),
               content=sorted(content))


def _opens_content(citing: Token) -> bool:
    """"reported, citing sources, that ...": "citing" parsed into the that-clause."""
    clause = citing.head
    return clause.dep_ == "ccomp" and reports(clause.head) and any(
        g.dep_ == "mark" and g.i > citing.i for g in clause.children)


def reports(verb: Token) -> bool:
    """Whether a verb is a cue with reported content of its own."""
    cls = cue_class(verb)
    return bool(verb.tag_.startswith("VB") and cls in ("speech", "claim", "deny")
                and _content_of_verb(verb, cls))


def _namer(verb: Token) -> Token | None:
    """"a mayor known to everyone as Ana": a naming participle's "to" phrase names who
    calls the noun so (`namer_prepositions` in cues.yaml)."""
    return next((p for c in verb.children if c.dep_ == "prep" and c.i > verb.i and
                 c.lower_ in lexicon().namer_preps for p in c.children
                 if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _next_words(verb: Token, step: int) -> Token | None:
    """The first token after (step 1) or before (step -1) the verb that is not a comma,
    a colon or a space."""
    i = verb.i + step
    while 0 <= i < len(verb.doc) and (verb.doc[i].is_space or verb.doc[i].text in ",:"):
        i += step
    return verb.doc[i] if 0 <= i < len(verb.doc) else None


def _quote_after(verb: Token) -> Token | None:
    after = _next_words(verb, 1)
    return after if after is not None and (after.text[:1] in QUOTE_OPENERS or
                                           after.text == "''") else None


def _quoted_words(start: Token) -> list[int]:
    """The tokens from an opening quotation mark to its closing one in the same
    paragraph (at most 80 tokens)."""
    out = [start.i]
    for t in start.doc[start.i + 1:start.i + 80]:
        if "\n" in t.text:
            return []
        out.append(t.i)
        if t.text[-1:] in CLOSING_MARKS or (t.text in ('"', "''") and t.i > start.i):
            return out
    return []


def _wording_cue(verb: Token) -> Cue | None:
    """"The banner read 'No port tax'", "'Fish first,' read one sign", "a post reading
    'Thank you'": the words a text bears, beside the verb in quotation marks, with
    no person for a subject (`wording_verbs` in cues.yaml)."""
    if _is_passive(verb) or verb.tag_ == "VBN":
        return None
    bearer = subject_of(verb)
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        bearer = verb.head
    opening = _quote_after(verb)
    if opening is not None and not any(c.dep_ == "dobj" and c.i < opening.i
                                       for c in verb.children):
        content = _quoted_words(opening)
        if not content:
            return None
    else:
        before = _next_words(verb, -1)
        if before is None or before.text[-1:] not in (*CLOSING_MARKS, "'"):
            return None
        content = []  # "'Fish first,' read one sign": the quote finds its cue
        # the subject after the verb, parsed as its object
        bearer = bearer or next((c for c in verb.children if c.dep_ == "dobj"), None)
    if bearer is None or bearer.lower_ in FIRST_PERSON | {"he", "she", "him", "her", "they"} \
            or bearer.ent_type_ == "PERSON" or bearer.lemma_.lower() in lexicon().person_nouns:
        return None
    return Cue(tokens=[verb.i], cls="speech", anchor=verb.i, speaker=bearer.i,
               content=content)
