"""Sources: who asserts something.  Turns the noun phrase of a speaker or relay into one
Source per distinct source in the article (outlet, person, organization, official,
anonymous, document), merging repeat mentions ("the Free Beacon" = "the Washington Free
Beacon", "the report" = "a report in ...")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ...model import Source, SourceStance
from ...outlets import DETERMINERS, OutletLexicon, normalize, outlets  # noqa: F401 (re-exported)
from ..actors.epithets import described_person
from ..context import Context
from .pronouns import PronounAntecedents
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


class SourceBook(PronounAntecedents):
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
