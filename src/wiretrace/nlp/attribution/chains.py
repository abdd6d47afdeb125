"""attribution: quotes, reporting cues and sources, and for every token of attributed
content the chain of sources that asserts it, nearest first ("met ..., according to a
report in the Washington Free Beacon" -> [the report, the Free Beacon])."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...model import Quote, Span
from ..actors.antecedents import agrees, relative_head
from ..actors.predicates import verb_lemmas
from ..context import Context, tokens_with
from .clauses import CLOSING_MARKS, subject_of
from .cues import Cue, find_cues
from .direct import (
    QUOTE_MARKS,
    colon_introducer,
    cue_for_direct,
    dash_signature,
    mark_kind,
    tok,
    tokens_in,
)
from .embeds import Posts
from .free import (
    contentless,
    contentless_lemmas,
    free_content,
    free_cue,
    free_lemmas,
    free_verbs,
    listed,
)
from .held import held_nouns
from .pronouns import object_biased_verbs
from .quotes import find_marked
from .senses import _senses
from .sources import SourceBook, outlets
from .words import lexicon

NAME = "attribution.v1"

# A headline that names its source after a dash or colon: "Israeli intelligence met with
# Libyan general Haftar's son - report".
HEADLINE_SOURCE = re.compile(r"\s[-\u2013\u2014:]\s+(\w+)\s*$")
WRITER_PRONOUNS = {"i", "we"}


@dataclass
class _Draft:
    """A quote on its way out: span, kind, speaker (a SourceBook key), cue and the tokens
    whose attribution it decides (empty for a refusal to comment)."""

    start: int
    end: int
    kind: str
    cue: Cue | None = None
    cue_span: tuple[int, int] | None = None
    speaker: int | None = None
    tokens: list[int] = field(default_factory=list)


def annotate(ctx: Context) -> None:
    doc = ctx.doc
    skip = ctx.removed_tokens
    book = SourceBook(ctx)
    posts = Posts(doc)
    # a reporting word inside an embedded post reports within that quotation (:mod:`.embeds`)
    cues = [c for c in find_cues(doc, skip) if c.anchor not in posts]
    marked = find_marked(ctx.text, [(r.start, r.end) for r in ctx.article.removed],
                         headline_end=_headline_end(ctx))

    drafts: list[_Draft] = []
    used: set[int] = set()  # anchors of cues that found their quote
    bare: list[Cue] = []  # speech cues found with no content (round 40)
    for mq in marked:
        toks = tokens_in(doc, mq.start, mq.end)
        kind = mark_kind(ctx, doc, mq, toks)
        draft = _Draft(mq.start, mq.end, kind, tokens=[t.i for t in toks])
        if kind == "direct":
            draft.cue = cue_for_direct(ctx, doc, mq, toks, cues)
            if draft.cue is not None:
                used.add(draft.cue.anchor)
        if kind in ("direct", "partial") and draft.cue is None:
            draft.cue = dash_signature(ctx.text, doc, mq)
            if draft.cue is not None:
                draft.kind = "direct"
        if kind == "direct" and draft.cue is None:
            draft.cue = colon_introducer(ctx.text, doc, mq)
        drafts.append(draft)
    direct = [d for d in drafts if d.kind == "direct"]
    marked_drafts = [d for d in drafts if d.kind in ("direct", "partial")]
    for cue in cues:
        if cue.anchor in used:
            continue
        if cue.speaker is not None and doc[cue.speaker].lower_ in WRITER_PRONOUNS and any(
                d.start <= doc[cue.anchor].idx < d.end for d in direct):
            continue  # '"We do not comment on ...," a spokesman said': the quote's speaker
        if cue.cls == "refuse":
            s, e = cue.span(doc)
            drafts.append(_Draft(s, e, "indirect", cue=cue))
            asked = [i for i in cue.content if i not in skip]
            if asked:
                # "declined to say whether ...": the question left open is the record's
                # content, but no one asserts it, so it decides no token's attribution
                last = doc[asked[-1]]
                drafts.append(_Draft(doc[asked[0]].idx, last.idx + len(last.text),
                                     "indirect", cue=cue))
            continue
        content = [i for i in cue.content if i not in skip]
        # a cue inside quotation marks reports no more than the quote holds ('"people
        # who give to her understand that," Lasry told ...': not "Lasry told")
        at = doc[cue.anchor].idx
        holder = next((d for d in marked_drafts if d.start <= at < d.end), None)
        if holder is not None:
            content = [i for i in content if holder.start <= doc[i].idx < holder.end]
        if not content:
            if not cue.content and contentless(doc[cue.anchor], cue.cls):
                bare.append(cue)
            continue  # "X praised Y": a speech act with nothing reported
        # a quote that belongs to a cue nested in this content ("announced the phone at a
        # conference, where he promoted it by saying "...""') does not count against it
        nested = {i for c in cues if c is not cue and c.anchor in content for i in c.content}
        inside = sum(1 for i in content if i not in nested
                     and any(d.start <= doc[i].idx < d.end for d in direct))
        if inside * 2 > len(content):
            continue  # the content is a direct quote that already has its cue
        pieces = [p for part in _without_asides(doc, cue, content, cues)
                  for p in _around_cue(doc, cue, part)]
        drafts += [_indirect(doc, cue, piece) for piece in pieces]
    drafts += _contentless_drafts(doc, bare, drafts)
    drafts += _headline(ctx, doc, book)
    drafts += [d for d in _free_drafts(doc, drafts, skip) if d.cue.anchor not in posts]

    # Resolve speakers and relays in text order, so "the Free Beacon" meets "the
    # Washington Free Beacon" after it.
    wanted = []
    # a cue word that governs a noun cue and has no record of its own joins its span
    recorded = frozenset(d.cue.anchor for d in drafts if d.cue is not None)
    speakers = {d.cue.speaker for d in drafts if d.cue is not None}
    for d in drafts:
        if d.cue is not None:
            wanted += [d.cue.speaker, d.cue.relay, d.cue.addressee]
    for i in sorted({i for i in wanted if i is not None}):
        book.resolve(doc[i], speaker=i in speakers)
    for d in drafts:
        if d.cue is not None and d.speaker is None:
            d.speaker = book.resolve(tok(doc, d.cue.speaker), speaker=True)
            relay = book.resolve(tok(doc, d.cue.relay))
            book.set_via(d.speaker, relay)
            to = book.resolve(tok(doc, d.cue.addressee))
            if to is not None and book.kind(to) in ("outlet", "document"):
                book.set_via(d.speaker, to)
        if d.cue is not None and d.cue_span is None:
            d.cue_span = _cue_extent(doc, d.cue, recorded)
    for d in drafts:
        # "I think the plan will fail" outside quotation marks: the writer speaks (a
        # first-person cue inside a quote is left to the quote's speaker above)
        if d.cue is not None and d.speaker is None and d.cue.speaker is not None and (
                doc[d.cue.speaker].lower_ in WRITER_PRONOUNS):
            d.speaker = book.writer(doc[d.cue.speaker])
    _relative_mentions(doc, drafts, book)
    _embedded_speakers(doc, ctx.masked, drafts, cues, book, recorded)
    _nested_relays(doc, drafts, book)
    _stances(ctx, doc, drafts, book, skip)
    _doubts(doc, book, skip)

    sources, ids = book.finish()
    ctx.sources = sources
    _pronoun_mentions(ctx)
    attribution: dict[int, list[str]] = {}
    for d in sorted(drafts, key=lambda d: d.start - d.end):  # widest first, innermost wins
        if d.speaker is None or not _asserts(d):
            continue
        chain = [ids[k] for k in book.chain(d.speaker)]
        for i in d.tokens:
            if i not in skip and not doc[i].is_space:
                attribution[i] = chain
    _witnesses(doc, drafts, book, ids, attribution, skip)
    ctx.token_attribution = attribution
    drafts.sort(key=lambda d: (d.start, -d.end))
    ctx.quotes = [
        Quote(id=f"q{n}", start=d.start, end=d.end, text=ctx.text[d.start:d.end], kind=d.kind,
              speaker=ids.get(d.speaker) if d.speaker is not None else None,
              cue=ctx.span(*d.cue_span) if d.cue_span else None,
              medium=_medium_span(ctx, doc, d))
        for n, d in enumerate(drafts, 1)
    ]


def _indirect(doc: Doc, cue: Cue, piece: list[int]) -> _Draft:
    """The indirect record of ``cue`` over the content tokens ``piece``."""
    last = doc[piece[-1]]
    return _Draft(doc[piece[0]].idx, last.idx + len(last.text), "indirect", cue=cue,
                  tokens=piece)


def _free_drafts(doc: Doc, drafts: list[_Draft], skip: frozenset[int]) -> list[_Draft]:
    """Records of the free lexicon verbs (:mod:`.free`): a listed verb with no record in
    a sentence where no record has its cue."""
    recorded = frozenset(d.cue.anchor for d in drafts if d.cue is not None)
    cue_spans = [d.cue_span or _cue_extent(doc, d.cue, recorded) for d in drafts
                 if d.cue is not None or d.cue_span is not None]
    spans = cue_spans + [(d.start, d.end) for d in drafts
                         if d.cue is not None or d.cue_span is not None]
    out = []
    anywhere, main = free_lemmas()
    for verb in free_verbs(doc, cue_spans, spans, skip, anywhere | main):
        cue = free_cue(verb) if listed(verb) else None
        if cue is None:
            continue
        out += [_indirect(doc, cue, piece) for piece in _around_cue(doc, cue, cue.content)]
    return out


def _contentless_drafts(doc: Doc, bare: list[Cue], drafts: list[_Draft]) -> list[_Draft]:
    """Records of the speech cues found with no content whose lemma round 40 lists
    (:func:`.free.contentless`), outside every record: what the verb reports is
    :func:`.free.free_content` ("Democrats, Frank notes, applaud ...")."""
    out = []
    for cue in bare:
        at = doc[cue.anchor].idx
        if any(d.cue is not None and d.start <= at < d.end for d in drafts):
            continue
        cue.content = free_content(doc[cue.anchor])
        out += [_indirect(doc, cue, piece) for piece in _around_cue(doc, cue, cue.content)]
    return out


# the most words between a governing predicate and the noun or gerund cue it governs
GOVERNOR_GAP = 5


def _cue_extent(doc: Doc, cue: Cue, recorded: frozenset[int]) -> tuple[int, int]:
    """The cue's characters, from the predicate that governs a noun or gerund cue when
    the predicate's subject is the cue's speaker and the predicate is no cue with a
    record of its own: a light verb and its noun ("made several comments", "took a
    swipe at ...", "delivered an impassioned defense"; CGEL ch. 4, light verbs) or a
    verb whose "by" / "in" phrase holds the act ("began by saying", "tripped up Rubio
    by calling ...").  Round 32: the subject may be the one the noun's possessive
    stands for ("stated his intention", :func:`_bound_possessive`), and a cue word
    counts as such a predicate when it has no record of its own ("responded by
    explaining", "showed no sign of ..."; ``recorded``: the anchors of the cues that
    have one).  The noun names the speaker's act and the verb says what the speaker did
    with it; PolNeAR's annotators mark the whole stretch as the cue.  "The inquiry
    looked into [claims] of ...": round 31 kept the cue "claims" there; round 32 (the
    speakerless noun cue): a noun or gerund cue with no holder found takes in its
    governing predicate whatever the predicate's subject ("are chiming in with
    criticism of", "includes a pledge", "looked into claims of ..."), as PolNeAR's
    annotators mark it (train's first half 31 to 15).  A refusal keeps its span (its
    record's span is its cue)."""
    start, end = cue.span(doc)
    if cue.cls == "refuse":
        return start, end
    noun = doc[cue.anchor]
    governor = None
    if noun.dep_ == "dobj" and noun.pos_ == "NOUN":
        governor = noun.head
    elif ((noun.dep_ == "pobj" and noun.pos_ == "NOUN") or (
            noun.dep_ == "pcomp" and noun.tag_ == "VBG")) and noun.head.dep_ == "prep":
        governor = noun.head.head
    if governor is None or not 0 < noun.i - governor.i <= GOVERNOR_GAP or (
            governor.pos_ not in ("VERB", "AUX", "ADJ")) or governor.i in recorded:
        return start, end
    subject = subject_of(governor)
    if subject is None or min(cue.tokens) <= governor.i or not (
            cue.speaker is None or subject.i == cue.speaker
            or _bound_possessive(doc, subject, noun, cue.speaker)):
        return start, end
    return governor.idx, end


# a possessive determiner and the subject pronouns it agrees with (person, number, gender)
POSSESSIVE_AGREES = {"his": {"he"}, "her": {"she"}, "its": {"it"}, "my": {"i"},
                     "our": {"we"}, "their": {"they"}}
PLURAL_POSSESSIVES = frozenset({"our", "their"})


def _bound_possessive(doc: Doc, subject: Token, noun: Token, speaker: int | None) -> bool:
    """Whether the cue's speaker is a possessive determiner of the noun cue that stands
    for the governing predicate's subject: "Sanders has consistently pushed [his]
    promise", "Lieberman also stated [his] intention" (a possessive in the object takes
    the clause's subject as its antecedent unless something else is named; CGEL ch. 17).
    The determiner must agree with the subject: a pronoun subject in person, number and
    gender, a noun subject in number ("the two did not discuss his criticisms": no; a
    person's name is one)."""
    if speaker is None or doc[speaker].head.i != noun.i or doc[speaker].dep_ != "poss":
        return False
    word = doc[speaker].lower_
    if word not in POSSESSIVE_AGREES:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in POSSESSIVE_AGREES[word]
    # a person's name is one ("Sanders", tagged a plural noun, pushed his promise)
    plural = (subject.tag_ in ("NNS", "NNPS", "CD") and subject.ent_type_ != "PERSON") or any(
        c.dep_ == "conj" for c in subject.children)
    return plural == (word in PLURAL_POSSESSIVES) and word not in ("my", "our")


def _asserts(d: _Draft) -> bool:
    """Whether the record's speaker asserts its content: not so for a topic ("discussed
    the situation in the region": the words are whoever reports the talks')."""
    return d.cue is None or d.cue.cls != "topic"


def _pronoun_mentions(ctx: Context) -> None:
    """"He said": a pronoun that the source book resolved to a source naming an entity
    is a mention of that entity too (``entities[].mentions``, in text order), as PolNeAR
    counts "he" right when it stands for the speaker.  Only where the pronoun agrees with
    the entity's type (``agrees``): "a U.S. Air Force general said he" is an official
    source whose entity is the Air Force, but "he" is the general, no mention of it."""
    lex = lexicon()
    added: dict[str, list[Span]] = {}
    for source in ctx.sources:
        if source.entity_id:
            etype = ctx.entity_type(source.entity_id)
            added.setdefault(source.entity_id, []).extend(
                m for m in source.mentions if m.text.lower() in lex.pronouns
                and agrees(m.text, etype))
    if not any(added.values()):
        return
    out = []
    for entity in ctx.entities:
        have = {(m.start, m.end) for m in entity.mentions}
        new = [m for m in added.get(entity.id, ()) if (m.start, m.end) not in have]
        if new:
            entity = entity.model_copy(update={"mentions": sorted(
                entity.mentions + new, key=lambda m: (m.start, m.end))})
        out.append(entity)
    ctx.entities = out


def _relative_mentions(doc: Doc, drafts: list[_Draft], book: SourceBook) -> None:
    """"delegates who backed Ron Paul": the relative pronoun that is the cue's subject is
    a mention of the speaker it stands for, as "he" is (PolNeAR marks "who" as the
    source)."""
    for d in drafts:
        if d.cue is None or d.speaker is None or d.cue.speaker is None:
            continue
        for c in doc[d.cue.anchor].children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != d.cue.speaker and (
                    relative_head(c).i == d.cue.speaker):
                span = (c.idx, c.idx + len(c.text))
                if span not in book.entries[d.speaker].mentions:
                    book.entries[d.speaker].mentions.append(span)


def _around_cue(doc: Doc, cue: Cue, content: list[int]) -> list[list[int]]:
    """The content of a cue set inside it ("The risk, he said, is a clash") as two
    records, before and after the cue, so that neither holds the cue's own words; any
    other content is one record."""
    lo, hi = min(cue.tokens), max(cue.tokens)
    before = [i for i in content if i < lo]
    after = [i for i in content if i > hi]
    if not before or not after or len(before) + len(after) != len(content):
        return [content]
    while before and doc[before[-1]].is_punct:
        before.pop()
    while after and doc[after[0]].is_punct:
        after.pop(0)
    return [p for p in (before, after) if p]


def _without_asides(doc: Doc, cue: Cue, content: list[int], cues: list[Cue]) -> list[list[int]]:
    """The content less the asides that hold an attribution of their own, as the runs left
    between them: a relative clause ("candidates like Mr. Carson, who claimed that ...,
    are wise choices") or a participle set off by a comma ("insisted that he has won,
    claiming that ..."); or a reporting verb with no subject of its own that the parse
    hung on the content's verb though it goes with the cue ("said his attacks worked
    and said that ...": it takes the cue's speaker).  PolNeAR annotates such an aside as
    an attribution of its own and leaves it out of the outer content (a token belongs to
    one attribution)."""
    inside = set(content)
    aside: set[int] = set()
    for other in cues:
        if other is cue or other.anchor not in inside or not other.content:
            continue
        head = doc[other.anchor]
        if _set_off(doc, head.left_edge.i) and (head.dep_ == "relcl" or (
                head.dep_ in ("advcl", "acl") and head.tag_ == "VBG")):
            aside.update(t.i for t in head.subtree)
        elif head.dep_ == "conj" and other.cls == "speech" and head.head.i in inside and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            aside.update(t.i for t in head.subtree)
            aside.update(c.i for c in head.head.children if c.dep_ == "cc" and c.i < head.i)
            if cue.speaker is not None:
                other.speaker = cue.speaker  # "said ... and said": the outer cue's subject
    if not aside & inside:
        return [content]
    runs: list[list[int]] = [[]]
    for i in content:
        if i in aside:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(i)
    out = []
    for run in runs:
        while run and doc[run[-1]].is_punct:
            run.pop()
        while run and doc[run[0]].is_punct:
            run.pop(0)
        if run:
            out.append(run)
    return out


# marks that open a supplement as a comma does: a dash or a parenthesis (Huddleston and
# Pullum 2002, ch. 15 §5, supplements; ch. 20, punctuation)
SUPPLEMENT_OPENERS = frozenset({"—", "–", "--", "("})


def _set_off(doc: Doc, i: int) -> bool:
    """Is the phrase starting at token ``i`` set off from what comes before: a comma
    before it, also where the comma closes a quotation ('has "expanded the party,"
    claiming ...': the comma goes inside the closing mark), or a dash or an opening
    parenthesis ("... — which he added ..."; "(which Clinton also supports)"); a hyphen
    only when spaced ("... - which he once supported -")."""
    if i <= 0:
        return False
    before = doc[i - 1].text
    if before == "," or before in SUPPLEMENT_OPENERS:
        return True
    if before == "-":
        return i >= 2 and bool(doc[i - 2].whitespace_)
    return before in CLOSING_MARKS and i >= 2 and doc[i - 2].text == ","


def _medium_span(ctx: Context, doc: Doc, d: _Draft) -> Span | None:
    if d.cue is None or d.cue.medium is None:
        return None
    return ctx.token_span(doc[d.cue.medium])


def _headline_end(ctx: Context) -> int | None:
    """Where the headline ends: the end of the first line that is the article's title."""
    title = (ctx.article.title or "").strip()
    start = 0
    for line in ctx.text.split("\n"):
        if line.strip():
            return start + len(line) if title and line.strip() == title else None
        start += len(line) + 1
    return None


def _embedded_speakers(doc: Doc, text: str, drafts: list[_Draft], cues: list[Cue],
                       book: SourceBook, recorded: frozenset[int]) -> None:
    """A partial quote speaks with the voice of the reported speech around it; a direct
    quote with no cue of its own goes on with the speaker of the direct quote before it in
    its paragraph, or in the paragraph before when it opens its paragraph."""
    for d in drafts:
        if d.kind == "partial" and d.speaker is None:
            around = [o for o in drafts if o is not d and o.speaker is not None
                      and _asserts(o)
                      and o.kind in ("indirect", "direct") and o.start <= d.start
                      and d.end <= o.end + 1]
            if around:
                host = min(around, key=lambda o: o.end - o.start)
                d.speaker, d.cue_span = host.speaker, host.cue_span
            elif (cue := _cue_above(doc, d, cues)) is not None:
                # 'what the manufacturers call "political interference"'
                d.speaker = book.resolve(tok(doc, cue.speaker))
                d.cue_span = _cue_extent(doc, cue, recorded)
        if d.kind == "direct" and d.speaker is None and (
                d.cue is None or d.cue.speaker is not None):
            prev = [o for o in drafts if o.kind == "direct" and o.end < d.start
                    and o.speaker is not None]
            if prev:
                last = max(prev, key=lambda o: o.end)
                lines = text[last.end:d.start].split("\n")
                # '"...," Apte said. "It overflows ..."': the same paragraph goes on with
                # the same speaker; so does a paragraph that opens with a quote right after
                same_paragraph = len(lines) == 1
                opens_next = all(not line.strip() for line in lines[1:-1]) and not (
                    lines[-1].strip(QUOTE_MARKS + "' "))
                if same_paragraph or opens_next:
                    d.speaker = last.speaker
                    if d.cue is None:
                        d.cue_span = last.cue_span


def _cue_above(doc: Doc, d: _Draft, cues: list[Cue]) -> Cue | None:
    """The cue a partial quote is an argument of, a few steps up the tree."""
    by_anchor = {c.anchor: c for c in cues if c.speaker is not None and c.cls != "topic"}
    inside = set(d.tokens)
    for i in d.tokens:
        head = doc[i].head
        if head.i in inside:
            continue
        for _ in range(3):
            if head.i in by_anchor:
                return by_anchor[head.i]
            if head.head.i == head.i:
                break
            head = head.head
    return None


def _nested_relays(doc: Doc, drafts: list[_Draft], book: SourceBook) -> None:
    """"According to the report, officials said that ...": a speaker named inside other
    attributed content is relayed by that content's speaker."""
    for d in drafts:
        if d.speaker is None or d.cue is None:
            continue
        hosts = [o for o in drafts if o is not d and o.speaker not in (None, d.speaker)
                 and d.cue.anchor in o.tokens]
        if hosts:
            host = min(hosts, key=lambda o: len(o.tokens))
            book.set_via(d.speaker, host.speaker)


def _stances(ctx: Context, doc: Doc, drafts: list[_Draft], book: SourceBook,
             skip: frozenset[int]) -> None:
    """Refusals, denials and declined positions, kept on the source that takes them."""
    for d in drafts:
        if d.cue is None or d.speaker is None or d.cue_span is None:
            continue
        kind = {"refuse": "refused_comment", "deny": "denied"}.get(d.cue.cls)
        if kind is not None:
            book.add_stance(d.speaker, kind, *d.cue_span)
    lex = lexicon()
    for t in tokens_with(doc, lex.position_nouns):
        if t.i in skip or t.dep_ != "dobj":
            continue
        verb = t.head
        if verb.lemma_.lower() not in lex.position_verbs:
            continue
        words = [t, verb]
        words += [c for c in t.children if c.dep_ == "det" and c.lower_ == "no"]
        words += [c for c in verb.children if c.dep_ == "neg"]
        gov = verb.head if verb.dep_ == "xcomp" else None
        if gov is not None and gov.lemma_.lower() in lex.position_governors:
            words.append(gov)
        if len(words) == 2:
            continue  # "took a position": no stance declined
        holders = [o for o in drafts if o.speaker is not None and o.start <= t.idx < o.end]
        if holders:
            key = min(holders, key=lambda o: o.end - o.start).speaker
        else:
            key = book.resolve(subject_of(gov or verb), speaker=True)
        lo = min(w.idx for w in words)
        book.add_stance(key, "declined_position", lo, t.idx + len(t.text))


def _doubts(doc: Doc, book: SourceBook, skip: frozenset[int]) -> None:
    """"if the report stands to be true": the article doubts its source."""
    lex = lexicon()
    for mark in tokens_with(doc, lex.doubt_markers):
        if mark.i in skip or mark.dep_ != "mark":
            continue
        clause = mark.head
        words = {w.lower_ for w in clause.subtree}
        if not words & lex.doubt_predicates:
            continue
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            book.doubt(book.peek(subject))


def _witnesses(doc: Doc, drafts: list[_Draft], book: SourceBook, ids: dict[int, str],
               attribution: dict[int, list[str]], skip: frozenset[int]) -> None:
    """"the Free Beacon quoted a source familiar with the meeting": the meeting reported
    earlier from the same outlet rests on that source too, so it joins the chain of the
    earlier "met" / "meeting" mentions that the outlet relays."""
    lex = lexicon()
    for d in drafts:
        if d.speaker is None or d.cue is None or d.cue.speaker is None:
            continue
        if book.kind(d.speaker) != "anonymous" or book.entries[d.speaker].via is None:
            continue
        head = doc[d.cue.speaker]
        topic = next((t for t in head.subtree if t.dep_ == "pobj" and t.pos_ == "NOUN"
                      and t.head.head.lower_ in lex.anonymity_modifiers), None)
        if topic is None:
            continue
        lemma = topic.lemma_.lower()
        forms = {lemma, lemma[:-3]} if lemma.endswith("ing") else {lemma}
        anon, outlet = ids[d.speaker], ids[book.entries[d.speaker].via]
        for t in doc[:head.i]:
            chain = attribution.get(t.i)
            if (t.i in skip or chain is None or anon in chain or outlet not in chain
                    or t.lemma_.lower() not in forms):
                continue
            attribution[t.i] = [anon, *chain]


def _headline(ctx: Context, doc: Doc, book: SourceBook) -> list[_Draft]:
    """'... Haftar's son - report': the headline's claim comes from a report named later."""
    text = ctx.text
    first = text.lstrip()
    start = len(text) - len(first)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    m = HEADLINE_SOURCE.search(text[start:line_end])
    if not m or ctx.is_removed(start, line_end):
        return []
    word_start = start + m.start(1)
    word = next((t for t in doc if t.idx == word_start), None)
    if word is None:
        return []
    key = book.resolve(word, provisional=True)
    if key is None:
        return []
    end = start + m.start()
    toks = [t.i for t in tokens_in(doc, start, end)]
    return [_Draft(start, end, "indirect", speaker=key, tokens=toks,
                   cue_span=(word.idx, word.idx + len(word.text)))]


def prepare() -> None:
    """Load the cue lexicon, the cue senses, the outlet list, the dictionary's verb
    lemmas, the object-biased verbs and the free lexicon verbs' cells now (see
    :func:`wiretrace.pipeline.load`)."""
    for load in (lexicon, _senses, held_nouns, outlets, verb_lemmas, object_biased_verbs,
                 free_lemmas, contentless_lemmas):
        load()
