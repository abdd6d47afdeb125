"""An actor's counterparts, read from the counts kept per pair of actors (``actor_pairs``,
:mod:`.tallies`); a page of them from the pairs' totals in order of their count."""

from __future__ import annotations

from sqlalchemy import literal_column, select

from . import Store
from . import schema as t
from .tallies import PAIR_TOTAL

# a pair's total row, as a literal: SQLite uses the partial index ix_actor_pairs_total
# only for a query that names its condition's literal, not a bound parameter
TOTAL = literal_column(f"'{PAIR_TOTAL}'")


def counterparts(store: Store, actor_id: int, limit: int | None = None,
                 offset: int = 0) -> list[dict]:
    """The actors an actor shares event mentions with, most shared first, with counts by
    event type ("uncoded" for events outside PLOVER): kept per pair of actors as articles
    are stored (``actor_pairs``).  With ``limit``, a page: the pairs' totals (type "*")
    by count from ix_actor_pairs_total (and those tied with the last), then their types."""
    if limit == 0:
        return []
    ap, ac = t.actor_pairs, t.actors
    with store.engine.connect() as conn:
        # each name looked up by id (joined, PostgreSQL hashed every actor of the store)
        name = select(ac.c.name).where(ac.c.id == ap.c.other_id).scalar_subquery()
        q = select(ap.c.other_id, name, ap.c.type, ap.c.n).where(
            ap.c.actor_id == actor_id, ap.c.n > 0, ap.c.type != TOTAL)
        if limit is not None:
            tops = select(ap.c.other_id, ap.c.n).where(ap.c.actor_id == actor_id,
                                                       ap.c.type == TOTAL,
                                                       ap.c.n > 0).order_by(ap.c.n.desc())
            first = conn.execute(tops.limit(offset + limit)).all()
            if len(first) == offset + limit and first:  # those tied with the last, too
                first = conn.execute(tops.where(ap.c.n >= first[-1][1])).all()
            q = q.where(ap.c.other_id.in_(sorted(r[0] for r in first)))
        pairs = conn.execute(q.order_by(ap.c.other_id, ap.c.type)).all()
    found: dict[int, dict] = {}
    for other_id, other_name, etype, n in pairs:
        if other_name is None:  # as the join: a pair without its actor is left out
            continue
        entry = found.setdefault(other_id, {"actor_id": other_id, "name": other_name,
                                            "events": 0, "types": {}})
        entry["events"] += n
        entry["types"][etype or "uncoded"] = entry["types"].get(etype or "uncoded", 0) + n
    ranked = sorted(found.values(), key=lambda c: (-c["events"], c["name"]))
    return ranked[offset:] if limit is None else ranked[offset:offset + limit]
