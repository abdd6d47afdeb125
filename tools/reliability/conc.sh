#!/usr/bin/env bash
# conc.sh URL: two ingests of batch.jsonl at once into a NEW store, and a reader looping
# over queries until both are done; then the store's state.
set -u
URL=$1
HERE=$(cd "$(dirname "$0")" && pwd); BIN=$(cd "$HERE/../.." && pwd)/.venv/bin
export WIRETRACE_BATCH_SIZE=4
rm -f stop
"$BIN/python" "$HERE/reader.py" "$URL" stop > r.out 2> r.err &
R=$!
t0=$(date +%s.%N)
"$BIN/wiretrace" ingest batch.jsonl --db "$URL" --no-count --workers 1 > a.out 2> a.err &
A=$!
"$BIN/wiretrace" ingest batch.jsonl --db "$URL" --no-count --workers 1 > b.out 2> b.err &
B=$!
wait $A; ra=$?; wait $B; rb=$?
echo "both done in $(echo "$(date +%s.%N) - $t0" | bc) s, exit codes $ra $rb"
touch stop; wait $R
tail -1 a.err; tail -1 b.err
echo "reader: $(cat r.out)"
"$BIN/python" "$HERE/check.py" "$URL"
