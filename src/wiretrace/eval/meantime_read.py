"""MEANTIME gold: one NewsReader XML file -> an Article plus its annotations.

The article text is rebuilt from the gold tokens (headline, date line, body) and every
gold token keeps its character offsets in that text, so gold and predictions meet on
``article.text`` offsets, the same contract every wiretrace span follows.
"""

from __future__ import annotations

import bisect
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article
from ..read.text import from_text

# Token sentence 0 is the headline, 1 the date line, 2-5 the first four body sentences:
# only 0 and 2-5 are annotated in full (see the corpus's PROVENANCE.md).
ANNOTATED_SENTENCES = frozenset({0, 2, 3, 4, 5})
DATE_LINE_SENTENCE = 1

# The corpus is tokenized Penn-Treebank style; these decide where the rebuilt text has
# no space.  "Apple 's iPod" -> "Apple's iPod", "( SDK )" -> "(SDK)", "$ 99" -> "$99".
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", ")", "]", "}", "%", "!", "?", "'s", "'S", "n't", "'re", "'ve",
     "'ll", "'m", "'d", "”", "’"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "US$", "#", "£", "€", "“", "‘", "`", "’"})
# "I' ll" (the corpus splits "I'll" after the apostrophe): glue these to a word ending in '.
_CLITIC_TAILS = frozenset({"ll", "m", "re", "ve", "d", "s"})


@dataclass(frozen=True)
class Token:
    t_id: int
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A gold markable: the tokens it anchors to (possibly not contiguous) and their
    character stretches in the rebuilt text."""

    m_id: str
    t_ids: tuple[int, ...]
    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass(frozen=True)
class EntityMention(Mention):
    type: str | None = None  # PER, ORG, LOC, PRO, FIN, MIX (from the linked ENTITY)
    syntactic_type: str = ""  # NAM, NOM, PRO, PRE.NAM, APP, CONJ, ...
    instance: str | None = None  # the ENTITY's instance_id: the same across documents
    entity: str | None = None  # the ENTITY's m_id: one per entity within the document


@dataclass(frozen=True)
class EventMention(Mention):
    pred: str = ""
    pos: str = ""  # VERB, NOUN, OTHER
    certainty: str = ""  # CERTAIN, PROBABLE, POSSIBLE, UNDERSPECIFIED
    polarity: str = ""  # POS, NEG, UNDERSPECIFIED
    time: str = ""  # FUTURE, NON_FUTURE, UNDERSPECIFIED
    cls: str | None = None  # OTHER, SPEECH_COGNITIVE, GRAMMATICAL, MIX (from the EVENT)
    instance: str | None = None  # the EVENT's instance_id, where it has one (cross-document)


@dataclass(frozen=True)
class Timex(Mention):
    value: str = ""
    type: str = ""


@dataclass(frozen=True)
class Participant:
    event: str  # m_id of an EventMention
    entity: str  # m_id of an EntityMention
    role: str  # PropBank: Arg0, Arg1, Arg2, Argm-LOC, ...


@dataclass
class MeantimeDoc:
    article: Article
    tokens: list[Token]
    entities: dict[str, EntityMention] = field(default_factory=dict)
    events: dict[str, EventMention] = field(default_factory=dict)
    timexes: dict[str, Timex] = field(default_factory=dict)
    participants: list[Participant] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._region = [t for t in self.tokens if t.sentence in ANNOTATED_SENTENCES]
        self._region_starts = [t.start for t in self._region]
        self._by_id = {t.t_id: t for t in self.tokens}

    @property
    def region_tokens(self) -> list[Token]:
        return self._region

    def in_region(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a token of the annotated region."""
        i = bisect.bisect_left(self._region_starts, end)  # tokens starting before `end`
        return i > 0 and self._region[i - 1].end > start

    def mention_in_region(self, mention: Mention) -> bool:
        return any(self.in_region(s, e) for s, e in mention.pieces)

    def token(self, t_id: int) -> Token:
        return self._by_id[t_id]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The gold tokens that overlap ``[start, end)``."""
        return [t for t in self.tokens if t.start < end and t.end > start]


def _token_text(raw: str) -> str:
    # PTB quotes become straight double quotes: ``App Store'' -> "App Store"
    return '"' if raw in ("``", "''") else raw


def _detokenize(sentences: list[list[tuple[int, int, str]]]) -> tuple[str, list[Token]]:
    """Join one block's sentences (lists of (t_id, sentence, text)) into a line of text."""
    out: list[str] = []
    tokens: list[Token] = []
    pos = 0
    double_open = False  # inside a straight "..." quotation
    single_open = False  # inside a `...' or '...' quotation
    glue_next = False
    prev = ""
    for sentence in sentences:
        for t_id, sent, raw in sentence:
            text = _token_text(raw)
            attach_left = text in _NO_SPACE_BEFORE
            attach_right = text in _NO_SPACE_AFTER
            if raw == "``":
                double_open, attach_right = True, True
            elif raw == "''":
                double_open, attach_left = False, True
            elif raw == '"':
                # a straight quote closes an open one, else opens: He said " yes " -> "yes"
                attach_left, attach_right = double_open, not double_open
                double_open = not double_open
            elif raw == "`":
                single_open = True
            elif raw == "'":
                # `pingers ' and 'switch ' close; Airbus ' massive is a possessive; else
                # it opens: ' High School Musical '
                if single_open or prev[-1:] in ("s", "S") or prev[:1] == "'":
                    attach_left, single_open = True, False
                else:
                    attach_right, single_open = True, True
            elif prev.endswith("'") and text in _CLITIC_TAILS:
                attach_left = True
            if out and not glue_next and not attach_left:
                out.append(" ")
                pos += 1
            out.append(text)
            tokens.append(Token(t_id, sent, pos, pos + len(text), text))
            pos += len(text)
            glue_next = attach_right
            prev = text
    return "".join(out), tokens


def _anchors(element: ET.Element) -> tuple[int, ...]:
    return tuple(sorted(int(a.get("t_id")) for a in element.findall("token_anchor")))


def _pieces(t_ids: tuple[int, ...], by_id: dict[int, Token]) -> tuple[tuple[int, int], ...]:
    """Character stretches of the anchored tokens, adjacent tokens merged."""
    pieces: list[list[int]] = []
    last = None
    for t_id in t_ids:
        tok = by_id[t_id]
        if pieces and last is not None and t_id == last + 1:
            pieces[-1][1] = tok.end
        else:
            pieces.append([tok.start, tok.end])
        last = t_id
    return tuple((s, e) for s, e in pieces)


def read_document(path: Path | str) -> MeantimeDoc:
    """Read one MEANTIME XML file: the Article rebuilt from its tokens (headline line,
    date line, body paragraph) and the gold mentions with offsets into its text."""
    path = Path(path)
    root = ET.parse(path).getroot()
    raw_tokens = [(int(t.get("t_id")), int(t.get("sentence")), t.text or "")
                  for t in root.iter("token")]
    raw_tokens.sort(key=lambda t: t[0])
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for tok in raw_tokens:
        by_sentence.setdefault(tok[1], []).append(tok)
    blocks = [
        [by_sentence[s] for s in sorted(by_sentence) if s == 0],
        [by_sentence[s] for s in sorted(by_sentence) if s == DATE_LINE_SENTENCE],
        [by_sentence[s] for s in sorted(by_sentence) if s > DATE_LINE_SENTENCE],
    ]
    text_parts: list[str] = []
    tokens: list[Token] = []
    offset = 0
    for block in blocks:
        if not block:
            continue
        if text_parts:
            text_parts.append("\n\n")
            offset += 2
        line, line_tokens = _detokenize(block)
        text_parts.append(line)
        tokens.extend(Token(t.t_id, t.sentence, t.start + offset, t.end + offset, t.text)
                      for t in line_tokens)
        offset += len(line)
    text = "".join(text_parts) + "\n"
    by_id = {t.t_id: t for t in tokens}

    markables = root.find("Markables")
    relations = root.find("Relations")
    elements = {m.get("m_id"): m for m in (markables if markables is not None else [])}
    refers: dict[str, ET.Element] = {}  # mention m_id -> ENTITY / EVENT instance
    participants: list[Participant] = []
    for rel in relations if relations is not None else []:
        target = rel.find("target")
        if target is None:
            continue
        sources = [s.get("m_id") for s in rel.findall("source")]
        if rel.tag == "REFERS_TO" and target.get("m_id") in elements:
            for m_id in sources:
                refers[m_id] = elements[target.get("m_id")]
        elif rel.tag == "HAS_PARTICIPANT":
            participants.extend(
                Participant(m_id, target.get("m_id"), rel.get("sem_role") or "")
                for m_id in sources
            )

    entities: dict[str, EntityMention] = {}
    events: dict[str, EventMention] = {}
    timexes: dict[str, Timex] = {}
    creation_time: str | None = None
    for m_id, el in elements.items():
        t_ids = tuple(t for t in _anchors(el) if t in by_id)
        if el.tag == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME":
            creation_time = el.get("value")
            continue
        if not t_ids:  # instances (ENTITY, EVENT) and cross-document stubs
            continue
        pieces = _pieces(t_ids, by_id)
        if el.tag == "ENTITY_MENTION":
            instance = refers.get(m_id)
            entities[m_id] = EntityMention(
                m_id, t_ids, pieces,
                type=instance.get("ent_type") if instance is not None else None,
                syntactic_type=el.get("syntactic_type") or "",
                instance=instance.get("instance_id") if instance is not None else None,
                entity=instance.get("m_id") if instance is not None else None,
            )
        elif el.tag == "EVENT_MENTION":
            instance = refers.get(m_id)
            events[m_id] = EventMention(
                m_id, t_ids, pieces,
                pred=el.get("pred") or "", pos=el.get("pos") or "",
                certainty=el.get("certainty") or "", polarity=el.get("polarity") or "",
                time=el.get("time") or "",
                cls=instance.get("class") if instance is not None else None,
                instance=instance.get("instance_id") if instance is not None else None,
            )
        elif el.tag == "TIMEX3":
            timexes[m_id] = Timex(m_id, t_ids, pieces, value=el.get("value") or "",
                                      type=el.get("type") or "")
    if creation_time is None:
        # Two files leave functionInDocument at NONE on the date line's TIMEX3.
        for m_id, tx in list(timexes.items()):
            if all(by_id[t].sentence == DATE_LINE_SENTENCE for t in tx.t_ids):
                creation_time = tx.value
                del timexes[m_id]
                break
    # the DCT is a day ("2008-03-06"); keep only a full date as the publication date
    published = creation_time[:10] if creation_time and len(creation_time) >= 10 else None
    article = from_text(
        text,
        id=root.get("doc_id") or path.stem,
        title=text.split("\n", 1)[0] or None,
        published=published,
        url=root.get("url"),
        meta={"corpus": "meantime", "doc_name": root.get("doc_name") or path.stem},
        where=str(path),
    )
    return MeantimeDoc(
        article=article,
        tokens=tokens,
        entities=entities,
        events=events,
        timexes=timexes,
        participants=[p for p in participants if p.event in events and p.entity in entities],
    )


def read_directory(directory: Path | str, limit: int | None = None) -> list[Path]:
    """The MEANTIME XML files under ``directory`` (recursively), in a stable order."""
    paths = sorted(Path(directory).rglob("*.xml"), key=lambda p: (p.parent.name, p.name))
    return paths[:limit] if limit is not None else paths
