"""A reader in a loop until the file STOP exists: events, search, sources, totals and a
half-stored check; prints loops, errors by kind and the slowest loop (one JSON line)."""

import json
import os
import sys
import time

from check import HALF  # beside this script (its folder is on the path when run)
from sqlalchemy import text

from wiretrace.store import Store, queries

url, stop = sys.argv[1], sys.argv[2]
seen = {"loops": 0, "errors": {}, "half": 0, "most": 0, "slowest_s": 0.0}
store = None
while not os.path.exists(stop):
    t = time.perf_counter()
    try:
        store = store or Store(url, migrate=False)
        queries.events(store, queries.EventFilter(limit=200))
        queries.search(store, "president")
        queries.sources(store)
        queries.totals(store)
        with store.engine.connect() as conn:
            seen["half"] += conn.execute(text(HALF)).scalar_one()
        seen["most"] = max(seen["most"], store.count())
        seen["loops"] += 1
        seen["slowest_s"] = max(seen["slowest_s"], round(time.perf_counter() - t, 3))
    except Exception as exc:  # counted by kind: the point is to see them
        kind = f"{type(exc).__name__}: {str(exc)[:100]}"
        seen["errors"][kind] = seen["errors"].get(kind, 0) + 1
        time.sleep(0.1)
print(json.dumps(seen))
