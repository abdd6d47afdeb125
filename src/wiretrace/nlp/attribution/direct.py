"""Direct quotes: what kind of quotation a pair of marks holds (direct, partial or scare)
and which reporting cue introduces a direct quote (split from :mod:`.chains`)."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from ..context import ODD_SPACES, Context
from .clauses import FINITE
from .cues import Cue
from .quotes import MarkedQuote
from .words import cue_class, lexicon, names_people

SCARE_MAX_WORDS = 3
QUOTE_MARKS = '"\u201c\u201d\u00ab\u00bb\u2018\u2019'


def tok(doc: Doc, i: int | None) -> Token | None:
    return None if i is None else doc[i]


def _starts(doc: Doc) -> list[int]:
    """Character offsets of the Doc's tokens (in order), computed once per Doc."""
    starts = doc.user_data.get("wiretrace_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = [t.idx for t in doc]
        doc.user_data["wiretrace_token_starts"] = starts
    return starts


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    starts = _starts(doc)
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return [t for t in doc[lo:hi] if not t.is_space]


# blanks between a quote mark and the word or colon before it: spaces, tabs, and the
# no-break and thin spaces the parse reads as spaces (context.ODD_SPACES, round 18)
_BLANKS = " \t" + "".join(chr(c) for c in ODD_SPACES)


def _text_before(text: str, mq: MarkedQuote) -> str:
    """The text before the quote's opening mark, without the blanks right before it."""
    return text[:mq.open].rstrip(_BLANKS)


def mark_kind(ctx: Context, doc: Doc, mq: MarkedQuote, toks: list[Token]) -> str:
    """direct: the quote stands as a sentence of its own ('"...," a spokesman told X',
    'He said: "..."'); partial: quoted words inside the writer's sentence ('discussed "the
    situation in the region"'); scare: a short phrase nobody is said to have said ('as a
    "signal" of support')."""
    before = _text_before(ctx.text, mq)
    prev_char = before[-1] if before else "\n"
    has_verb = any(t.tag_ in FINITE for t in toks)
    if prev_char in "\n:.!?":
        return "direct"
    prev_tok = next((t for t in reversed(doc[:_first_token_at(doc, mq.open)])
                     if not t.is_space), None)
    if has_verb and (prev_char == "," or (prev_tok is not None and cue_class(prev_tok))):
        return "direct"
    if has_verb and len(toks) >= 3 and _cue_follows(doc, mq.outer_end) and not _embedded(toks):
        return "direct"
    words = [t for t in toks if t.is_alpha or t.like_num]
    if len(words) <= SCARE_MAX_WORDS and not has_verb and not _governed_by_cue(toks):
        return "scare"
    return "partial"


def _embedded(toks: list[Token]) -> bool:
    """The quoted words are an argument of the writer's own sentence ('discussed "the
    future of the port" and "a partnership that serves both shores," adding ...'): the
    phrase hangs on a word outside the marks that is not a speech cue."""
    inside = {t.i for t in toks}
    for t in toks:
        if t.head.i in inside or t.head.i == t.i or t.is_punct or t.is_space:
            continue
        if t.dep_ in ("dobj", "pobj", "conj", "appos", "attr", "nsubj", "nsubjpass") and not (
                t.head.tag_.startswith("VB") and cue_class(t.head) not in (None, "topic")):
            return True
    return False


def _first_token_at(doc: Doc, offset: int) -> int:
    return bisect_left(_starts(doc), offset)


def _cue_follows(doc: Doc, offset: int) -> bool:
    """'"..., " a State Department spokesman told': a cue within a few words after."""
    i = _first_token_at(doc, offset)
    seen = 0
    for t in doc[i:i + 8]:
        if t.is_space or "\n" in t.text:
            return False
        if t.is_punct:
            if t.text in ".!?" and seen:
                return False
            continue
        seen += 1
        if t.tag_.startswith("VB") and cue_class(t) in ("speech", "claim", "deny", "relay"):
            return True
        if seen > 5:
            return False
    return False


def _governed_by_cue(toks: list[Token]) -> bool:
    """'called it "a sham"', 'described as "reckless"': the quoted phrase is the cue's own
    argument, so it is someone's words, not the writer's scare quote."""
    inside = {t.i for t in toks}
    for t in toks:
        if t.head.i in inside:
            continue
        head = t.head
        if t.dep_ in ("appos", "oprd") and head.dep_ == "dobj" and head.head.tag_.startswith(
                "VB") and cue_class(head.head) in ("speech", "claim"):
            return True  # 'called the vote "a sham"' parsed with "a sham" beside "the vote"
        for _ in range(2):
            if head.tag_.startswith("VB") and cue_class(head) in ("speech", "claim", "relay"):
                return True
            if head.dep_ != "prep" and head.pos_ != "ADP":
                break
            head = head.head
    return False


def cue_for_direct(ctx: Context, doc: Doc, mq: MarkedQuote, toks: list[Token],
                    cues: list[Cue]) -> Cue | None:
    """The cue that introduces a direct quote: in its own sentence(s), outside the marks,
    with no content of its own outside the quote (a passive cue with no agent counts, 'Ana
    Mendes was asked, "..."': PolNeAR's guidelines mark it with no source);
    else a cue ending the sentence just before it ('He said:'); else, for a bare quote
    paragraph, a cue with nothing else to report in the sentence right after it."""
    inside = {t.i for t in toks}
    lo_t = _first_token_at(doc, mq.open)
    hi_t = _first_token_at(doc, mq.outer_end)
    sent_lo = doc[min(lo_t, len(doc) - 1)].sent.start if len(doc) else 0
    sent_hi = doc[min(hi_t, len(doc) - 1)].sent.end if hi_t < len(doc) else len(doc)
    best, best_dist = None, None
    for cue in cues:
        if cue.anchor in inside or not (sent_lo <= cue.anchor < sent_hi):
            continue
        if cue.cls in ("refuse", "cognitive"):
            continue
        if cue.speaker is None and not _passive(doc[cue.anchor]):
            continue
        pos = doc[cue.anchor].idx
        gap = ctx.text[pos:mq.open] if pos < mq.open else ctx.text[mq.outer_end:pos]
        if "\n" in gap:
            continue
        if cue.content and not inside & set(cue.content):
            continue
        pos = doc[cue.anchor].idx
        dist = mq.open - pos if pos < mq.open else pos - mq.outer_end
        if best_dist is None or dist < best_dist:
            best, best_dist = cue, dist
    if best is not None:
        return best
    # 'He said:' closing the sentence before the quote
    if ctx.text[:mq.open].rstrip().endswith(":"):
        for cue in reversed(cues):
            if (doc[cue.anchor].idx < mq.open and cue.speaker is not None
                    and _no_content(doc, cue)
                    and cue.cls in ("speech", "claim")
                    and doc[cue.anchor].sent.end >= sent_lo - 1):
                return cue
        return None
    # a bare quote paragraph, then 'John Smith said on Monday.' in the next sentence
    line_start = ctx.text.rfind("\n", 0, mq.open) + 1
    if ctx.text[line_start:mq.open].strip() or sent_hi >= len(doc):
        return None
    nxt = next((t.sent for t in doc[sent_hi:] if not t.is_space), None)
    if nxt is None or any(c in nxt.text for c in QUOTE_MARKS) or nxt.start_char - (
            mq.outer_end) > 4 or ctx.text[mq.outer_end:nxt.start_char].count("\n") > 2:
        return None
    return next((c for c in cues if nxt.start <= c.anchor < nxt.end and c.speaker is not None
                 and _no_content(doc, c) and c.cls in ("speech", "claim")), None)


def _passive(verb: Token) -> bool:
    """"was asked", "is told": a passive verb, its agent unnamed when the cue has no speaker."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _no_content(doc: Doc, cue: Cue) -> bool:
    """A cue with nothing reported of its own, or only a word standing for it ("John
    Smith said so", after the quote)."""
    lex = lexicon()
    return all(doc[i].lower_ in lex.pro_form_objects or doc[i].lower_ in lex.pro_form_adverbs
               or doc[i].lower_ == "the" for i in cue.content)


SIGNATURE_DASHES = {"\u2015", "\u2014", "\u2013", "--"}
SIGNATURE_WORDS = 5


def dash_signature(text: str, doc: Doc, mq: MarkedQuote) -> Cue | None:
    """'"Imagination is more important than knowledge." -- Albert Einstein': a quote
    signed after a dash with a name that ends the line or the sentence, or is followed
    by the next quote.  The dash is the cue (PolNeAR's guidelines), the name the
    speaker."""
    pos = mq.outer_end
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    dash = next((d for d in SIGNATURE_DASHES if text.startswith(d, pos)), None)
    if dash is None:
        return None
    i = _first_token_at(doc, pos + len(dash))
    anchor = max(0, _first_token_at(doc, pos + 1) - 1) if i > 0 and (
        doc[i - 1].idx <= pos < doc[i - 1].idx + len(doc[i - 1].text)) else i
    words = []
    while i < len(doc) and len(words) <= SIGNATURE_WORDS and not doc[i].is_space and (
            doc[i].text[:1].isupper() or (words and doc[i].text == ".")):
        if doc[i].text != ".":
            words.append(i)
        i += 1
    if not words or len(words) > SIGNATURE_WORDS or anchor in words:
        return None
    if i < len(doc) and not (doc[i].is_space or doc[i].text in ".,;"
                             or doc[i].text[:1] in QUOTE_MARKS):
        return None  # "-- and Fred ..." goes on: no signature
    if not any(doc[w].pos_ == "PROPN" or doc[w].ent_type_ == "PERSON" for w in words):
        return None
    return Cue(tokens=[anchor], cls="speech", anchor=anchor, speaker=words[-1])


COLON_WORDS = 8  # words before a colon that may name a quote's speaker
COLON_TYPES = {"PERSON", "ORG", "NORP"}
COLON_STOPS = {".", "!", "?", ";"} | SIGNATURE_DASHES | {"-"}


def colon_introducer(text: str, doc: Doc, mq: MarkedQuote) -> Cue | None:
    """'More from Jones: "The partisanship of the state ..."', 'From the report: "In
    general, samples ..."', "... doesn't surprise pollster Daron Shaw: "Historically
    ..."": a direct quote right after a colon, with no reporting verb, whose speaker or
    document the words just before the colon name (a person, an organization or group,
    or a source noun such as "report" or "poll", within a few words of the colon, after
    any dash or sentence end, and with no finite verb after it).  The colon is the cue,
    as a speaker label's (PolNeAR's guidelines: 'Romeo: "Is the day so young?"'); the
    speaker is the last person named, else the last such word."""
    before = _text_before(text, mq)
    if not before.endswith(":"):
        return None
    i = _first_token_at(doc, len(before) - 1)
    if i >= len(doc) or doc[i].text != ":":
        return None
    words: list[Token] = []
    for t in reversed(doc[max(0, i - COLON_WORDS - 4):i]):
        if "\n" in t.text or t.text in COLON_STOPS:
            break
        if not (t.is_punct or t.is_space):
            words.insert(0, t)
    words = words[-COLON_WORDS:]
    lex = lexicon()
    named = [t for t in words if t.ent_type_ in COLON_TYPES or (
        t.pos_ == "NOUN" and (t.lemma_.lower() in lex.source_nouns or names_people(t)))]
    # a person before the group they speak for: "Ana Mendes of the dockworkers' union:"
    people = [t for t in named if t.ent_type_ == "PERSON"]
    speaker = (people or named or [None])[-1]
    while speaker is not None and speaker.dep_ == "pobj" and speaker.head.lower_ == "of" and (
            speaker.head.head in words and speaker.head.head.pos_ in ("PROPN", "NOUN")):
        speaker = speaker.head.head  # "Ana Mendes of the union", "the head of the union"
    if speaker is None or speaker.i < i - 6 or any(
            t.tag_ in FINITE for t in doc[speaker.i + 1:i]):
        return None  # "a threat many people make but few keep: ...": the writer's own
    if _byline(words, speaker):
        return None  # '"Pier to close," by the Gazette's Ana Lopes: "..."': an excerpt
    return Cue(tokens=[i], cls="speech", anchor=i, speaker=speaker.i)


def _byline(words: list[Token], speaker: Token) -> bool:
    """A digest's byline before the colon ('"Pier to close in May," by the Gazette's Ana
    Lopes: "The pier ..."'): the name is the author of the article whose title comes
    before it, and the quote an excerpt of that work (PolNeAR's guidelines: titles and
    the attribution of works are no attributions), not words the name is said to
    speak."""
    by = next((t for t in words if t.lower_ == "by" and t.i < speaker.i), None)
    if by is None or by.i == 0:
        return False
    before = by.doc[by.i - 1]
    return before.text == "," or before.text in QUOTE_MARKS or before.text == "''"
