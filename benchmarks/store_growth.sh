#!/bin/sh
# Issue 25's measure: a SQLite store and a PostgreSQL database filled side by side with the
# news corpus to $SIZE articles (default 100,000), the write rate per $EVERY (10,000), and
# every CLI query and API endpoint timed at $FIRST (10,000) and at $SIZE articles.
# While one run times its queries the other waits between articles (--hold-file /
# --pause-file), so that the timings have the machine to themselves; and a fill that logs
# the next thousand articles before the other waits for it (benchmarks/lockstep.py, its
# own <database>.lockstep file), so that each writes its last 10,000 beside the other as
# it wrote its first.  Results in $OUT:
# <database>-<size>.md (tables), .json, <database>.log (progress), plans/ (EXPLAIN).
# ONLY=sqlite or ONLY=postgresql fills one (on 2 cores the two side by side take about
# 3 hours: SQLite alone about 70-80 minutes, PostgreSQL alone about 1 h 45 min in round 19).
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
ended() {  # run's arguments: the run, then <database>.end whether it succeeded or not
    rc=0
    run "$@" || rc=$?
    touch "$OUT/$1.end"
    return $rc
}
if [ "$ONLY" != postgresql ]; then
    rm -f "$OUT/store.db" "$OUT/store.db-wal" "$OUT/store.db-shm" "$OUT/sqlite.log"
    ended sqlite "$OUT/store.db" sqlite.hold postgresql.hold &
    runs="${runs:-} $!"
fi
if [ "$ONLY" != sqlite ]; then
    rm -f "$OUT/postgresql.log"
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $NAME WITH (FORCE)" -c "CREATE DATABASE $NAME"
    ended postgresql "$PG/$NAME" postgresql.hold sqlite.hold &
    runs="${runs:-} $!"
fi
if [ -z "$ONLY" ]; then
    $PY benchmarks/lockstep.py "$OUT" > "$OUT/lockstep.log" &
fi
rc=0
for pid in $runs; do
    wait "$pid" || rc=$?
done
touch "$OUT/done"
wait
echo "done: $OUT (exit $rc)"
exit $rc
