#!/bin/sh
# Issue 25's measure: a SQLite store and a PostgreSQL database filled with the news corpus
# to $SIZE articles (default 100,000), the write rate per $EVERY (10,000), and every CLI
# query and API endpoint timed at $FIRST (10,000) and at $SIZE articles.  Results in $OUT:
# <database>-<size>.md (tables), .json, <database>.log (progress), plans/ (EXPLAIN).
#
# The two fill one after the other (SQLite, then PostgreSQL), each with the machine to
# itself: at 100,000 articles the SQLite file is about 21 GB and the PostgreSQL database
# about 18 GB, and side by side on a 23 GB machine they outgrow the page cache from about
# 55,000 articles, which then slows both (round 21).  ONLY=sqlite or ONLY=postgresql fills
# one (on 2 cores about an hour or a little more each, estimated from round 21's rates).
#
# SIDE=1 fills both side by side (for a machine with the memory for both stores): while
# one run times its queries the other waits between articles (--hold-file /
# --pause-file), so that the timings have the machine to themselves, and a fill that logs
# the next thousand articles before the other waits for it (benchmarks/lockstep.py, its
# own <database>.lockstep file), so that each writes its last 10,000 beside the other as
# it wrote its first.
# Usage: sh benchmarks/store_growth.sh      (or: make bench-store-growth)
set -eu
SIZE=${SIZE:-100000}
FIRST=${FIRST:-10000}
EVERY=${EVERY:-10000}
OUT=${OUT:-/tmp/wiretrace-store-growth}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
PY=${PY:-.venv/bin/python}
NAME=${NAME:-wiretrace_growth}
REPEAT=${REPEAT:-30}
ONLY=${ONLY:-}
SIDE=${SIDE:-}
mkdir -p "$OUT/plans"
rm -f "$OUT"/*.hold "$OUT"/*.lockstep "$OUT"/*.end "$OUT/done"

run() {  # database, store, the hold file it makes, the one it waits on
    for size in "$FIRST" "$SIZE"; do
        plans=""
        [ "$size" = "$SIZE" ] && plans="--plans $OUT/plans"
        PYTHONPATH=src $PY benchmarks/store_bench.py --db "$2" --size "$size" --every "$EVERY" \
            --progress 1000 --repeat "$REPEAT" --hold-file "$OUT/$3" --pause-file "$OUT/$4" \
            --pause-file "$OUT/$1.lockstep" $plans \
            --json "$OUT/$1-$size.json" > "$OUT/$1-$size.md" 2>> "$OUT/$1.log" || return
    done
}
fill_sqlite() {  # then sqlite.end, whether it succeeded or not
    rm -f "$OUT/store.db" "$OUT/store.db-wal" "$OUT/store.db-shm" "$OUT/sqlite.log"
    status=0
    run sqlite "$OUT/store.db" sqlite.hold postgresql.hold || status=$?
    touch "$OUT/sqlite.end"
    return $status
}
fill_postgresql() {  # then postgresql.end, whether it succeeded or not
    rm -f "$OUT/postgresql.log"
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $NAME WITH (FORCE)" -c "CREATE DATABASE $NAME"
    status=0
    run postgresql "$PG/$NAME" postgresql.hold sqlite.hold || status=$?
    touch "$OUT/postgresql.end"
    return $status
}
rc=0
if [ -n "$SIDE" ] && [ -z "$ONLY" ]; then
    fill_sqlite &
    runs="$!"
    fill_postgresql &
    runs="$runs $!"
    $PY benchmarks/lockstep.py "$OUT" > "$OUT/lockstep.log" &
    for pid in $runs; do
        wait "$pid" || rc=$?
    done
else
    if [ "$ONLY" != postgresql ]; then
        fill_sqlite || rc=$?
    fi
    if [ "$ONLY" != sqlite ]; then
        fill_postgresql || rc=$?
    fi
fi
touch "$OUT/done"
wait
echo "done: $OUT (exit $rc)"
exit $rc
