"""Sources: who asserts something.  Turns the noun phrase of a speaker or relay into one
Source per distinct source in the article (outlet, person, organization, official,
anonymous, document), merging repeat mentions ("the Free Beacon" = "the Washington Free
Beacon", "the report" = "a report in ...")."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from ...model import Source, SourceStance
from ...outlets import DETERMINERS, OutletLexicon, normalize, outlets  # noqa: F401 (re-exported)
from ..actors.antecedents import (
    clause_subject,
    embedded,
    entity_genders,
    gloss,
    governing_subjects,
    quoted,
    sentences_back,
)
from ..actors.epithets import described_person
from ..actors.predicates import (  # noqa: F401 (verb_lemmas re-exported)
    VERB_TAGS,
    finite_next,
    verb_form,
    verb_lemmas,
)
from ..context import Context
from .words import lexicon, names_people

INDEFINITE = {"a", "an", "one", "another", "some"}
# "a report in the Washington Free Beacon", "a statement from the ministry": the outlet or
# body that publishes a document relays it.
PUBLISHER_PREPS = {"in", "by", "from", "of"}
NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


@dataclass
class _Entry:
    kind: str
    name: str
    lemma: str
    entity_id: str | None = None
    via: int | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    outlet: str | None = None  # canonical outlet name, when listed
    provisional: bool = False  # a bare headline "- report": a later "a report" is it
    stances: list[tuple[str, int, int]] = field(default_factory=list)  # kind, start, end
    doubted: bool = False


# Proper nouns that name no one: "It said on Monday", "in March".
NOT_SOURCES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


# prepositions of a reason, topic or source after a verb and its object (round 34)
_CAUSE_PREPOSITIONS = frozenset({"over", "for", "about", "from"})


@lru_cache(maxsize=1)
def object_biased_verbs() -> frozenset[str]:
    """The object-biased implicit-causality verbs (``data/implicit_causality.yaml``:
    VerbNet 3.3 judgment-33.1 and admire-31.2, and kin): after one of these a he/she in
    the verb's phrase of reason is its person object (round 36)."""
    from ...lexicon import load_yaml

    data = load_yaml("implicit_causality.yaml")
    return frozenset(w.lower() for group in data.values() for w in group)


# a finite verb's tags, the verb index, a verb in -s: moved to ``actors.predicates`` in
# round 36 (the entity layer reads them too); the old names stay
_VERB_TAGS, _verb_form = VERB_TAGS, verb_form


class SourceBook:
    """The sources of one article, built up as the attribution layer meets them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.entries: list[_Entry] = []
        self._by_token: dict[int, int | None] = {}
        self._ents = {t.i: span for span in ctx.doc.ents for t in span}
        self._sents = ctx.sentences
        self._genders: dict[str, str] | None = None

    # -- what a token is -------------------------------------------------------------
    def _entity_id(self, token: Token) -> str | None:
        return self.ctx.token_entity.get(token.i)

    def _entity_type(self, token: Token) -> str | None:
        return self.ctx.entity_type(self._entity_id(token)) or token.ent_type_ or None

    def _name_span(self, token: Token) -> tuple[int, int]:
        """Token range of the proper name around ``token`` (without "the")."""
        eid = self._entity_id(token)
        if eid is not None:
            lo = hi = token.i
            while lo > 0 and self.ctx.token_entity.get(lo - 1) == eid:
                lo -= 1
            while hi + 1 < len(self.doc) and self.ctx.token_entity.get(hi + 1) == eid:
                hi += 1
        elif token.i in self._ents:
            span = self._ents[token.i]
            lo, hi = span.start, span.end - 1
        else:
            lo = hi = token.i
            while lo > 0 and self.doc[lo - 1].dep_ == "compound" and self.doc[lo - 1].head.i in (
                    range(lo, hi + 1)) and self.doc[lo - 1].pos_ == "PROPN":
                lo -= 1
        while lo < hi and (self.doc[lo].lower_ in DETERMINERS or self.doc[lo].is_punct):
            lo += 1
        while hi > lo and (self.doc[hi].is_punct or self.doc[hi].tag_ == "POS"):
            hi -= 1
        return lo, hi

    def _phrase(self, head: Token) -> tuple[int, int, Token | None]:
        """Token range of the noun phrase headed by ``head`` (relative clauses, apposition
        and participles left out) and the publisher of a document, if one is named."""
        lo = head.left_edge.i
        while lo < head.i and self.doc[lo].is_punct:
            lo += 1
        hi = head.i
        publisher = None
        for child in head.rights:
            if child.dep_ in ("amod", "compound", "nummod", "case", "nmod") or (
                child.dep_ == "prep" and child.lower_ not in PUBLISHER_PREPS
            ):
                hi = max(hi, _extent(child))
                continue
            if child.dep_ == "prep" and child.lower_ in PUBLISHER_PREPS:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and (self._entity_type(pobj) in NAMED_TYPES
                                         or pobj.pos_ == "PROPN" or lexicon().source_nouns.get(
                                             pobj.lemma_.lower()) in ("organization", "official")):
                    publisher = pobj
                    break
                hi = max(hi, _extent(child))
                continue
            break
        while hi > head.i and self.doc[hi].is_punct:
            hi -= 1
        return lo, hi, publisher

    def _classify(self, head: Token, lo: int, hi: int) -> tuple[str, str, str | None] | None:
        """(kind, name, entity id) of the noun phrase ``doc[lo:hi+1]`` headed by ``head``."""
        lex = lexicon()
        lemma = head.lemma_.lower()
        etype = self._entity_type(head)
        words = self.doc[lo:hi + 1]
        first = lo + 1 if self.doc[lo].lower_ in DETERMINERS and lo < hi else lo
        text = self.doc[first:hi + 1].text
        described = described_person(self.ctx, head)
        if described is not None:  # "the Kentucky Republican said": the person named
            return "person", text, described
        if head.pos_ == "PROPN" or etype in NAMED_TYPES:
            nlo, nhi = self._name_span(head)
            name = self.doc[nlo:nhi + 1].text
            if etype in (None, "ORG", "WORK_OF_ART", "PRODUCT") and self.is_outlet(name):
                return "outlet", name, self._entity_id(head)
            if etype == "PERSON":
                return "person", name, self._entity_id(head)
            if etype in ("ORG", "GPE", "NORP", "FAC", "LOC"):
                return "organization", name, self._entity_id(head)
        kind = lex.source_nouns.get(lemma)
        if kind == "official" and self._anonymous(head, lo, hi):
            kind = "anonymous"
        if kind == "anonymous" and lemma in ("person", "people", "one") and not self._anonymous(
                head, lo, hi):
            return None
        if kind is not None:
            # an organization noun links only to an organization ("the Israeli embassy" is
            # not Israel); an official to the body or country it speaks for
            types = ("ORG",) if kind == "organization" else ("ORG", "GPE", "NORP")
            return kind, _clean_name(text), self._organization(words, head, types)
        if head.pos_ == "PROPN" and head.ent_type_ not in NOT_SOURCES:
            nlo, nhi = self._name_span(head)
            return "person", self.doc[nlo:nhi + 1].text, self._entity_id(head)
        return None

    def _unlisted_speaker(self, head: Token, lo: int, hi: int,
                          quantifier: bool) -> tuple[str, str, str | None] | None:
        """The subject of a cue that no list names is a source still: the sentence says
        it speaks, believes or wants ("The actress said", "Some say", "Six in 10 say",
        "the magnate says").  A quantifier is an anonymous source; another noun or
        number a person (the cue's own words say it speaks), unless it names a time or
        an amount ("Monday", "$5 million")."""
        if head.pos_ not in ("NOUN", "PROPN", "NUM", "PRON", "ADJ", "DET") or (
                head.is_punct or not any(ch.isalpha() or ch.isdigit() for ch in head.text)):
            return None
        if head.pos_ in ("PRON", "ADJ", "DET") and not quantifier:
            return None
        etype = self._entity_type(head)
        if etype in ("DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL") or (
                head.pos_ == "NUM" and not any(c.dep_ == "prep" for c in head.children)
                and etype not in ("CARDINAL", "PERCENT")):
            return None
        first = lo + 1 if self.doc[lo].lower_ in DETERMINERS and lo < hi else lo
        name = _clean_name(self.doc[first:hi + 1].text)
        return ("anonymous" if quantifier else "person"), name, self._entity_id(head)

    def _organization(self, words, head: Token, types: tuple[str, ...]) -> str | None:
        """The entity an official or organization noun belongs to ("a State Department
        spokesman" -> the State Department)."""
        candidates = [t for t in words if t.i != head.i]
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
                candidates += [p for p in prep.children if p.dep_ == "pobj"]
        for t in candidates:
            eid = self._entity_id(t)
            if eid is not None and self._entity_type(t) in types:
                return eid
        return None

    def _anonymous(self, head: Token, lo: int, hi: int) -> bool:
        """"a source familiar with the meeting", "officials who asked not to be named"."""
        lex = lexicon()
        if any(t.lower_ in lex.anonymity_modifiers for t in self.doc[lo:hi + 1]):
            return True
        tail_end = min(len(self.doc), head.right_edge.i + 1)
        sent = head.sent
        tail = self.doc[head.i:max(tail_end, min(sent.end, head.i + 14))].text.lower()
        return any(p in tail for p in lex.anonymity_phrases)

    def is_outlet(self, name: str) -> bool:
        lex = outlets()
        key = normalize(name)
        if key in lex.canonical:
            return True
        words = name.split()
        if len(words) > 1 and words[-1] in lex.cue_words:
            return True
        if any(tuple(words[-len(e):]) == e for e in lex.endings):
            return True
        return any(e.kind == "outlet" and _suffix_of(key, normalize(e.name))
                   for e in self.entries)

    # -- resolution -------------------------------------------------------------------
    def resolve(self, token: Token | None, provisional: bool = False,
                speaker: bool = False) -> int | None:
        """The source a speaker or relay noun phrase names (created or found), or None.
        ``provisional``: a bare word standing for a source named later (a headline's
        "- report"); its phrase is the word alone.  ``speaker``: the phrase is the subject
        of a reporting cue, so a noun for people ("the engineer") is a person source."""
        if token is None:
            return None
        if token.pos_ == "NOUN" and token.i not in self._by_token:
            # "The opposition leader, Ruth Okafor, said": the name is the source
            name = next((c for c in token.children if c.dep_ == "appos"
                         and self._entity_type(c) == "PERSON"), None)
            if name is not None:
                key = self.resolve(name)
                if key is not None:
                    self._by_token[token.i] = key
                    return key
        if token.i in self._by_token:
            return self._by_token[token.i]
        self._by_token[token.i] = None
        if self.ctx.is_removed(token.idx, token.idx + len(token.text)):
            return None
        lex = lexicon()
        quantifier = speaker and token.lower_ in lex.quantifier_sources
        if token.pos_ == "PRON" and not quantifier:
            key = self._pronoun(token)
            self._by_token[token.i] = key
            if key is not None:  # "He said": a mention of the person it stands for
                span = (token.idx, token.idx + len(token.text))
                if span not in self.entries[key].mentions:
                    self.entries[key].mentions.append(span)
            return key
        lo, hi, publisher = (token.i, token.i, None) if provisional else self._phrase(token)
        found = self._classify(token, lo, hi)
        if found is None and speaker and names_people(token) and self._entity_type(token) in (
                None, "PERCENT", "CARDINAL"):  # "Farmers hope", "47 percent said"
            first = lo + 1 if self.doc[lo].lower_ in DETERMINERS and lo < hi else lo
            found = ("person", _clean_name(self.doc[first:hi + 1].text), None)
        if found is None and speaker and token.is_upper and token.is_alpha and len(
                token.text) > 2 and lo == hi:
            # a transcript's speaker label ("MENDES: I doubt it"), tagged as a noun
            found = ("person", token.text, None)
        if found is None and speaker:
            found = self._unlisted_speaker(token, lo, hi, quantifier)
        if found is None:
            return None
        kind, name, entity_id = found
        if kind in ("outlet", "person", "organization"):
            lo, hi = self._name_span(token) if token.pos_ == "PROPN" or self._entity_type(
                token) else (lo, hi)
        start = self.doc[lo].idx
        end = self.doc[hi].idx + len(self.doc[hi].text)
        definite = self.doc[lo].lower_ not in INDEFINITE
        key = self._match(kind, name, entity_id, token.lemma_.lower(), definite)
        if key is None:
            key = len(self.entries)
            outlet = outlets().canonical.get(normalize(name)) if kind == "outlet" else None
            self.entries.append(_Entry(kind=kind, name=outlet or name,
                                       lemma=token.lemma_.lower(), entity_id=entity_id,
                                       outlet=outlet, provisional=provisional))
        entry = self.entries[key]
        if not provisional:
            entry.provisional = False
        if len(name) > len(entry.name) and kind == "outlet" and not entry.outlet:
            entry.name = name
        elif kind == "person" and entity_id is not None and len(name) > len(entry.name) and (
                name.split()[-1:] == entry.name.split()[-1:]):
            entry.name = name  # "Smith" in the headline, "John Smith" in the body
        if (start, end) not in entry.mentions:
            entry.mentions.append((start, end))
        self._by_token[token.i] = key
        if publisher is not None and kind == "document":
            self.set_via(key, self.resolve(publisher))
        return key

    def _match(self, kind: str, name: str, entity_id: str | None, lemma: str,
               definite: bool) -> int | None:
        key = normalize(name)
        canonical = outlets().canonical.get(key)
        for i in reversed(range(len(self.entries))):
            e = self.entries[i]
            if e.kind != kind:
                continue
            if entity_id is not None and e.entity_id == entity_id and kind != "document":
                return i
            same_name = normalize(e.name) == key or (canonical and e.outlet == canonical)
            if same_name and kind == "person" and None not in (entity_id, e.entity_id):
                continue  # two people the entities keep apart ("Mr. Khan", "Ms. Khan")
            if same_name and (kind not in ("document", "anonymous") or definite):
                return i
            if kind == "outlet" and _suffix_of(key, normalize(e.name)):
                return i
            if kind in ("document", "anonymous", "official", "organization") and (
                    e.lemma == lemma and (definite or e.provisional)
                    and (entity_id is None or e.entity_id in (None, entity_id))):
                return i
        return None

    def _pronoun(self, pron: Token) -> int | None:
        """"he said": the nearest earlier subject that fits the pronoun (a person for
        he/she, a group or body for they/we, a body or document for it), in the three
        sentences before; else the nearest earlier mention that fits, in the ten
        sentences before (a speaker quoted over several paragraphs)."""
        lex = lexicon()
        group = lex.pronouns.get(pron.lower_)
        if group is None:
            return None
        named = gloss(pron)  # 'he (Erdogan) may not want': the writer says whom
        if named is not None:
            key = self.resolve(named)
            return key if key is not None and self._fits_entry(key, named, group) else None
        if group == "person":
            key = self._verbs_object(pron)
            if key is not None:
                return key
        # the subject of the clause the pronoun continues ("Syria says it will ...")
        subject = clause_subject(pron)
        if subject is not None and subject.i < pron.i and self._quoted(
                pron) and not self._quoted(subject) and self._direct_speech(pron, subject):
            # 'Mr. Manafort said, adding of Mr. Trump, "He cares ..."': in direct speech
            # a third person is not the speaker, who would say "I" (CGEL ch. 17, direct
            # reported speech keeps the speaker's deixis); someone named before it is
            return self._other_than(pron, group, self.resolve(subject))
        if subject is not None and subject.i < pron.i:
            key = self.resolve(subject)
            if key is not None and self._fits_entry(key, subject, group) and (
                    group != "person" or self._same_gender(subject, pron)):
                return key
        # a pronoun of the narration ('"...," he added') continues a speaker the narration
        # named, not a person named inside someone's quotation (spoken about, not
        # speaking); only where no one named outside quotation marks fits it, one inside
        if not self._quoted(pron):
            key = self._earlier(pron, group, narrated=True)
            if key is not None:
                return key
        return self._earlier(pron, group)

    def _verbs_object(self, pron: Token) -> int | None:
        """A he/his inside a phrase of cause or topic after a verb's person object ("Cameron
        criticised Trump over his call", "asked Trump about statements he had made",
        "distance Mr. Trump from his plan"): the object, whose act the phrase names
        (implicit causality, Garvey & Caramazza 1974: the reason for criticizing or
        praising lies with the object).  Only a preposition of reason, topic or source,
        and "for" only after an object-biased verb (round 36, :func:`object_biased_verbs`:
        after "praise" or "blame" it gives the reason, after "host" or "invite" a purpose,
        so "hosted Bakir for what he called a meeting" leaves the he to the other rules),
        the object a person named before the pronoun and of its gender, the subject (an
        infinitive's: its controller's) another person, and no other subject on the way
        up."""
        t = pron
        while t.dep_ != "prep" and t.head.i != t.i:
            if t.dep_ in ("nsubj", "nsubjpass") and t.i != pron.i:
                return None
            if t.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i != pron.i
                    and not (c.i < pron.i and c.is_ancestor(pron)) for c in t.children):
                return None
            t = t.head
        if t.dep_ != "prep" or t.lower_ not in _CAUSE_PREPOSITIONS:
            return None
        verb = t.head
        if verb.pos_ != "VERB" or (t.lower_ == "for" and verb.lemma_.lower() not in (
                object_biased_verbs())):
            return None  # "hosted Bakir for what he called": a purpose, not a reason
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < pron.i]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [
            c for c in verb.head.children if c.dep_ == "nsubj" and verb.dep_ == "xcomp"]
        if len(objects) != 1 or not subjects or self._entity_type(objects[0]) != "PERSON":
            return None
        key = self.resolve(objects[0])
        if key is None or not self._fits_entry(key, objects[0], "person") or not (
                self._same_gender(objects[0], pron)):
            return None
        return key if self.resolve(subjects[0]) not in (None, key) else None

    def _direct_speech(self, pron: Token, subject: Token) -> bool:
        """``pron``'s clause is direct speech that ``subject`` reports: the subject's verb
        is a cue verb outside the quotation marks and the clause under it that holds the
        pronoun has no subordinator.  Not a partial quote inside indirect speech ('said
        that "he believes ..."': indirect speech shifts deixis, CGEL ch. 17 §10) nor a
        quote that holds the subject's own verb ('Hale "believes he can win"')."""
        verb = subject.head
        if self._quoted(verb) or verb.lemma_.lower() not in lexicon().verbs:
            return False
        node = pron
        while node.head.i != verb.i:
            if node.head.i == node.i:
                return False
            node = node.head
        return not any(c.dep_ == "mark" for c in node.children)

    def _quoted(self, t: Token) -> bool:
        """Inside quotation marks, two apostrophes (the NYT archive's) counted."""
        return quoted(t, self.ctx.masked, doubled=True)

    def _other_than(self, pron: Token, group: str, speaker: int | None) -> int | None:
        """The nearest name before ``pron`` in its sentence and the two before that fits it
        and is not the quote's ``speaker`` (as ``antecedents._quoted_antecedent``)."""
        for t in reversed(self.doc[sentences_back(pron, 2):pron.i]):
            if t.pos_ != "PROPN" or t.dep_ == "compound" or not self._fits(t, group, pron):
                continue
            key = self.resolve(t)
            if key is not None and key != speaker and self._fits_entry(key, t, group):
                return key
        return None

    def _earlier(self, pron: Token, group: str, narrated: bool = False) -> int | None:
        """The nearest earlier subject that fits, in the three sentences before, else the
        nearest earlier mention that fits, in the ten before; ``narrated``: outside
        quotation marks only.  For he/she, a subject of an earlier sentence's relative
        or noun clause (``antecedents.embedded``: "... remarks, which have included the
        suggestion that President Obama was ... ''...,'' he said") counts only as a
        mention: the center is the subject of a main clause."""
        sents = self._sents
        idx = next((k for k, s in enumerate(sents) if s.start == pron.sent.start), 0)
        near = sents[max(0, idx - 3)].start
        far = sents[max(0, idx - 10)].start
        fallback = None
        for t in reversed(self.doc[far:pron.i]):
            if t.i < near and fallback is not None:
                break
            if t.pos_ == "PRON" and t.dep_ == "nsubj" and t.i >= near and group == "person" \
                    and t.lower_ == pron.lower_ and t.sent.start != pron.sent.start \
                    and self._by_token.get(t.i) is not None \
                    and self._quoted(t) == self._quoted(pron):
                # '"He added that ... Obama was ... ''...,'' he said': the he of an earlier
                # sentence's main clause, a source already found, is the center the later
                # he continues (centering: a pronoun subject realizes the center); not
                # across quotation marks (a quote's "he" is someone its speaker names)
                key = self._by_token[t.i]
                if self._fits_entry(key, t, group) and not embedded(t):
                    return key
            opening = group == "person" and t.sent.start == pron.sent.start and (
                self._opening_subject(t))
            if (t.pos_ not in ("PROPN", "NOUN") and not self._person_name(t)) \
                    or (t.dep_ == "compound" and not opening) or (
                    narrated and self._quoted(t)):
                continue
            if not self._fits(t, group, pron):
                key = self._subjects_possessor(t, pron, group)
                if key is not None:
                    return key
                continue
            if (t.dep_ in ("nsubj", "nsubjpass") or opening) and t.i >= near and not (
                    group == "person" and t.sent.start != pron.sent.start and embedded(t)):
                key = self._governing(t, pron, group)
                if key is not None:
                    return key
                key = self.resolve(t, speaker=self._by_token.get(t.i) is not None)
                if key is not None and self._fits_entry(key, t, group):
                    return key
            elif fallback is None:
                fallback = t
        if fallback is not None:
            key = self.resolve(fallback)
            if key is not None and self._fits_entry(key, fallback, group):
                return key
        return None

    def _opening_subject(self, t: Token) -> bool:
        """A person's name that opens its clause right before a verb, which the parse did
        not make the subject ("Trump despises what he calls ...", read as a compound noun
        before a plural; "Earlier this month, Trump hosted Erdogan ...", a modifier of the
        object): in a declarative clause the noun phrase before the finite verb is its
        subject (English SVO order, CGEL ch. 4), so it is the subject a he/she after it
        in its sentence may continue (``_earlier``: not a later sentence's, where a subject
        the parse did find may stand between).  Only the last word of the name; the name
        first in its sentence, after a coordinator, or after an opening adverbial set off
        by a comma (no verb and no name in it); the next word a finite verb by its tag or a
        verb in -s of the dictionary, and the word after that no verb (else the two are a
        noun and its verb: "Trump supporters believe")."""
        if t.dep_ in ("nsubj", "nsubjpass", "poss") or not self._person_name(t):
            return False
        lo, hi = self._name_span(t)
        if hi != t.i or not finite_next(self.doc, hi):
            return False
        sent = self.doc[lo].sent
        before = [w for w in self.doc[sent.start:lo] if not w.is_space]
        if not before:
            return True
        if len(before) == 1:
            return before[0].dep_ == "cc" or before[0].lower_ in ("but", "and", "yet", "so")
        return before[-1].text == "," and not any(
            w.tag_ in _VERB_TAGS or self._person_name(w) or w.is_quote for w in before)

    def _person_name(self, t: Token) -> bool:
        """A word of a person's name whatever the tagger made of it: "Trump himself was
        delighted" tags the surname a verb (to trump), but the name's entity says who."""
        return self._entity_id(t) is not None and self._entity_type(t) == "PERSON"

    def _subjects_possessor(self, t: Token, pron: Token, group: str) -> int | None:
        """For a he/she after a subject that is no person but a person's thing, in the same
        sentence ("Mr. Cruz's success ... reflects how he has pursued", "Ms. Merkel's
        popularity has been dented by her decision", "Mrs. Clinton's campaign has been
        out of step with ... the hard work she promised"): the possessor, the person
        the sentence is about (the possessor of the subject ranks with the subject among
        a sentence's centers: Walker & Prince 1996; Poesio et al. 2004, "Centering: a
        parametric theory").  Only a person named as the possessor (a proper name, of
        the pronoun's gender), not across quotation marks, only where the pronoun stands
        under the subject's verb, and only with no other person named between the
        subject and the pronoun, a nearer candidate ("Mr. Trump's words may have affected
        the former president, who spent ... at the school where he first learned": the
        president)."""
        if group != "person" or t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN" \
                or t.sent.start != pron.sent.start or self._quoted(t) != self._quoted(pron) \
                or not t.head.is_ancestor(pron):
            return None
        if any(w.pos_ in ("NOUN", "PROPN") and w.dep_ != "compound" and self._fits(
                w, group, pron) for w in self.doc[t.i + 1:pron.i]):
            return None
        for owner in t.children:
            if owner.dep_ == "poss" and owner.pos_ == "PROPN" and self._fits(owner, group, pron) \
                    and self._entity_type(owner) == "PERSON":
                key = self.resolve(owner)
                if key is not None and self._fits_entry(key, owner, group):
                    return key
        return None

    def _governing(self, t: Token, pron: Token, group: str) -> int | None:
        """For a he/she in a later sentence than ``t``, a subject the sentence holds
        ``t``'s clause under (``antecedents.governing_subjects``) that fits the pronoun:
        "Mr. Trump was blunt, claiming that President Obama wanted ... ''...,'' he said"
        continues the one the sentence is about, not the one its claim is about.  Not
        across quotation marks (a quote's words are not its speaker's clause)."""
        if group != "person" or t.sent.start == pron.sent.start:
            return None
        inside = self._quoted(t)
        for above in governing_subjects(t):
            if self._quoted(above) != inside or not (
                    self._fits(above, group, pron) or above.lower_ == pron.lower_):
                continue
            key = self.resolve(above)
            if key is not None and self._fits_entry(key, above, group):
                return key
        return None

    def _fits(self, t: Token, group: str, pron: Token | None = None) -> bool:
        """Whether a noun may be what a pronoun of ``group`` stands for: a person's name,
        an official or a known person source for he/she, not of the other gender than
        ``pron``'s where a title says it ("Mrs. Clinton" is no "he"); no person's name
        for they/it."""
        known = self._by_token.get(t.i)
        if group == "person":
            if pron is not None and not self._same_gender(t, pron):
                return False
            return self._entity_type(t) == "PERSON" or lexicon().source_nouns.get(
                t.lemma_.lower()) == "official" or (
                known is not None and self.entries[known].kind in ("person", "official")
                and t.tag_ in ("NN", "NNP"))
        return self._entity_type(t) != "PERSON"

    def _same_gender(self, t: Token, pron: Token) -> bool:
        """Whether ``t``'s entity may be what ``pron`` stands for by gender: yes where
        either says none (``antecedents.entity_genders``)."""
        from ... import names

        wanted = names.pronoun_gender(pron.text)
        if wanted is None:
            return True
        if self._genders is None:
            self._genders = entity_genders(self.ctx)
        return self._genders.get(self._entity_id(t) or "", wanted) == wanted

    def _fits_entry(self, key: int, t: Token, group: str) -> bool:
        kind = self.entries[key].kind
        if group == "person":
            return kind in ("person", "official")
        if group == "group":
            return kind in ("official", "anonymous", "organization", "outlet") or (
                kind == "person" and t.tag_ in ("NNS", "NNPS"))
        return kind in ("organization", "outlet", "document")

    def writer(self, token: Token) -> int:
        """The first-person speaker outside quotation marks ("I think the plan will
        fail", "We know that ..."): the writer, one source for the article, with the
        pronoun as its mention (PolNeAR's guidelines: the author may be the source)."""
        key = next((k for k, e in enumerate(self.entries) if e.lemma == "<writer>"), None)
        if key is None:
            key = len(self.entries)
            self.entries.append(_Entry(kind="person", name="the writer", lemma="<writer>"))
        span = (token.idx, token.idx + len(token.text))
        if span not in self.entries[key].mentions:
            self.entries[key].mentions.append(span)
        self._by_token[token.i] = key
        return key

    # -- relays and output ------------------------------------------------------------
    def set_via(self, key: int | None, via: int | None) -> bool:
        """Say that ``via`` relays ``key``; refused when it would make a cycle or when
        ``key`` already has a relay."""
        if key is None or via is None or key == via or self.entries[key].via is not None:
            return False
        if key in self.chain(via):
            return False
        self.entries[key].via = via
        return True

    def chain(self, key: int) -> list[int]:
        """``key``, the source relaying it, the one relaying that, ... (nearest first)."""
        out = []
        while key is not None and key not in out:
            out.append(key)
            key = self.entries[key].via
        return out

    def kind(self, key: int) -> str:
        return self.entries[key].kind

    def peek(self, token: Token) -> int | None:
        """The source ``token`` names if the book already has it; creates nothing."""
        entries, by_token = list(self.entries), dict(self._by_token)
        key = self.resolve(token)
        if key is None or key >= len(entries):
            self.entries, self._by_token = entries, by_token
            return None
        return key

    def add_stance(self, key: int | None, kind: str, start: int, end: int) -> None:
        if key is not None:
            self.entries[key].stances.append((kind, start, end))

    def doubt(self, key: int | None) -> None:
        if key is not None:
            self.entries[key].doubted = True

    def finish(self) -> tuple[list[Source], dict[int, str]]:
        """The Sources, numbered s1, s2, ... by first mention, and key -> id."""
        order = sorted(range(len(self.entries)),
                       key=lambda k: min(self.entries[k].mentions, default=(0, 0)))
        ids = {k: f"s{n}" for n, k in enumerate(order, 1)}
        sources = []
        for k in order:
            e = self.entries[k]
            mentions = [self.ctx.span(s, t) for s, t in sorted(e.mentions)]
            stances = [SourceStance(kind=kind, cue=self.ctx.span(a, b))
                       for kind, a, b in sorted(set(e.stances), key=lambda x: x[1])]
            sources.append(Source(id=ids[k], kind=e.kind, name=e.name, entity_id=e.entity_id,
                                  via=ids.get(e.via) if e.via is not None else None,
                                  mentions=mentions, stances=stances, doubted=e.doubted))
        return sources, ids


def _extent(token: Token) -> int:
    """Last token of ``token``'s subtree, stopping before a clause that hangs inside it ("a
    source familiar with the talks saying that ...": the phrase ends at "talks")."""
    cut = min((t.left_edge.i for t in token.subtree
               if t.i != token.i and t.dep_ in ("acl", "relcl", "appos")), default=None)
    return max(t.i for t in token.subtree if cut is None or t.i < cut)


def _suffix_of(short: str, long: str) -> bool:
    """"free beacon" names the same outlet as "washington free beacon"."""
    s, lg = short.split(), long.split()
    return 0 < len(s) < len(lg) and lg[-len(s):] == s


def _clean_name(text: str) -> str:
    return " ".join(text.replace(" 's", "'s").replace(" ,", ",").split())
