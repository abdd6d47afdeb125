"""Phrase cues that hang on the clause they attribute: "according to X", "in a new
poll", "in the mayor's view"; the content is the clause less the phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.places import PLACE_TYPES
from ..context import tokens_with
from .clauses import _children, clause_tokens, subject_of
from .record import Cue
from .words import FIRST_PERSON, cue_class, lexicon


def phrase_cues(doc: Doc) -> list[Cue]:
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
            tokens = list(phrase)
            # "That's according to exit polls": the phrase is the copula's complement and
            # the parser made its first word the clause's head, with the copula its aux;
            # the subject stands for what is attributed, and the copula joins the cue
            copula = [c.i for c in doc[i].children if c.dep_ == "aux" and c.lemma_ == "be"]
            subject = next(iter(_children(doc[i], "nsubj")), None)
            if copula and subject is not None and subject.i < min(copula) < i:
                tokens = copula + tokens
                content = clause_tokens(subject)
            else:
                content = [] if head.i in taken else clause_tokens(head, exclude=taken)
            out.append(Cue(tokens=tokens, cls=cls, anchor=i, speaker=speaker.i,
                           content=content))
    return out


def survey_cues(doc: Doc) -> list[Cue]:
    """"Okafor led by ten points in a new national poll": the poll speaks the clause
    its "in" phrase hangs on, less the phrase (as "according to" does).  Not polls in
    general ("slid in the polls", "trails him in national polls", :func:`_polls_in_general`):
    a standing over polls, which no one poll reports."""
    lex = lexicon()
    out = []
    for prep in tokens_with(doc, lex.survey_preps):
        if prep.dep_ != "prep":
            continue
        pobj = next(iter(_children(prep, "pobj")), None)
        head = prep.head
        if pobj is None or pobj.lemma_.lower() not in lex.survey_nouns or (
                head.pos_ not in ("VERB", "AUX")) or cue_class(head) is not None or (
                _polls_in_general(pobj)):
            continue  # "said in a poll": the verb is the cue; "trails in the polls": a standing
        content = _clause_less_phrase(doc, head, prep)
        if content:
            out.append(Cue(tokens=[prep.i], cls="evidence", anchor=prep.i, speaker=pobj.i,
                           content=content))
    return out


def _polls_in_general(pobj: Token) -> bool:
    """"the polls", "national polls", "Iowa polling": a plural or mass survey noun with no
    word before it but "the", a plain adjective or a place, and no "from" or "by" phrase
    (nor a possessor, number, date or pollster), names polling in general, which no one
    poll reports."""
    if pobj.tag_ != "NNS" and pobj.lemma_.lower() != "polling":
        return False
    return all((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "amod" and c.tag_ == "JJ")
               or (c.dep_ == "compound" and c.ent_type_ in PLACE_TYPES)
               for c in pobj.children)


def _clause_less_phrase(doc: Doc, head: Token, prep: Token) -> list[int]:
    """The clause ``head`` governs without the phrase ``prep`` heads and the commas around
    it ("In a poll, most said ...": the content is "most said ...")."""
    taken = {t.i for t in prep.subtree}
    for j in (min(taken) - 1, max(taken) + 1):
        if 0 <= j < len(doc) and doc[j].text == ",":
            taken.add(j)
    return clause_tokens(head, exclude=taken)


def opinion_cues(doc: Doc) -> list[Cue]:
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


EVIDENCE_FORMS = ("show", "showed")
NOUN_PHRASE_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "CD", "POS", "DT", "PRP$", "VBG", "HYPH")


def records_show_cues(doc: Doc) -> list[Cue]:
    """"The quay was sold in May, records show", "F.A.A. records show he flew": a plural
    document noun (`nouns: document` in cues.yaml) and "show" right after it, which the
    tagger often reads as a noun ("records show" as a show of records) or hangs on the
    wrong word.  Set off by a comma, the phrase speaks its sentence less the phrase and
    its commas; opening its sentence, it speaks the words after it."""
    lex = lexicon()
    out = []
    for token in doc[1:]:
        if token.lower_ not in EVIDENCE_FORMS:
            continue
        noun = doc[token.i - 1]
        if noun.tag_ != "NNS" or lex.source_nouns.get(noun.lemma_.lower()) != "document":
            noun = _postmodified(doc, token)
            if noun is None:
                continue
        sent = token.sent
        start = noun.i
        while start > sent.start and doc[start - 1].tag_ in NOUN_PHRASE_TAGS:
            start -= 1
        after = doc[token.i + 1] if token.i + 1 < sent.end else None
        words = [t for t in sent if not t.is_space]
        if start > sent.start + 1 and doc[start - 1].text == "," and (
                after is None or after.text in ",.;") and doc[start - 2].tag_ != "CC":
            # the words before the phrase, and after it when the clause goes on ("The
            # quay, records show, was sold"), not a new clause ("..., records show, and")
            goes_on = after is not None and after.text == "," and after.i + 1 < sent.end and (
                doc[after.i + 1].tag_ != "CC")
            content = [t.i for t in words if t.i < start - 1 or (goes_on and t.i > after.i)]
        elif start == sent.start and after is not None and not after.is_punct:
            content = [t.i for t in words if t.i > token.i]
        else:
            continue
        while content and doc[content[-1]].is_punct:
            content.pop()
        if content:
            out.append(Cue(tokens=[token.i], cls="evidence", anchor=token.i, speaker=noun.i,
                           content=content))
    return out


POSTMODIFIER_OPENERS = ("IN", "VBN")


def _postmodified(doc: Doc, show: Token) -> Token | None:
    """"Port records from the 2010 season show he sailed twice", "..., records compiled
    by the institute show": the plural document noun before a prepositional or
    participle phrase that modifies it (Quirk et al. 17.10, postmodification), with
    "show" after the phrase; None when the words between are anything else (a clause, a
    comma)."""
    lex = lexicon()
    start = show.sent.start
    for j in range(show.i - 2, max(start, show.i - 12) - 1, -1):
        noun = doc[j]
        if noun.tag_ == "NNS" and lex.source_nouns.get(noun.lemma_.lower()) == "document":
            between = doc[j + 1:show.i]
            if between[0].tag_ in POSTMODIFIER_OPENERS and all(
                    t.tag_ in NOUN_PHRASE_TAGS + POSTMODIFIER_OPENERS + ("NNP", "NNPS")
                    for t in between):
                return noun
            return None
    return None


def adverb_cues(doc: Doc) -> list[Cue]:
    """"Bloomberg is reportedly considering a run": the adverb attributes the clause it
    modifies, less the adverb, to no named source."""
    out = []
    for token in tokens_with(doc, lexicon().attributing_adverbs):
        head = token.head
        if token.dep_ != "advmod" or head.pos_ not in ("VERB", "AUX"):
            continue
        out.append(Cue(tokens=[token.i], cls="speech", anchor=token.i,
                       content=clause_tokens(head, exclude={token.i})))
    return out


def phrasal_cues(doc: Doc) -> list[Cue]:
    """"shrugged off the criticism", "took issue with the forecast", "weighed in on the
    ruling", "opened up about her years at sea": a phrasal verb of stance or speech with
    what it is about (`phrasal_cues` in cues.yaml); the subject holds it."""
    lex = lexicon()
    out = []
    for verb in doc:
        if not verb.tag_.startswith("VB"):
            continue
        for particle, obj, preps, cls in lex.phrasal.get(verb.lemma_.lower(), ()):
            words = [verb.i]
            kids = list(verb.children)
            if particle:
                part = next((c for c in kids if c.lower_ == particle and c.i == verb.i + 1
                             and c.dep_ in ("prt", "advmod", "prep")), None)
                if part is None:
                    continue
                words.append(part.i)
                kids += list(part.children) if part.dep_ == "prep" else []
            if obj:
                noun = next((c for c in kids if c.dep_ == "dobj" and c.lower_ == obj and not
                             any(True for _ in c.children)), None)
                if noun is None:
                    continue
                words.append(noun.i)
                kids += list(noun.children)
            if preps:
                prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ in preps
                             and c.i > verb.i), None)
                # a noun or a gerund clause ("balked at paying the fee")
                target = next(iter(_children(prep, "pobj", "pcomp")), None) if (
                    prep is not None) else None
                if target is None:
                    continue
                words.append(prep.i)
            else:
                target = next((c for c in kids if c.dep_ in ("dobj", "pobj") and
                               c.i > verb.i), None)
                if target is None:
                    continue
            speaker = subject_of(verb)
            if speaker is not None and speaker.lower_ in FIRST_PERSON - {"i", "we"}:
                continue
            out.append(Cue(tokens=sorted(words), cls=cls, anchor=verb.i,
                           speaker=speaker.i if speaker is not None else None,
                           content=clause_tokens(target)))
            break
    return out
