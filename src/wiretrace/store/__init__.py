"""The store: SQLAlchemy Core over SQLite (a file, WAL mode) by default, or PostgreSQL
(``postgresql://...``).  The schema is built and upgraded by named Alembic migrations
(``store/migrations``); ``docs/schema.md`` describes the tables.

One transaction per article: the article, its Report, its entities linked to cross-article
actors, its sources, its events joined to event clusters with their independent origins,
and its MinHash signature for near-copy detection.  Storing an article that is already
there (same id or same text) changes nothing."""

from __future__ import annotations

import json

from alembic.util import CommandError
from sqlalchemy import (
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from .. import __version__, settings
from ..errors import StoreError
from ..model import Report
from . import clusters, copies, linking, order, origins, tallies
from . import schema as t
from .bulk import copy_rows, insert_ids
from .database import (
    LOCK_TRIES,
    _newer,
    _now,
    current_revision,
    engine_for,
    head_revision,
    known_revisions,
    migrate,
    normalize_url,
    sqlite_path,
    upgrade,
)
from .schema import articles, failures, metadata
from .urls import hide_password, scrub

__all__ = ["Store", "current_revision", "engine_for", "fill_origins", "head_revision",
           "known_revisions", "migrate", "normalize_url", "sqlite_path", "upgrade"]


def fill_origins(conn) -> None:
    """Fill what the 0007 migration adds to a stored store: each article's wire (its
    Report cleaned again for credits), each copy's share reused and which of its mentions
    were copied (against its stored source), each mention's origin (cited outlet,
    claimant, copied), then every cluster's origins and roots.  Copies stay as they were
    found (copy_of); containment finds copies among articles stored from now on."""
    from ..clean import clean

    a = articles
    grams: dict[str, set[str]] = {}

    def shingles_of(article_id: str) -> set[str]:
        if article_id not in grams:
            row = conn.execute(select(a.c.text, t.reports.c.report_json)
                               .join(t.reports, t.reports.c.article_id == a.c.id)
                               .where(a.c.id == article_id)).first()
            grams[article_id] = (copies.shingles(copies._words(copies.stored_body(
                row[0], copies.removed_spans(row[1]))))
                                 if row else set())
        return grams[article_id]

    ids = [r[0] for r in conn.execute(select(a.c.id).order_by(a.c.id))]
    for article_id in ids:
        row = conn.execute(select(a.c.copy_of, t.reports.c.report_json)
                           .join(t.reports, t.reports.c.article_id == a.c.id)
                           .where(a.c.id == article_id)).first()
        if row is None:
            continue
        copy_of, report_json = row
        report = Report.read(report_json)
        credited = report.model_copy(update={"article": clean(report.article)})
        values: dict = {"wire": origins.wire_credit(credited)}
        copied: set[str] = set()
        if copy_of:
            source = shingles_of(copy_of)
            mine = copies.shingles(copies.body_words(report.article))
            values["copy_share"] = copies.share_in(mine, source)
            copied = copies.copied_events(report, source)
        conn.execute(update(a).where(a.c.id == article_id).values(**values))
        _write_origins(conn, article_id, report, copied)
    for (cluster_id,) in conn.execute(select(t.event_clusters.c.id)).all():
        clusters.refresh_cluster(conn, cluster_id, multi=False)


# statements every write runs, built once (their SQLAlchemy cache keys too)
_HIT = select(articles.c.id).where(or_(articles.c.id == bindparam("id"),
                                       articles.c.text_hash == bindparam("hash")))
_KEPT_ARTICLES = select(t.tallies.c.n).where(t.tallies.c.kind == "rows",
                                             t.tallies.c.key == "articles")
_RESOLVED = update(failures).where(failures.c.article_id == bindparam("aid"),
                                   failures.c.resolved_at.is_(None)) \
    .values(resolved_at=bindparam("at"))


class Store:
    """Reports in, rows out."""

    def __init__(self, url: str | None = None, migrate: bool | str = "new") -> None:
        """Open the store at ``url`` (default: the ``db`` setting).

        ``migrate`` says what may change its schema:

        - ``"new"`` (writers: ingest, load, demo, analyze --db): a store that does not
          exist yet, or an empty database, is created at the head revision; an existing
          store must already be at the head.
        - ``False`` (readers: the query commands, serve): nothing is created or migrated.
          A missing SQLite file, an empty database, or a store at another revision is a
          StoreError saying what to run.
        - ``True`` (``wiretrace migrate``): the store is upgraded to the head revision.

        Nothing shown about the store (``shown_url``, error messages) holds its password."""
        self.url = normalize_url(url)
        self.shown_url = hide_password(url or settings.get("db"))
        self.readonly = migrate is False
        path = sqlite_path(self.url)
        if self.readonly and path is not None and not path.exists():
            raise StoreError(f"no store at {path}: `wiretrace ingest` (or `wiretrace migrate`) "
                             "makes one")
        self.engine = engine_for(url, writer=not self.readonly)
        # opening takes SQLite's write lock: another writer storing article after article
        # can win it again and again for longer than one busy timeout (30 s), so opening
        # tries again, up to LOCK_TRIES waits, before it says the store is locked
        tries = LOCK_TRIES if self.engine.dialect.name == "sqlite" else 1
        for attempt in range(1, tries + 1):
            try:
                self.revision = self._open(migrate)
                break
            except StoreError:
                self.engine.dispose()
                raise
            except (SQLAlchemyError, OSError, CommandError) as exc:
                locked = "database is locked" in str(exc)
                if locked and attempt < tries:
                    continue
                self.engine.dispose()
                if locked:
                    raise StoreError(f"store {self.shown_url} is locked: another process (an "
                                     "ingest, a migrate, a delete) has held its write lock "
                                     f"through {tries} waits of 30 s; try again when it is "
                                     "done") from None
                raise StoreError(scrub(f"cannot open store {self.shown_url}: {exc}",
                                       self.url, url)) from None
        self.dialect = self.engine.dialect.name
        self._copies: copies.CopyIndex | None = None

    def _open(self, mode: bool | str) -> str:
        """Check (and with ``mode``, bring) the store's schema to the code's revision."""
        current = current_revision(self.engine)
        head = head_revision()
        if current == head:
            return head
        if mode is True or (mode == "new" and current is None):
            migrate(self.engine)
            return head
        if current is None:
            raise StoreError(f"{self.shown_url} holds no wiretrace store: `wiretrace ingest` "
                             "(or `wiretrace migrate`) makes one")
        if current not in known_revisions():
            raise StoreError(_newer(self.shown_url, current))
        raise StoreError(f"store {self.shown_url} is at schema revision {current}; this "
                         f"wiretrace needs {head}: back it up, then run `wiretrace migrate` "
                         "with the same --db")

    def __repr__(self) -> str:
        return f"Store({self.shown_url!r})"

    # -- what is there ---------------------------------------------------------------
    def has(self, article_id: str, text_hash: str | None = None) -> bool:
        """Whether an article with this id (or this text) is stored."""
        cond = articles.c.id == article_id
        if text_hash:
            cond = or_(cond, articles.c.text_hash == text_hash)
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.id).where(cond).limit(1)).first() is not None

    def count(self, table: str = "articles") -> int:
        tbl = metadata.tables[table]
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(tbl)).scalar_one()

    def after_bulk_load(self, added: int, share: float = 0.1) -> bool:
        """Refresh PostgreSQL's planner statistics of wiretrace's tables (``ANALYZE``)
        after a load that added at least ``share`` of the stored articles, as PostgreSQL's
        guide to populating a database advises: a server with autovacuum off never
        gathers them, and without them the planner read all 7.9 million clusters of a
        100,000-article store for ``--min-origins`` (541 ms; 1.6 ms after).  Whether it
        ran.  SQLite keeps no such statistics unless asked, and its plans are left alone."""
        if self.dialect != "postgresql" or added <= 0 or added < share * self.count():
            return False
        with self.engine.begin() as conn:
            conn.execute(text("ANALYZE " + ", ".join(
                self.engine.dialect.identifier_preparer.quote(name)
                for name in metadata.tables)))
        return True

    def report(self, article_id: str) -> Report | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.reports.c.report_json)
                               .where(t.reports.c.article_id == article_id)).first()
        return Report.read(row[0]) if row else None  # any 1.x: up-converted

    # -- events as a table (wiretrace.frame; docs/python.md) -------------------------
    def event_rows(self, *, show: str = "happened", **filters) -> list[dict]:
        """One flat dict per stored event mention, the columns of
        ``wiretrace.EVENT_COLUMNS`` with the cluster counts filled, in the order of
        ``wiretrace events``.  ``show``: ``"happened"`` (default), ``"coded"`` or
        ``"all"``; ``filters``: those of ``wiretrace events`` (``actor``, ``type``,
        ``country``, ``since``, ``until``, ``min_origins``, ``min_dead``, ``certainty``,
        ``polarity``, ``actor_id``, ``limit``, ``offset``, ``sort``)."""
        from ..frame import store_event_rows

        return store_event_rows(self, show=show, **filters)

    def event_frame(self, *, show: str = "happened", **filters):
        """:meth:`event_rows` as a pandas DataFrame with typed columns (as
        ``wiretrace.event_frame``); raises ``wiretrace.DependencyError`` without pandas."""
        from ..frame import _pandas, frame_of

        pd = _pandas()
        return frame_of(self.event_rows(show=show, **filters), pd)

    # -- storing ---------------------------------------------------------------------
    def _copy_index(self) -> copies.CopyIndex:
        if self._copies is None:
            index = copies.CopyIndex()
            with self.engine.connect() as conn:
                self._add_signatures(conn, index)
            self._copies = index
        return self._copies

    @staticmethod
    def _add_signatures(conn, index: copies.CopyIndex) -> None:
        """Add the stored signatures the index lacks."""
        for article_id, data, published, copy_of, outlet, wire, size in conn.execute(
                select(t.minhashes.c.article_id, t.minhashes.c.signature,
                       articles.c.published, articles.c.copy_of, articles.c.outlet,
                       articles.c.wire, t.minhashes.c.grams)
                .join(articles, articles.c.id == t.minhashes.c.article_id)
                .order_by(articles.c.analyzed_at, articles.c.id)):
            if article_id not in index:
                index.add(article_id, copies.stored_values(data), published, copy_of,
                          outlet, wire, size)

    def save(self, report: Report) -> bool:
        """Store one analyzed article in one transaction; False when it was already there
        (same id or same text), in which case nothing changes."""
        a = report.article
        grams = copies.shingles(copies.body_words(a))
        signature = copies.signature_of(grams)
        wire = origins.wire_credit(report)
        index = self._copy_index()
        try:
            with self.engine.begin() as conn:
                if self.dialect == "postgresql":
                    # one writer links at a time (parallel workers write their own articles)
                    conn.execute(text("SELECT pg_advisory_xact_lock(7474001)"))
                hit = conn.execute(_HIT, {"id": a.id, "hash": a.text_hash}).first()
                if hit is not None:
                    return False
                self._catch_up(conn, index)
                reuse = self._reuse(conn, index, report, grams, signature, wire)
                copy_of = reuse.copy_of
                self._insert(conn, report, reuse, signature, wire, len(grams))
                for later in reuse.later:  # stored copies of this earlier publication
                    self._becomes_copy(conn, later, a.id, grams, index)
                # a failure on record for this article is over: closed in the same commit
                conn.execute(_RESOLVED, {"aid": a.id, "at": _now()})
        except IntegrityError:
            return False  # another writer stored the same article first
        except SQLAlchemyError as exc:
            raise StoreError(scrub(f"cannot store article {a.id!r}: {exc}", self.url)) \
                from exc
        index.add(a.id, signature, a.published, copy_of, a.outlet, wire, len(grams))
        return True

    def _reuse(self, conn, index: copies.CopyIndex, report: Report, grams: set[str],
               signature, wire: str | None) -> copies.Reuse:
        """Which stored articles this one re-uses or is re-used by: candidates from the
        LSH index, containment counted on their shingles.  The source is the earliest
        publication (the same day: one crediting a wire, then the one stored first); when
        this article is earlier than stored copies of it, they become its copies."""
        a = report.article
        found = copies.Reuse()
        ids = [k for k in index.candidates(signature, len(grams)) if k != a.id]
        if not ids or not grams:
            return found
        matches: dict[str, set[str]] = {}
        for other, stored_text, removed in conn.execute(
                select(articles.c.id, articles.c.text, articles.c.removed)
                .where(articles.c.id.in_(ids))):
            theirs = copies.shingles(copies._words(copies.stored_body(stored_text, removed)))
            if (len(grams & theirs) >= copies.MIN_SHARED
                    and copies.containment(grams, theirs) >= copies.CONTAINMENT):
                matches[other] = theirs
        if not matches:
            return found
        mine = copies.Entry(copies.day(a.published), a.outlet, wire, False, len(index.order))
        source = index.source(sorted(matches), mine)
        if source is not None:
            found.copy_of = source
            found.share = copies.share_in(grams, matches[source])
            found.source_grams = matches[source]
        else:  # this is the earlier publication: stored originals later than it copy it
            wires = {w for w in [wire, *(index.order[k].wire for k in matches)] if w}
            found.later = {k: v for k, v in matches.items()
                           if mine.key(wires) < index.order[k].key(wires)}
        return found

    def _becomes_copy(self, conn, article_id: str, source: str, source_grams: set[str],
                      index: copies.CopyIndex) -> None:
        """A stored article turns out to copy ``source``, stored after it but published
        earlier (a copy of a later copy points at it instead): its copy_of, its mentions'
        origins, and the counts of its clusters and of the clusters of its own copies
        change."""
        row = conn.execute(select(t.reports.c.report_json)
                           .where(t.reports.c.article_id == article_id)).first()
        report = Report.read(row[0])
        grams = copies.shingles(copies.body_words(report.article))
        before = conn.execute(select(articles.c.copy_of)
                              .where(articles.c.id == article_id)).scalar()
        conn.execute(update(articles).where(articles.c.id == article_id).values(
            copy_of=source, copy_share=copies.share_in(grams, source_grams)))
        copied = copies.copied_events(report, source_grams)
        _write_origins(conn, article_id, report, copied)
        group = {article_id} | {r[0] for r in conn.execute(
            select(articles.c.id).where(articles.c.copy_of == article_id))}
        for cluster_id in sorted({r[0] for r in conn.execute(
                select(t.events.c.cluster_id).where(t.events.c.article_id.in_(sorted(group)),
                                                    t.events.c.cluster_id.is_not(None)))}):
            clusters.refresh_cluster(conn, cluster_id)
        tallies.count_copy(conn, article_id, source, before)
        if article_id in index.order:
            index.order[article_id].is_copy = True

    def _catch_up(self, conn, index: copies.CopyIndex) -> None:
        """Add the signatures other writers stored since this store loaded its index (the
        kept article count says whether there are any, without counting a table)."""
        n = conn.execute(_KEPT_ARTICLES).scalar()
        if (n or 0) != len(index):
            self._add_signatures(conn, index)

    def _insert(self, conn, report: Report, reuse: copies.Reuse, signature,
                wire: str | None, size: int | None = None) -> None:
        a = report.article
        copy_of = reuse.copy_of
        conn.execute(insert(articles), dict(
            id=a.id, text_hash=a.text_hash, title=a.title, published=a.published,
            outlet=a.outlet, url=a.url, text=a.text, copy_of=copy_of,
            copy_share=reuse.share, wire=wire, removed=copies.removed_json(copies.removed_of(a)),
            schema_version=report.schema_version,
            producers=json.dumps({"wiretrace": __version__, **report.producers}),
            analyzed_at=_now()))
        conn.execute(insert(t.reports), dict(article_id=a.id,
                                             report_json=report.model_dump_json()))
        conn.execute(insert(t.minhashes), dict(article_id=a.id,
                                               signature=copies.to_bytes(signature),
                                               grams=size))
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO articles_fts(rowid, title, text) "
                              "SELECT rowid, title, text FROM articles WHERE id = :id"),
                         {"id": a.id})
        linked = linking.link_actors(conn, report.entities)
        linking.add_aliases(conn, linked, report.entities)
        actor_of = {eid: actor for eid, (actor, _) in linked.items()}
        if report.entities:
            copy_rows(conn, t.entities, [dict(
                article_id=a.id, entity_id=e.id, name=e.name, type=e.type, country=e.country,
                sector=e.sector, mention_count=len(e.mentions), actor_id=linked[e.id][0],
                link_evidence=linked[e.id][1]) for e in report.entities])
        if report.sources:
            copy_rows(conn, t.sources, [dict(
                article_id=a.id, source_id=s.id, kind=s.kind, name=s.name,
                entity_id=s.entity_id, via=s.via, doubted=int(s.doubted),
                stances=json.dumps([x.kind for x in s.stances]) if s.stances else None)
                for s in report.sources])
        new_clusters, cited = self._insert_events(conn, report, actor_of, reuse, wire)
        tallies.count_article(
            conn, report, copy_of, {x for x in actor_of.values() if x is not None},
            sum(evidence.startswith(linking.NEW_ACTOR) for _, evidence in linked.values()),
            new_clusters, cited)

    def _insert_events(self, conn, report: Report, actor_of: dict[str, int | None],
                       reuse: copies.Reuse, wire: str | None) -> tuple[int, list[str]]:
        """Events in bulk: each joins a cluster (found in one query for the article) or a
        new one; new clusters are inserted together, and the counts of the old ones it
        joins change by what this article adds.  Returns how many clusters are new, and
        the outlet each cited mention rests on."""
        a = report.article
        names = {e.id: e.name for e in report.entities}
        mentions = [clusters.Mention.of(a.id, ev, actor_of,
                                       ev.location.country if ev.location else None)
                    for ev in report.events]
        finder = clusters.ClusterFinder(conn, a.id, mentions)
        placed: dict[str, int] = {}  # event id -> cluster id (negative: new, not yet stored)
        new: dict[int, dict] = {}
        touched: set[int] = set()
        for ev, mention in zip(report.events, mentions):
            country = mention.country
            cluster = finder.find(mention)
            if cluster is None:
                cluster = -(len(new) + 1)
                new[cluster] = dict(type=ev.type, cameo=ev.cameo, date=ev.time.value,
                                    country=country, mentions=0, articles=1, outlets=1,
                                    origins=1)
            if cluster < 0:
                new[cluster]["mentions"] += 1
            else:
                touched.add(cluster)
            placed[ev.id] = cluster
            finder.add(cluster, mention)

        def who(ev, role: str) -> str | None:
            ids = [x.entity_id for x in ev.actors if x.role == role and x.entity_id]
            return json.dumps([names.get(i, i) for i in dict.fromkeys(ids)]) if ids else None

        rows, links, cites = [], [], []
        joined: dict[int, list] = {}  # stored cluster -> (origin nodes, time) of its mentions
        own = origins.provenance(a.id, a.outlet, wire)
        source = origins.source_node(conn, a.id, reuse.copy_of)
        copied = (copies.copied_events(report, reuse.source_grams) if reuse.copy_of
                  else set())
        fresh: dict[int, list[list[str]]] = {}  # new cluster -> origin nodes of its mentions
        origin_of = origins.mention_origins(report, copied)
        for ev in report.events:
            loc = ev.location
            origin = origin_of[ev.id]
            cited = origin.get("cites")
            if cited:
                cites.append(cited)
            cluster = placed[ev.id]
            nodes = origins.origin_nodes(own, source, origin)
            if cluster in touched:
                joined.setdefault(cluster, []).append((nodes, ev.time.value))
            else:
                fresh.setdefault(cluster, []).append((nodes, ev.time.value))
            days = tallies.event_days(ev.time.value, a.published)
            rows.append(dict(
                article_id=a.id, event_id=ev.id, trigger=ev.trigger.text, lemma=ev.lemma,
                start=ev.trigger.start, end=ev.trigger.end,
                sentence=a.text[ev.sentence.start:ev.sentence.end],
                type=ev.type, mode=ev.mode, cameo=ev.cameo,
                source_names=who(ev, "source"), target_names=who(ev, "target"),
                time_value=ev.time.value, time_basis=ev.time.basis,
                **days,
                sort_day=order.sort_day(days["date_first"], days["date_last"]),
                **order.back_days(days["date_first"], days["date_last"]),
                span=order.span(days["date_first"], days["date_last"]),
                **tallies.event_figures(ev.magnitude),
                location=loc.name if loc else None, country=loc.country if loc else None,
                lat=loc.lat if loc else None, lon=loc.lon if loc else None,
                recipient_country=ev.recipient.country if ev.recipient else None,
                recipient_basis=ev.recipient.basis if ev.recipient else None,
                polarity=ev.factuality.polarity, certainty=ev.factuality.certainty,
                tense=ev.factuality.tense, assertion=ev.factuality.assertion,
                attribution=json.dumps(ev.attribution) if ev.attribution else None,
                origin=json.dumps(origin) if origin else None,
                cluster_id=cluster))
            seen = {(x.role, x.entity_id) for x in ev.actors if x.entity_id}
            links += [dict(article_id=a.id, event_id=ev.id, role=role, entity_id=eid,
                           actor_id=actor_of.get(eid)) for role, eid in sorted(seen)]
        # a new cluster is inserted with its origins, roots and date (its mentions in this
        # article), not inserted and then updated: an update of the indexed origins writes
        # every index again (PostgreSQL: a second row version of each new cluster)
        real: dict[int, int] = {}
        if new:
            for key, mentions in fresh.items():
                comps = origins.components([nodes for nodes, _ in mentions])
                new[key].update(origins=len(comps), roots=origins.roots_json(comps),
                                date=clusters._most_precise(v for _, v in mentions))
            keys = sorted(new, reverse=True)  # -1, -2, ...
            ids = insert_ids(conn, t.event_clusters, [new[k] for k in keys])
            real = dict(zip(keys, ids))
        for row in rows:
            key = row["cluster_id"]
            row["multi"] = None  # a stored cluster's: clusters.join_clusters sets it
            if key < 0:
                row["cluster_id"] = real[key]
                if new[key]["origins"] > 1:  # as clusters.mark_multi
                    row["multi"] = 1
        copy_rows(conn, t.events, rows)
        if links:
            copy_rows(conn, t.event_actors, links)
            tallies.count_actor_events(conn, rows, links)
            copy_rows(conn, t.cluster_candidates, clusters.candidate_rows(rows, links))
        if joined:
            clusters.join_clusters(conn, a.id, a.outlet, joined)
        return len(new), cites

    # -- failures --------------------------------------------------------------------
    def record_failure(self, where: str, stage: str, reason: str,
                       article_json: str | None = None, article_id: str | None = None) -> None:
        """Record that ``where`` failed.  An input that is already on record as failed (an
        open failure of the same input and article) keeps its one record, with the new
        stage and reason: a rerun of a batch after a crash does not list, nor retry, the
        same failure twice."""
        same = and_(failures.c.input == where, failures.c.resolved_at.is_(None),
                    failures.c.article_id == article_id if article_id is not None
                    else failures.c.article_id.is_(None))
        values = dict(stage=stage, reason=reason, created_at=_now())
        if article_json is not None:
            values["article_json"] = article_json
        with self.engine.begin() as conn:
            known = conn.execute(select(failures.c.id).where(same).order_by(failures.c.id)
                                 .limit(1)).scalar()
            if known is not None:
                conn.execute(update(failures).where(failures.c.id == known).values(**values))
                return
            conn.execute(insert(failures).values(**{**values, "input": where,
                                                    "article_id": article_id,
                                                    "article_json": article_json}))

    def open_failures(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(failures).where(failures.c.resolved_at.is_(None))
                                .order_by(failures.c.id)).mappings().all()
        return [dict(r) for r in rows]

    def update_failure(self, failure_id: int, stage: str, reason: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(failures).where(failures.c.id == failure_id)
                         .values(stage=stage, reason=reason, created_at=_now()))

    def resolve_failure(self, failure_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(failures).where(failures.c.id == failure_id)
                         .values(resolved_at=_now()))

    # -- removing --------------------------------------------------------------------
    def delete(self, article_id: str) -> bool:
        """Remove one article and what was stored from it.  Its clusters are recounted,
        and so are those of the articles copied from it (their copy groups change), and
        the kept counts (:mod:`.tallies`) are counted again over the whole store: deleting
        takes time in proportion to the store."""
        with self.engine.begin() as conn:
            copies_of, todo = set(), {article_id}
            while todo:
                todo = {r[0] for r in conn.execute(select(articles.c.id).where(
                    articles.c.copy_of.in_(sorted(todo))))} - copies_of - {article_id}
                copies_of |= todo
            touched = sorted({r[0] for r in conn.execute(
                select(t.events.c.cluster_id).where(
                    t.events.c.article_id.in_(sorted(copies_of | {article_id})),
                    t.events.c.cluster_id.is_not(None)).distinct())})
            if self.dialect == "sqlite":
                conn.execute(text("INSERT INTO articles_fts(articles_fts, rowid, title, text) "
                                  "SELECT 'delete', rowid, title, text FROM articles "
                                  "WHERE id = :id"), {"id": article_id})
            tallies.uncount_actor_events(conn, article_id)
            for tbl in (t.cluster_candidates, t.event_actors, t.events, t.sources,
                        t.entities, t.minhashes, t.reports):
                conn.execute(delete(tbl).where(tbl.c.article_id == article_id))
            conn.execute(update(articles).where(articles.c.copy_of == article_id)
                         .values(copy_of=None, copy_share=None))
            gone = conn.execute(delete(articles).where(articles.c.id == article_id)).rowcount
            for cluster_id in touched:
                clusters.refresh_cluster(conn, cluster_id)
            empty = select(t.event_clusters.c.id).where(t.event_clusters.c.mentions == 0)
            conn.execute(delete(t.cluster_keys).where(t.cluster_keys.c.cluster_id.in_(empty)))
            conn.execute(delete(t.event_clusters).where(t.event_clusters.c.mentions == 0))
            tallies.rebuild(conn)
        self._copies = None
        return bool(gone)


def _write_origins(conn, article_id: str, report: Report, copied: set[str]) -> None:
    """Each stored mention's origin (origins.mention_origins), ``copied`` naming the events
    whose sentences come from the article's copy source."""
    params = [{"aid": article_id, "eid": eid, "o": json.dumps(o) if o else None}
              for eid, o in origins.mention_origins(report, copied).items()]
    if params:
        conn.execute(update(t.events).where(t.events.c.article_id == bindparam("aid"),
                                            t.events.c.event_id == bindparam("eid"))
                     .values(origin=bindparam("o")), params)
