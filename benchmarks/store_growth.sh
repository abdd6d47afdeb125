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
#
# PAIRED=1 also fills a fresh store of the same database
# (store: $OUT/fresh.db, or the database ${NAME}_fresh) to $EVERY articles while the big
# store writes its last $EVERY, the two taking turns of 100 articles
# (benchmarks/alternate.py): the first and the last 10,000 are then also timed in the
# same minutes of the same machine, whose speed otherwise drifts between them (round 22).
# The fresh store's rate is in $OUT/<database>-fresh.md and .json.
# SIDE=1 PAIRED=1: both side by side, not in step; the first whose big store comes within
# 500 articles of its paired part holds the machine until its run ends, and the other
# waits between articles meanwhile (benchmarks/pairing.py, <database>.wait), so that each
# paired part and each set of timings at $SIZE has the machine to itself.
# DATES=advancing (the default since round 26) fills with the news corpus whose story
# dates move forward with it (the same number of stories a week at any size, as an
# archive that grows with the news); DATES=drawn draws them from the same 25 years, ten
# times the stories a week at 100,000 as at 10,000 (store_bench.py --dates).
# PAUSE="FILE ..." makes every fill of this run wait between articles (untimed) while one
# of the FILEs exists: so that another benchmark's measured minutes have the machine.
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
PAIRED=${PAIRED:-}
DATES=${DATES:-advancing}
PAUSE=${PAUSE:-}
waits=""
for f in $PAUSE; do
    waits="$waits --pause-file $f"
done
PAIR_FROM=$((SIZE - EVERY - 500))  # SIDE=1 PAIRED=1: where a fill takes the machine
if [ -n "$SIDE" ] && [ -n "$PAIRED" ] && [ "$PAIR_FROM" -le "$FIRST" ]; then
    echo "SIDE=1 PAIRED=1 needs SIZE - EVERY - 500 above FIRST" >&2
    exit 2
fi
mkdir -p "$OUT/plans"
rm -f "$OUT"/*.hold "$OUT"/*.lockstep "$OUT"/*.wait "$OUT"/*.turn "$OUT"/*.end \
    "$OUT/paired.holder" "$OUT/done"

run() {  # database, store, the hold file it makes, the one it waits on[, fresh store]
    for size in "$FIRST" "$SIZE"; do
        plans="" progress=1000 paired=""
        if [ "$size" = "$SIZE" ]; then
            plans="--plans $OUT/plans"
            [ -n "${5:-}" ] && progress=100 paired="--pause-file $OUT/$1.turn"
        fi
        [ -n "$paired" ] && pair "$@"
        step=0
        PYTHONPATH=src $PY benchmarks/store_bench.py --dates "$DATES" --db "$2" --size "$size" \
            --every "$EVERY" --progress $progress --repeat "$REPEAT" --hold-file "$OUT/$3" \
            --pause-file "$OUT/$4" --pause-file "$OUT/$1.lockstep" \
            --pause-file "$OUT/$1.wait" $waits $paired $plans \
            --json "$OUT/$1-$size.json" > "$OUT/$1-$size.md" 2>> "$OUT/$1.log" || step=$?
        if [ -n "$paired" ]; then  # the fresh store's fill ends, or is stopped if this failed
            [ "$step" = 0 ] || kill "$(cat "$OUT/$1-fresh.pid")" 2>/dev/null || true
            wait "$fresh" || [ "$step" != 0 ] || step=1
            kill "$turns" 2>/dev/null || true
            rm -f "$OUT/$1.turn" "$OUT/$1-fresh.turn" "$OUT/$1-fresh.pid"
        fi
        [ "$step" = 0 ] || return "$step"
    done
}
pair() {  # PAIRED=1: a fresh store's first $EVERY, taking turns with the last $EVERY
    rm -f "$OUT/$1-fresh.log" "$OUT/$1-fresh.end"
    touch "$OUT/$1-fresh.turn"  # it waits until the big store holds $SIZE - $EVERY
    (PYTHONPATH=src $PY benchmarks/store_bench.py --dates "$DATES" --db "$5" --size "$EVERY" \
        --every "$EVERY" --progress 100 --fill-only --pause-file "$OUT/$1-fresh.turn" \
        --pause-file "$OUT/$3" --pause-file "$OUT/$4" --pause-file "$OUT/$1.wait" $waits \
        --json "$OUT/$1-fresh.json" \
        > "$OUT/$1-fresh.md" \
        2>> "$OUT/$1-fresh.log" &
     echo $! > "$OUT/$1-fresh.pid"
     wait $! && status=0 || status=$?
     touch "$OUT/$1-fresh.end"  # nobody waits on it now (alternate.py)
     exit $status) &
    fresh=$!
    $PY benchmarks/alternate.py "$OUT" "$1" "$1-fresh" --from $((SIZE - EVERY)) \
        --big-size "$SIZE" --fresh-size "$EVERY" > "$OUT/$1-turns.log" &
    turns=$!
}
fill_sqlite() {  # then sqlite.end, whether it succeeded or not
    rm -f "$OUT"/store.db* "$OUT"/fresh.db* "$OUT/sqlite.log"
    status=0
    run sqlite "$OUT/store.db" sqlite.hold postgresql.hold ${PAIRED:+"$OUT/fresh.db"} \
        || status=$?
    touch "$OUT/sqlite.end"
    return $status
}
fill_postgresql() {  # then postgresql.end, whether it succeeded or not
    rm -f "$OUT/postgresql.log"
    for db in $NAME ${PAIRED:+${NAME}_fresh}; do
        psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
    done
    status=0
    run postgresql "$PG/$NAME" postgresql.hold sqlite.hold ${PAIRED:+"$PG/${NAME}_fresh"} \
        || status=$?
    touch "$OUT/postgresql.end"
    return $status
}
rc=0
if [ -n "$SIDE" ] && [ -z "$ONLY" ]; then
    fill_sqlite &
    runs="$!"
    fill_postgresql &
    runs="$runs $!"
    if [ -n "$PAIRED" ]; then
        $PY benchmarks/pairing.py "$OUT" --from "$PAIR_FROM" > "$OUT/pairing.log" &
    else
        $PY benchmarks/lockstep.py "$OUT" > "$OUT/lockstep.log" &
    fi
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
