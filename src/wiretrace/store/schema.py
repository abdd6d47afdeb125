"""The store's tables (SQLAlchemy Core).  Every change to them is a named Alembic migration
under ``store/migrations/versions``; a test checks that the migrations build exactly these
tables.  The tables are documented for people in ``docs/schema.md``."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
    literal_column,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),
    Column("text_hash", String, nullable=False, unique=True),
    Column("title", Text), Column("published", String, index=True), Column("outlet", String),
    Column("url", Text), Column("text", Text, nullable=False),
    Column("copy_of", String, index=True),  # the earlier article this one is a near-copy of
    # the share of this article's body shingles found in copy_of's (store.copies)
    Column("copy_share", Float),
    Column("wire", String),  # the wire agency the article credits (article.credits), canonical
    # JSON [[start, end], ...]: article.removed, what copies.stored_body blanks (a copy
    # candidate's body is read from here and the text, not from its Report); null: none
    Column("removed", Text),
    Column("schema_version", String, nullable=False),
    Column("producers", Text, nullable=False),  # JSON: extractor versions that made it
    Column("analyzed_at", String, nullable=False),
)
reports = Table(
    "reports", metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("report_json", Text, nullable=False),
)
minhashes = Table(
    "minhashes", metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("signature", LargeBinary, nullable=False),
    # the body's distinct word 5-shingles (copies.shingles): with the signatures, what rules
    # out an LSH candidate without reading it (copies.could_copy); null: not known
    Column("grams", Integer),
)
actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("type", String),
    Column("country", String), Column("sector", String),
    Column("name_key", Text, nullable=False, index=True),  # folded name words, space-joined
    # articles with an entity linked to this actor, kept as articles are stored; not
    # indexed, so that its update is HOT on PostgreSQL (migration 0023)
    Column("articles", Integer, nullable=False, server_default="0"),
    # the bit length of articles (tallies.band_sql): the order of the list of actors
    # (PostgreSQL: fillfactor 90, room on each page for the counts' new versions)
    Column("band", Integer, nullable=False, server_default="0", index=True),
)
actor_aliases = Table(
    "actor_aliases", metadata,
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"),
           primary_key=True),
    Column("alias", Text, primary_key=True),
    Column("articles", Integer, nullable=False),
)
# find_actors looks a name up among the aliases, case-folded (migration 0011)
Index("ix_actor_aliases_lower", func.lower(actor_aliases.c.alias))
entities = Table(
    "entities", metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("entity_id", String, primary_key=True),
    Column("name", Text, nullable=False), Column("type", String),
    Column("country", String), Column("sector", String),
    Column("mention_count", Integer, nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), index=True),
    Column("link_evidence", Text),  # why this entity joined its actor
)
sources = Table(
    "sources", metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("source_id", String, primary_key=True),
    Column("kind", String, nullable=False), Column("name", Text, nullable=False),
    Column("entity_id", String), Column("via", String),
    Column("doubted", Integer, nullable=False),
    Column("stances", Text),  # JSON list of stance kinds
)
event_clusters = Table(
    "event_clusters", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String), Column("cameo", String),
    Column("date", String),  # the most precise time value of its mentions
    Column("country", String),
    Column("mentions", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),
    Column("origins", Integer, nullable=False, index=True),  # independent origins
    # JSON: each independent origin as the sorted nodes it joins ("src:associated press",
    # "src:egyptian foreign ministry", "article:<id>"), origins.origin_nodes
    Column("roots", Text),
)
events = Table(
    "events", metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("event_id", String, primary_key=True),
    Column("trigger", Text, nullable=False), Column("lemma", String),
    Column("start", Integer), Column("end", Integer),
    Column("sentence", Text),
    # read by type through ix_events_type_day (migration 0020 dropped ix_events_type)
    Column("type", String), Column("mode", String), Column("cameo", String),
    Column("source_names", Text), Column("target_names", Text),  # JSON lists
    Column("time_value", String), Column("time_basis", String),
    # the days the time value covers (ISO dates, inclusive; wiretrace.timex): what date
    # filters, sorting and the monthly counts use.  Not indexed (migration 0026): a date
    # filter finds its events through ix_events_span (order.span_window)
    Column("date_first", String), Column("date_last", String),
    # the figures a coded event reports (Event.magnitude): each the number, or the lower
    # bound of a range or vague word; the whole magnitude as JSON
    Column("dead", Integer), Column("injured", Integer),
    Column("arrested", Integer), Column("size", Integer), Column("magnitude", Text),
    Column("location", Text), Column("country", String),
    Column("lat", Float), Column("lon", Float),
    # the country the event is directed at, and how it was found (Event.recipient)
    Column("recipient_country", String), Column("recipient_basis", String),
    Column("polarity", String), Column("certainty", String), Column("tense", String),
    Column("assertion", String),  # Factuality.assertion; null in rows stored before 1.7
    Column("attribution", Text),  # JSON: source ids, nearest first
    Column("origin", Text),  # the independent origin this mention counts as
    Column("cluster_id", Integer, ForeignKey("event_clusters.id"), index=True),
    # the first day as a number (20211203; 99999999 for an event with no days): the default
    # order of events (by date, undated last), which an index per type serves directly
    Column("sort_day", Integer),
    # newest first (the UI's default order): the last day (else the first) as a number, 0
    # when none; then the first day, 0 when none (as actor_events.back_day, back_first)
    Column("back_day", Integer), Column("back_first", Integer),
    # how far the days reach (order.span): a --since/--until page is read per span from
    # ix_events_span, each from the first day that can still reach into the asked stretch
    Column("span", Integer),
    # 1 when the mention's cluster has (or once had) two independent origins or more, else
    # null: ix_events_multi holds only these, so --min-origins walks them in date order
    Column("multi", Integer),
)
Index("ix_events_type_day", events.c.type, events.c.sort_day, events.c.date_last,
      events.c.article_id, events.c.start)
Index("ix_events_day", events.c.sort_day, events.c.date_last, events.c.article_id,
      events.c.start)
Index("ix_events_span", events.c.span, events.c.sort_day, events.c.date_last,
      events.c.article_id, events.c.start)
Index("ix_events_multi", events.c.sort_day, events.c.date_last, events.c.article_id,
      events.c.start, sqlite_where=events.c.multi.is_not(None),
      postgresql_where=events.c.multi.is_not(None))
# --min-dead and --country read only the few mentions that have a figure or a place
# (about 0.1% and 5% of them): partial indexes, which the others' writes never touch
Index("ix_events_dead", events.c.dead, sqlite_where=events.c.dead.is_not(None),
      postgresql_where=events.c.dead.is_not(None))
Index("ix_events_country", events.c.country, sqlite_where=events.c.country.is_not(None),
      postgresql_where=events.c.country.is_not(None))
Index("ix_events_newest", events.c.back_day.desc(), events.c.back_first.desc(),
      events.c.article_id, events.c.start)
event_actors = Table(
    "event_actors", metadata,
    Column("article_id", String, primary_key=True),
    Column("event_id", String, primary_key=True),
    Column("role", String, primary_key=True),
    Column("entity_id", String, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), index=True),
)
# What lets a cluster's counts change by what one new article adds (clusters.join_clusters):
# its union-find nodes ("src:<outlet, wire or claimant key>", "article:<id>" for an article
# without an outlet) with the component each is in, and the outlets that published its
# mentions ("own:<key>", no component).  Kept only for clusters of more than one article.
cluster_keys = Table(
    "cluster_keys", metadata,
    Column("cluster_id", Integer, ForeignKey("event_clusters.id", ondelete="CASCADE"),
           primary_key=True),
    Column("key", Text, primary_key=True),
    Column("comp", Text),
)
Index("ix_cluster_keys_comp", cluster_keys.c.cluster_id, cluster_keys.c.comp)
# One row per actor and event mention it takes part in (event_actors has one per role and
# entity), with the mention's order keys, so that "the first N events of actor X by date"
# and "its newest N" are read from an index, never sorted or counted over all of them
# (queries.actor_timeline, queries.events --actor).  Written with the mention.
actor_events = Table(
    "actor_events", metadata,
    Column("actor_id", Integer, primary_key=True),
    Column("article_id", String, primary_key=True),
    Column("event_id", String, primary_key=True),
    Column("start", Integer),
    Column("roles", String, nullable=False),  # the actor's roles in it, sorted, ","-joined
    Column("sort_day", Integer, nullable=False),  # as events.sort_day
    Column("date_last", String),  # events.date_last: the tie-break of the date order
    # newest first: the last day (else the first) as a number, 0 when none; then the first
    Column("back_day", Integer, nullable=False),
    Column("back_first", Integer, nullable=False),
)
Index("ix_actor_events_day", actor_events.c.actor_id, actor_events.c.sort_day,
      actor_events.c.date_last, actor_events.c.article_id, actor_events.c.start)
Index("ix_actor_events_newest", actor_events.c.actor_id, actor_events.c.back_day.desc(),
      actor_events.c.back_first.desc(), actor_events.c.article_id, actor_events.c.start)
# Where a stored mention can be found by one of a later article that it may be clustered
# with (clusters.ClusterFinder): one row per actor, side ("who": a source; "whom": any
# other role), kind of event (clusters.candidate_kinds) and first day of each mention that
# can join across articles (dated, both days known, at most 31 days across), under the
# reach of its days (a day, a week, a month: migration 0022), so that the candidates read
# are the actor's mentions of that kind whose days can overlap, not all of them.
cluster_candidates = Table(
    "cluster_candidates", metadata,
    Column("actor_id", Integer, primary_key=True),
    Column("kind", String, primary_key=True),
    Column("reach", Integer, primary_key=True),  # clusters.REACH: its longest span (days)
    Column("sort_day", Integer, primary_key=True),
    Column("article_id", String, primary_key=True),
    Column("event_id", String, primary_key=True),
    sqlite_with_rowid=False,
)
# Counts per actor kept as articles are stored: ("events", "") its event mentions,
# ("type", PLOVER type or "") per type, ("month", tallies.month_key) per month or year,
# ("year source" / "year target", the year of that key) per year and role.
actor_counts = Table(
    "actor_counts", metadata,
    Column("actor_id", Integer, primary_key=True),
    Column("kind", String, primary_key=True),
    Column("key", String, primary_key=True),
    Column("n", Integer, nullable=False),
)
# Counterparts kept as articles are stored: event mentions actor_id shares with other_id,
# per event type ("" for uncoded), one row each way.
actor_pairs = Table(
    "actor_pairs", metadata,
    Column("actor_id", Integer, primary_key=True),
    Column("other_id", Integer, primary_key=True),
    Column("type", String, primary_key=True),  # "" uncoded; "*" all types (tallies.PAIR_TOTAL)
    Column("n", Integer, nullable=False),
)
Index("ix_actor_pairs_total", actor_pairs.c.actor_id, actor_pairs.c.n,
      sqlite_where=actor_pairs.c.type == literal_column("'*'"),
      postgresql_where=actor_pairs.c.type == literal_column("'*'"))
# Outlets with counts kept as articles are stored (queries.sources reads them).
outlets = Table(
    "outlets", metadata,
    Column("key", Text, primary_key=True),  # linking.outlet_key
    Column("name", Text, nullable=False),  # as first written
    Column("articles", Integer, nullable=False),  # articles it published
    Column("copied_by_articles", Integer, nullable=False),  # near-copies by other outlets
    Column("cited_by_articles", Integer, nullable=False),  # articles citing it
    Column("cited_event_mentions", Integer, nullable=False),
)
# Named sources (not outlets) with counts kept as articles are stored (queries.named_sources).
source_counts = Table(
    "source_counts", metadata,
    Column("kind", String, primary_key=True),
    Column("name", Text, primary_key=True),
    Column("articles", Integer, nullable=False, index=True),  # articles it speaks in
    Column("doubted", Integer, nullable=False),  # of its source rows, those doubted
)
# Other counts kept as articles are stored: ("rows", table name) for the totals, ("month",
# "2021-12" or "1987") for dated event mentions per month, ("place", place as JSON) per
# place; "month:coded", "place:coded", "month:happened", "place:happened": the same over
# the UI's views of coded events and of coded events that happened (tallies.VIEWS).
tallies = Table(
    "tallies", metadata,
    Column("kind", String, primary_key=True),
    Column("key", String, primary_key=True),
    Column("n", Integer, nullable=False),
)
failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False),
    # each stored article closes its open failures by this (migration 0021)
    Column("article_id", String, index=True),
    Column("stage", String, nullable=False),
    Column("reason", Text, nullable=False),
    Column("article_json", Text),  # the article as read, when reading worked
    Column("created_at", String, nullable=False),
    Column("resolved_at", String),
)
# (read by mention through its primary key: 0020 dropped ix_event_actors_event, its prefix)
