"""The state of a store after a step: articles, half-stored ones, texts stored twice, kept
tallies minus a recount, open and all failures (one JSON line)."""

import json
import sys

from sqlalchemy import text

from wiretrace.store import Store

HALF = ("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE "
        "r.article_id = a.id) OR NOT EXISTS (SELECT 1 FROM minhashes m WHERE "
        "m.article_id = a.id)")
QUERIES = {
    "articles": "SELECT count(*) FROM articles",
    "half": HALF,
    "twice": "SELECT count(*) FROM (SELECT text_hash FROM articles GROUP BY text_hash "
             "HAVING count(*) > 1) d",
    "tally_off": "SELECT (SELECT count(*) FROM articles) - coalesce((SELECT n FROM tallies "
                 "WHERE kind='rows' AND key='articles'), 0)",
    "events_tally_off": "SELECT (SELECT count(*) FROM events) - coalesce((SELECT n FROM "
                        "tallies WHERE kind='rows' AND key='events'), 0)",
    "failures_open": "SELECT count(*) FROM failures WHERE resolved_at IS NULL",
    "failures_all": "SELECT count(*) FROM failures",
}

if __name__ == "__main__":
    store = Store(sys.argv[1], migrate=False)
    with store.engine.connect() as conn:
        print(json.dumps({k: conn.execute(text(q)).scalar_one() for k, q in QUERIES.items()}))
