"""Request and response bodies of the REST API (their JSON Schema is the OpenAPI spec's).
Rows mirror what ``store.queries`` returns, so the CLI and the API print the same thing."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..timex import DATE_BOUND

PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
          "ASSAULT")
PloverType = Literal[PLOVER]  # type: ignore[valid-type]
Certainty = Literal["certain", "probable", "possible", "underspecified"]
Polarity = Literal["positive", "negative", "underspecified"]
DATE_PATTERN = f"^{DATE_BOUND}$"  # a year, a month or a day (wiretrace.timex)
MAX_TEXT = 1_000_000


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(_Out):
    status: int
    code: str = Field(description="Stable: not_found, invalid_request, unauthorized, "
                                  "forbidden, too_large, analysis_failed, W100..., internal")
    message: str
    details: list[dict] | None = None


class ErrorOut(_Out):
    """Every error the API returns has this one shape."""

    error: ErrorBody


class Health(_Out):
    status: Literal["ok"]
    articles: int
    schema_version: str
    writable: bool = Field(description="Whether a token is set, so ingest and delete work.")


class _Page(_Out):
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page; null on the last.")


class ArticleRow(_Out):
    id: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None = None
    copy_of: str | None = None
    snippet: str | None = None


class ArticlePage(_Page):
    items: list[ArticleRow]


class EventRow(_Out):
    article_id: str
    event_id: str
    date: str | None = Field(description="The TIMEX3 value of the event's time.")
    date_first: str | None = Field(
        default=None, description="First day the date covers (ISO, inclusive): 2019-11-11 "
        "for 2019-W46; null when open (PAST_REF) or unknown. Filters and sorting use it.")
    date_last: str | None = Field(
        default=None, description="Last day the date covers (ISO, inclusive); null when "
        "open (FUTURE_REF) or unknown.")
    when: str = Field(default="unknown", description="The date as a reader writes it: "
                      "'19 Nov 2019', 'week of 11 Nov 2019', '2006 Q4', 'present'.")
    type: str | None
    mode: str | None
    cameo: str | None
    source: list[str]
    target: list[str]
    trigger: str
    sentence: str | None
    location: str | None
    country: str | None
    lat: float | None
    lon: float | None
    recipient_country: str | None = Field(
        default=None, description="The country the event is directed at (ISO alpha-3).")
    recipient_basis: str | None = Field(
        default=None, description="How the recipient was found: target, place (inferred "
        "from where it happened) or domestic (inferred: the source's own country).")
    polarity: str | None
    certainty: str | None
    tense: str | None
    attribution: list[str] = Field(description="Names of the sources asserting it, nearest "
                                               "first.")
    cluster_id: int | None
    mentions: int | None
    articles: int | None
    outlets: int | None
    origins: int | None = Field(description="Independent origins of the event's cluster.")
    outlet: str | None
    url: str | None = None
    published: str | None
    dead: int | None = Field(default=None, description="Reported killed (the number, or the "
                             "lower bound of a range or vague word); null when none.")
    injured: int | None = None
    arrested: int | None = None
    size: int | None = Field(default=None, description="Participants of a protest.")


class EventPage(_Page):
    items: list[EventRow]


class MonthCount(_Out):
    month: str
    events: int


class YearRoles(_Out):
    year: str
    as_source: int
    as_target: int


class ClusterMention(_Out):
    article_id: str
    event_id: str
    trigger: str
    sentence: str | None
    time_value: str | None
    origin: dict | None
    outlet: str | None
    published: str | None
    copy_of: str | None
    copy_share: float | None = Field(
        default=None, description="The share of the article's body found in copy_of's.")
    wire: str | None = Field(default=None, description="The wire the article credits.")
    url: str | None = None
    root: int | None = Field(default=None, description="The index of this mention's "
                             "independent origin in the cluster's roots.")
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    size: int | None = Field(default=None, description="The figures the mention's article "
                             "reports (each the number, else the lower bound).")
    magnitude: dict | None = Field(default=None, description="The whole Event.magnitude: "
                                   "each figure's number, low/high, qualifier, span.")
    claimant: str | None = Field(default=None, description="The nearest source the article "
                                 "names for the event; null: the outlet's own report.")


class ClusterRoot(_Out):
    nodes: list[str] = Field(description='What the origin joins: "src:<outlet, wire or '
                             'claimant>", "article:<id>" for an article without an outlet.')
    names: list[str]
    articles: list[str] = Field(description="The articles whose mentions rest on it.")


class ClusterFirst(_Out):
    article_id: str
    outlet: str | None
    published: str | None


class ClusterCopy(_Out):
    article_id: str
    outlet: str | None
    copy_of: str
    source_outlet: str | None
    source_published: str | None
    share: float | None = Field(description="The share of the copy's body found in its "
                                "source (containment over word 5-shingles).")


class ClusterCitation(_Out):
    article_id: str
    outlet: str | None
    cites: str = Field(description="The outlet the mention rests on (folded key).")


class ClusterFigure(_Out):
    value: int = Field(description="The number, else the lower bound.")
    number: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None
    text: str | None = Field(default=None, description="The words it was read from.")
    article_id: str
    event_id: str
    outlet: str | None
    claimant: str | None = Field(description="Who gave the figure: the figure's own source, "
                                 "else the event's nearest source, else the outlet.")
    published: str | None


class ClusterFigures(_Out):
    latest: ClusterFigure = Field(description="The figure of the mention published last.")
    highest: ClusterFigure = Field(description="The largest figure (earliest on a tie).")
    reports: int = Field(description="Mentions giving this field a figure.")


class ClusterOut(_Out):
    id: int
    type: str | None
    cameo: str | None
    date: str | None
    country: str | None
    mentions: int
    articles: int
    outlets: int
    origins: int = Field(description="Independent origins: copies and relays of one origin "
                                     "count once.")
    roots: list[ClusterRoot] = Field(description="The independent origins (docs/schema.md, "
                                     "'Independent origins').")
    first: list[ClusterFirst] = Field(description="Who reported first (the earliest "
                                      "publication day).")
    copies: list[ClusterCopy] = Field(description="Who copied whom, with the share.")
    citations: list[ClusterCitation] = Field(description="Who cited whom.")
    figures: dict[str, ClusterFigures] = Field(
        default_factory=dict, description="Per field (dead, injured, arrested, size) with a "
        "figure: the latest and the highest, side by side and never summed across mentions "
        "(docs/schema.md, 'Figures across articles').")
    mention_list: list[ClusterMention]


class ActorRow(_Out):
    actor_id: int
    name: str
    type: str | None
    country: str | None
    sector: str | None
    articles: int


class ActorPage(_Page):
    items: list[ActorRow]


class Alias(_Out):
    alias: str
    articles: int


class TimelineItem(_Out):
    date: str | None
    date_first: str | None = None
    date_last: str | None = None
    type: str | None
    trigger: str
    roles: list[str]
    article_id: str
    event_id: str
    cluster_id: int | None
    polarity: str | None
    certainty: str | None
    sentence: str | None


class TimelinePage(_Page):
    items: list[TimelineItem]


class Counterpart(_Out):
    actor_id: int
    name: str
    events: int
    types: dict[str, int]


class ActorProfile(_Out):
    actor_id: int
    name: str
    type: str | None
    country: str | None
    sector: str | None
    aliases: list[Alias]
    articles: int
    events: int
    types: dict[str, int] = Field(
        description="Its event mentions per PLOVER type (\"uncoded\" outside PLOVER), most first")
    months: list[MonthCount] = Field(
        description="Its event mentions per month of their time (a year for year-only times)")
    years: list[YearRoles] = Field(
        description="Its event mentions per year of their time as source and as target "
                    "(those with a month or year, as in months), oldest first")
    timeline: list[TimelineItem] = Field(description="Its newest event mentions first")
    counterparts: list[Counterpart]


class OutletRow(_Out):
    outlet: str
    articles: int
    copied_by_articles: int
    cited_by_articles: int
    cited_event_mentions: int


class NamedSourceRow(_Out):
    kind: str
    name: str
    articles: int
    doubted: int


class SourcesOut(_Out):
    outlets: list[OutletRow]
    sources: list[NamedSourceRow]


class ArticleIn(BaseModel):
    """An article to analyze or store: plain ``text`` or an ``html`` page (one of them)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "oneOf": [{"required": ["text"]}, {"required": ["html"]}]})
    text: str | None = Field(default=None, max_length=MAX_TEXT, pattern=r"\S",
                             description="Plain text; the first line is the headline.")
    html: str | None = Field(default=None, max_length=MAX_TEXT,
                             description="A web page; its main text is extracted. A page "
                                         "with no article text is answered with 422.")
    id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, max_length=40,
                                  description="ISO 8601 date or date-time")
    outlet: str | None = Field(default=None, max_length=300)
    url: str | None = Field(default=None, max_length=2000,
                            pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#][^\s]*$",
                            description="The article's web address: http or https only")

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


class IngestOut(_Out):
    article_id: str
    stored: bool = Field(description="False when the article (same id or same text) was "
                                     "already stored.")


class DeleteOut(_Out):
    article_id: str
    deleted: bool
