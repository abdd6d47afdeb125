"""Hold a SQLite store's write lock for SECONDS (what another slow writer does)."""

import sqlite3
import sys
import time

conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO tallies(kind, key, n) VALUES ('probe', 'x', 1)")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
