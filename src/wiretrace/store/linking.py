"""Cross-article linking, run inside the transaction that stores an article.  Actors
here: an entity joins the actor with the same folded name key (transliteration-aware:
"Qaddafi" and "Gaddafi" fold alike) and a compatible type, unless their countries differ;
otherwise it starts a new actor.  The evidence is kept on the entity row.  Event clusters
are joined in :mod:`.clusters`, and the independent origins of their mentions counted in
:mod:`.origins`."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Connection, bindparam, select, update

from ..model import Entity
from ..names import name_key
from ..outlets import normalize, outlets
from . import schema as t
from .bulk import copy_rows, insert_ids, upsert_add

# entity types that can be the same actor; others must be equal
TYPE_FAMILY = {"PERSON": "person", "ORG": "body", "GPE": "place", "LOC": "place",
               "FAC": "place", "NORP": "group"}


NEW_ACTOR = "new actor"  # how link_actors' evidence begins for an actor it created


@lru_cache(maxsize=8192)
def outlet_key(name: str | None) -> str | None:
    """One key per outlet: "the Washington Free Beacon" and "Washington Free Beacon" alike,
    listed aliases to their canonical name.  Kept per name (the outlet lexicon is loaded
    once): a store write asks it for the sources of each event mention."""
    if not name:
        return None
    key = normalize(name)
    canonical = outlets().canonical.get(key)
    return normalize(canonical) if canonical else key


def actor_key(entity: Entity) -> str:
    """The key actors are found by across articles: a country (an entity whose place is a
    country: "US", "U.S.", "the United States", "America") by its ISO code, so that an
    article calling it "US" and another "the United States" name one actor; anything else
    by its folded name."""
    if entity.country and entity.place is not None and entity.place.kind == "country":
        return f"country {entity.country.lower()}"
    return " ".join(name_key(entity.name, person=entity.type == "PERSON"))


def link_actors(conn: Connection, entities: list[Entity]) -> dict[str, tuple[int | None, str]]:
    """For each entity of one article: the actor it joins (created when new) and the
    evidence.  One query finds every candidate actor."""
    keys = {e.id: actor_key(e) for e in entities}
    wanted = sorted({k for k in keys.values() if k})
    candidates: dict[str, list[dict]] = {}
    if wanted:
        for row in conn.execute(select(t.actors).where(t.actors.c.name_key.in_(wanted))
                                .order_by(t.actors.c.id)).mappings():
            candidates.setdefault(row["name_key"], []).append(dict(row))
    out: dict[str, tuple[int | None, str]] = {}
    made: list[dict] = []  # new actors, inserted together after the loop (ids in order)
    for entity in entities:
        key = keys[entity.id]
        if entity.candidates:
            out[entity.id] = (None, "ambiguous in its article: " + ", ".join(entity.candidates))
            continue
        if not key:
            out[entity.id] = (None, "no name to link")
            continue
        family = TYPE_FAMILY.get(entity.type, entity.type)
        found = None
        for row in candidates.get(key, []):
            if TYPE_FAMILY.get(row["type"], row["type"]) != family:
                continue
            if entity.country and row["country"] and entity.country != row["country"]:
                continue
            found = row
            break
        if found is None:
            found = {"id": -(len(made) + 1), "name": entity.name, "type": entity.type,
                     "country": entity.country, "sector": entity.sector, "name_key": key}
            made.append(found)
            candidates.setdefault(key, []).append(found)
            out[entity.id] = (found["id"], f"{NEW_ACTOR} {key!r}")
            continue
        fill = {k: getattr(entity, k) for k in ("country", "sector")
                if not found[k] and getattr(entity, k)}
        if fill:
            if found["id"] > 0:  # an actor made by this article is inserted with it
                conn.execute(update(t.actors).where(t.actors.c.id == found["id"])
                             .values(**fill))
            found.update(fill)
        evidence = f"same folded name {key!r}, type {family}"
        if entity.country and found["country"]:
            evidence += f", country {entity.country}"
        out[entity.id] = (found["id"], evidence)
    if made:
        real = dict(zip((r["id"] for r in made), insert_ids(
            conn, t.actors, [{k: v for k, v in r.items() if k != "id"} for r in made])))
        out = {e: (real.get(a, a) if a is not None else None, why)
               for e, (a, why) in out.items()}
    return out


def add_aliases(conn: Connection, linked: dict[str, tuple[int | None, str]],
                entities: list[Entity]) -> None:
    """Count each name an actor goes by, once per article."""
    names: set[tuple[int, str]] = set()
    for e in entities:
        actor_id = linked[e.id][0]
        if actor_id is not None:
            names |= {(actor_id, n) for n in {e.name} | {m.text for m in e.mentions
                                                          if m.text[:1].isupper()}}
    if not names:
        return
    aa = t.actor_aliases
    if conn.dialect.name == "postgresql":  # one statement for all (store/bulk.py)
        upsert_add(conn, aa, [{"actor_id": a, "alias": n, "articles": 1}
                              for a, n in sorted(names)])
        return
    # only the names this article gives (an actor's aliases grow with the store: 47 rows
    # read an article at 10,000 articles, 184 at 100,000, round 23); both columns of the
    # primary key, so each (actor, name) pair is one index look-up
    have = {(r.actor_id, r.alias): r.articles for r in conn.execute(
        select(aa).where(aa.c.actor_id.in_(sorted({a for a, _ in names})),
                         aa.c.alias.in_(sorted({n for _, n in names}))))}
    new = [{"actor_id": a, "alias": n, "articles": 1} for a, n in sorted(names)
           if (a, n) not in have]
    old = [{"a": a, "n": n, "count": have[(a, n)] + 1} for a, n in sorted(names)
           if (a, n) in have]
    copy_rows(conn, aa, new)
    if old:
        conn.execute(update(aa).where(aa.c.actor_id == bindparam("a"),
                                      aa.c.alias == bindparam("n"))
                     .values(articles=bindparam("count")), old)

