"""The data model every layer shares: Article in, Report out.

All spans are character offsets ``[start, end)`` into ``article.text`` (Python ``str``
indices) and every ``text`` beside a span equals ``article.text[start:end]``.  Nothing is
cut from the text: captions, credits and other non-body lines are *marked* in
``article.removed``.  The JSON form of :class:`Report` is a public contract; its JSON
Schema is generated from these classes (``wiretrace schema``) and versioned by
:data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.9.0"

RemovedReason = Literal[
    "caption", "credit", "contributors", "byline", "dateline", "boilerplate", "duplicate"
]
SourceKind = Literal["outlet", "person", "organization", "official", "anonymous", "document"]
QuoteKind = Literal["direct", "partial", "indirect", "scare"]
Role = Literal["source", "target", "other"]
TimeBasis = Literal["explicit", "relative", "publication", "unknown"]
RecipientBasis = Literal["target", "place", "domestic"]
CodeBasis = Literal["entity", "phrase", "antecedent", "place", "article"]
Polarity = Literal["positive", "negative", "underspecified"]
Certainty = Literal["certain", "probable", "possible", "underspecified"]
Tense = Literal["past", "present", "future", "none"]
Assertion = Literal["asserted", "claimed", "doubted", "condition", "purpose", "intended",
                    "question", "believed", "stance"]
# assertions of events that can have happened (render.happened; the store's occurred filter)
OCCURRED_ASSERTIONS = ("asserted", "claimed")
Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict",
               "material_conflict"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
PlaceKind = Literal["country", "state", "city", "region"]
CreditKind = Literal["wire", "contributor", "courtesy", "originated"]
FigureQualifier = Literal["exact", "at_least", "at_most", "about", "range", "vague"]


# Characters no store can hold and no UTF-8 encoder writes: lone surrogates (half of a
# UTF-16 pair, e.g. "\udcff" from a JSON escape or a broken decoder) and NUL (PostgreSQL
# text refuses it).  Each becomes U+FFFD, one character for one, so offsets stay valid.
UNREPRESENTABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def repair_text(text: str) -> str:
    """``text`` with every lone surrogate and NUL replaced by U+FFFD (same length)."""
    return UNREPRESENTABLE.sub(REPLACEMENT, text) if UNREPRESENTABLE.search(text) else text


def repair_value(value: Any) -> Any:
    """:func:`repair_text` applied to every string in a JSON-like value (keys included)."""
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, dict):
        return {repair_value(k): repair_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(repair_value(v) for v in value)
    return value


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Record):
    """A stretch of ``article.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Offsets(_Record):
    """Offsets without text (used where the text would only repeat a longer span)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Removed(_Record):
    """A stretch of the text that is not article body: kept in the text, marked here."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    reason: RemovedReason


class Credit(_Record):
    """Who the article credits for its copy: a wire agency in a dateline ("CAIRO (AP) —")
    or a sign-off ("— AFP"), a contributor ("Reporting by ...", "... contributed to this
    report"), a courtesy ("via X", "h/t X", "(Nile Wire)" after the last paragraph) or
    the service a story originated in ("This story originated in ...").  The line it
    comes from is marked in ``removed``: a credit is never body text."""

    name: str = Field(description="The credited name, canonical for a listed wire "
                      "(\"Associated Press\" for \"AP\").")
    kind: CreditKind
    start: int = Field(ge=0, description="The name as written: article.text[start:end].")
    end: int = Field(ge=0)
    text: str = Field(description="article.text[start:end]")
    line: Offsets = Field(description="The removed stretch the credit was read from.")


class Article(_Record):
    id: str
    text: str
    title: str | None = None
    published: str | None = Field(
        default=None, description="Publication date (ISO 8601 date or date-time) or null."
    )
    outlet: str | None = None
    url: str | None = None
    byline: list[str] = Field(default_factory=list)
    contributors: list[str] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)
    removed: list[Removed] = Field(default_factory=list)
    credits: list[Credit] = Field(
        default_factory=list,
        description="Wires, contributors, courtesies and originating services the article "
        "credits (wiretrace.clean); a wire credit makes the wire the article's origin.")
    text_hash: str = Field(description="sha256 of text, hex.")

    @field_validator("id", "text", "title", "outlet", "url", "byline", "contributors", "meta",
                     mode="before")
    @classmethod
    def _representable(cls, value: Any) -> Any:
        # every Article can be hashed, printed as JSON and stored (see repair_text)
        return repair_value(value)

    @staticmethod
    def hash_text(text: str) -> str:
        """sha256 of the text as an Article holds it (lone surrogates and NUL as U+FFFD),
        so it never fails on text that no UTF-8 encoder writes."""
        return hashlib.sha256(repair_text(text).encode("utf-8")).hexdigest()


class Place(_Record):
    """A place entity's record in the gazetteer (GeoNames, offline)."""

    geonames_id: int
    name: str = Field(description="GeoNames' name of the place (\"Misratah\" for \"Misrata\").")
    kind: PlaceKind = Field(
        description="country; state (a US state); city (a town of 15,000 people or more); "
                    "region (a continent).")
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")


class Entity(_Record):
    """One actor, place or thing within the article, with every mention of it."""

    id: str
    name: str
    type: str = Field(description="spaCy/OntoNotes label: PERSON, ORG, GPE, LOC, NORP, FAC, ...")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    sector: str | None = Field(default=None, description="PLOVER/CAMEO sector: GOV, MIL, ...")
    sectors: list[str] = Field(
        default_factory=list,
        description="Every sector the actor holds, the main one (`sector`) first, as in a "
        "CAMEO code: an intelligence ministry is GOV, SPY; a defence ministry GOV, MIL.")
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    candidates: list[str] = Field(
        default_factory=list,
        description="For an ambiguous short name (a bare surname two people share): the ids "
        "of the entities it may refer to. Empty when the entity is not ambiguous.",
    )
    place: Place | None = Field(
        default=None,
        description="For a GPE, LOC or FAC entity the gazetteer knows: the place it names, "
        "chosen among namesakes by the article's context. Its country is the entity's.",
    )


class TimeExpr(_Record):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: str = Field(
        description="TIMEX3 value: 2021-12, 1987, 2021-W45, P40Y, PRESENT_REF, XXXX-12")
    type: TimexType
    rule: str | None = Field(default=None, description="Name of the rule that produced it.")
    first: str | None = Field(
        default=None, description="First day the value covers (ISO date, inclusive; "
        "wiretrace.timex): 2021-11-08 for 2021-W45. Null when open (PAST_REF) or unknown.")
    last: str | None = Field(
        default=None, description="Last day the value covers (ISO date, inclusive): "
        "2021-11-14 for 2021-W45. Null when open (FUTURE_REF) or unknown.")
    anchored: str | None = Field(
        default=None, description="For an anchored duration (\"two years ago\": value P2Y, "
        "type DURATION): the DATE it refers to, the value of the NewsReader guidelines' "
        "empty TIMEX3 (2019 written 2021-11-20; PAST_REF for \"years ago\"); first and "
        "last are its days. Null for every other expression.")


StanceKind = Literal["refused_comment", "declined_position", "denied"]


class SourceStance(_Record):
    """A position a source takes towards the story: it refused to comment, declined to
    take a position, or denied something."""

    kind: StanceKind
    cue: Span


class Source(_Record):
    """Who asserts something: an outlet, a person, an organization, an official, an
    anonymous source or a document.  ``via`` is the source that relays this one."""

    id: str
    kind: SourceKind
    name: str
    entity_id: str | None = None
    via: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    stances: list[SourceStance] = Field(default_factory=list)
    doubted: bool = Field(
        default=False,
        description='The article itself questions this source ("if the report stands to be '
                    'true"); what it asserts is at most probable.',
    )


class Quote(_Record):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: QuoteKind
    speaker: str | None = Field(default=None, description="A source id.")
    cue: Span | None = None
    medium: Span | None = Field(
        default=None,
        description='The channel the words went out by: "statement" in "said in a statement".',
    )


class EventActor(_Record):
    """One argument of an event.  ``country`` and ``sector`` are the code of the actor it
    names, for this event: its entity's code, or that of a generic actor ("police",
    "Pakistani officials", "the government"; docs/actors.md, "Generic actors").
    ``code_basis`` says where the code comes from: ``entity`` (the entity's own code);
    for a generic actor, or a person with a role but no country, where the country comes
    from: ``phrase`` (a country named in the argument's own phrase: "Pakistani
    officials", "troops in Mali"), ``antecedent`` (an earlier mention of the same noun
    that named one: "Italian officials ... the officials"), ``place`` (the event's place)
    or ``article`` (the article's main country); null when no country was found (the
    sector alone) or the argument has no code.  All three are null for an argument that
    is no actor."""

    role: Role
    entity_id: str | None = Field(
        default=None, description="The entity this argument refers to, when there is one."
    )
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    sector: str | None = Field(default=None, description="PLOVER/CAMEO sector: GOV, MIL, ...")
    code_basis: CodeBasis | None = Field(
        default=None, description="Where the code comes from: entity (the entity's own "
        "code); for a generic actor, where its country comes from: its phrase, an earlier "
        "mention of the same noun (antecedent), the event's place or the article's main "
        "country; null when no country was found or the argument has no code.")


class EventTime(_Record):
    value: str | None = None
    basis: TimeBasis = "unknown"
    time_id: str | None = None
    first: str | None = Field(
        default=None, description="First day the value covers (ISO date, inclusive), as for "
        "times[]; what filters, sorting and charts use.")
    last: str | None = Field(
        default=None, description="Last day the value covers (ISO date, inclusive).")


class Location(_Record):
    name: str
    entity_id: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")


class Recipient(_Record):
    """The country a coded event is directed at, for country-level event data (the
    dyads of ICEWS and GDELT).  ``target``: the country of a named target; ``place``: no
    target has a country, and the event took place in this country ("shelled targets in
    Jericho"); ``domestic``: neither, so the source's own country ("Algerian landowners
    began a hunger strike"), given only where the sentence names no other country or
    party of one and no target has another country ("The Kremlin dismissed the
    administration's accusation" gets none).  The target's country is its argument's
    code (a generic target's too: "fired on Palestinian protesters").  PLOVER's recipient
    is optional (manual 2.4.1): ``place`` and ``domestic`` are inferred, and say so."""

    country: str = Field(description="ISO 3166-1 alpha-3")
    basis: RecipientBasis


class Factuality(_Record):
    polarity: Polarity = "positive"
    certainty: Certainty = "certain"
    tense: Tense = "none"
    assertion: Assertion = Field(
        default="asserted",
        description="Whether the text asserts the event (docs/events.md, 'Asserted "
        "events'): asserted; claimed (reported through a claim: 'X claimed it shot down "
        "...'); doubted (a claim the text says could not be verified, or that another party "
        "denied or ruled out; certainty at most possible); condition ('if X attacks'); "
        "purpose ('to prevent civilians from leaving'); intended (planned, wished, hoped, "
        "expected or sought: 'hoped the swap would pave the way', 'sought to meet'); "
        "question ('Will China invade?'); believed (the content of a belief, supposition or "
        "insinuation: 'they believe rebels have retreated', 'implying that she was "
        "forbidden'); stance (a state of mind or a view held, not an act: 'we suspect "
        "that ...', 'is persuaded of', 'favored imposing tariffs', 'supported the idea of "
        "a database'). Only asserted and claimed events can have happened.")


class Figure(_Record):
    """One reported figure (wiretrace.nlp.events.magnitude, docs/magnitude.md): ``number`` as
    written (null for a range or a vague word), ``low``/``high`` the bounds it gives
    (null when open), how exact it is, and the words it was read from."""

    number: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: FigureQualifier = Field(
        description="exact; at_least ('at least', 'more than'); at_most ('up to'); about "
        "('about', 'nearly'); range ('20 to 30'); vague ('dozens': low/high from "
        "data/magnitude.yaml).")
    span: Span
    attribution: list[str] | None = Field(
        default=None, description="Source ids giving the figure, nearest first, when they "
        "differ from the event's; null when the event's sources give it.")

    @property
    def value(self) -> int:
        """The figure to filter and sort by: the number, else the lower bound."""
        return self.number if self.number is not None else (self.low or self.high or 0)


class Magnitude(_Record):
    """PLOVER's size object (manual table 6.4: dead, injured, arrested) and the
    participant size of a protest (section 6.1)."""

    dead: Figure | None = None
    injured: Figure | None = None
    arrested: Figure | None = None
    size: Figure | None = None


class Event(_Record):
    id: str
    trigger: Span
    lemma: str
    pos: Literal["verb", "noun", "adjective"]
    sentence: Offsets
    type: str | None = Field(default=None, description="PLOVER category, null when uncoded.")
    mode: str | None = None
    cameo: str | None = None
    route: str | None = Field(
        default=None, description="For a coded event: the dictionary or rule that gave its "
        "type (docs/events.md 'Routes': pattern, a PETRARCH2 verb + object pattern; "
        "cameo_verb or cameo_noun, the CAMEO code of the word alone; light_verb, force, "
        "criticism ...). Null for uncoded events and in reports before 1.8.0.")
    actors: list[EventActor] = Field(default_factory=list)
    time: EventTime = Field(default_factory=EventTime)
    location: Location | None = None
    recipient: Recipient | None = Field(
        default=None, description="For a coded event: the country it is directed at, and "
        "how that was found. Null for uncoded events and for CONSULT (every party is an "
        "actor).")
    factuality: Factuality = Field(default_factory=Factuality)
    attribution: list[str] = Field(
        default_factory=list, description="Source ids asserting the event, nearest first."
    )
    magnitude: Magnitude | None = Field(
        default=None, description="For a coded event: how many were killed, injured, "
        "arrested or took part, as its sentence reports them for it (docs/magnitude.md). "
        "Null when none is reported.")
    context: list[str] = Field(
        default_factory=list, description="For a coded event: PLOVER contexts of its CAMEO "
        "code (military, economic, legal, diplomatic...; the CAMEO2PLOVER table).")
    quad: Quad | None = Field(
        default=None, description="For a coded event: PLOVER's quad category.")
    score: float | None = Field(
        default=None, description="For a coded event: PLOVER's conflict-cooperation score "
        "of its category and mode, -10 (most conflictual) to +10 (PLOVER manual, Table "
        "2.2).")


class Report(_Record):
    schema_version: str = SCHEMA_VERSION
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    producers: dict[str, str] = Field(
        default_factory=dict,
        description="What made this report: annotator names with versions, spaCy model.",
    )

    @classmethod
    def read(cls, data: str | bytes | bytearray | dict[str, Any]) -> Report:
        """A Report as stored or sent (JSON text, bytes or the parsed dict) of any version
        of this major one: an older one up-converted, the fields of a later one ignored
        (:mod:`wiretrace.versions`, docs/format.md "Compatibility").  Writing stays
        strict: ``Report(...)`` and ``model_validate`` refuse a field they do not know."""
        from .versions import read_report

        return read_report(data)


# Entity.type: the spaCy/OntoNotes labels the entity layer keeps (nlp/actors/entities.py KEEP;
# a test keeps the two lists equal).
ENTITY_TYPES = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "PRODUCT",
                "WORK_OF_ART", "LAW")
SECTOR_PATTERN = "^[A-Z]{3}$"


def plover_categories() -> list[str]:
    """The 16 PLOVER categories, cooperation to conflict (data/plover_quad.yaml)."""
    from .lexicon import load_yaml

    return [c for group in load_yaml("plover_quad.yaml").values() for c in group]


def report_json_schema() -> dict[str, Any]:
    """The JSON Schema of a Report, generated from the model (never written by hand), for
    consumers (docs/format.md, "Compatibility"):

    - every object allows properties it does not name (``additionalProperties: true``), so
      a consumer validating against this version accepts a report of a later minor version
      that adds fields.  The Python model stays strict (``extra="forbid"``): what
      wiretrace writes has exactly these fields; :meth:`Report.read` reads a report of
      any version of this major one (``wiretrace.versions``);
    - ``schema_version`` is a semantic version of this major version;
    - closed value sets the model keeps as plain strings are enums or patterns here:
      ``Event.type`` (the PLOVER categories), ``Entity.type`` (the entity layer's labels),
      ``Entity.sector``/``sectors`` (three capital letters, as CAMEO writes them)."""
    schema = Report.model_json_schema()
    _allow_more(schema)
    major = SCHEMA_VERSION.split(".")[0]
    schema["properties"]["schema_version"].update({
        "pattern": rf"^{major}\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$",
        "description": f"Semantic version of this format; any {major}.x report reads "
                       "with this schema (docs/format.md, Compatibility).",
    })
    defs = schema["$defs"]
    _string_of(defs["Event"]["properties"]["type"])["enum"] = plover_categories()
    defs["Entity"]["properties"]["type"]["enum"] = list(ENTITY_TYPES)
    _string_of(defs["Entity"]["properties"]["sector"])["pattern"] = SECTOR_PATTERN
    defs["Entity"]["properties"]["sectors"]["items"]["pattern"] = SECTOR_PATTERN
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://wiretrace.invalid/schema/report-{SCHEMA_VERSION}.json"
    schema["title"] = "wiretrace Report"
    return schema


def _allow_more(node: Any) -> None:
    """``additionalProperties: true`` on every record (pydantic writes false for
    ``extra="forbid"``); maps keep their own value schema."""
    if isinstance(node, dict):
        if node.get("type") == "object" and "properties" in node:
            node["additionalProperties"] = True
        for value in node.values():
            _allow_more(value)
    elif isinstance(node, list):
        for value in node:
            _allow_more(value)


def _string_of(prop: dict[str, Any]) -> dict[str, Any]:
    """The string branch of a ``str | None`` property's schema."""
    return next(branch for branch in prop.get("anyOf", [prop]) if branch.get("type") == "string")
