#!/usr/bin/env bash
# kill.sh URL AFTER: ingest batch.jsonl, SIGKILL the whole process group once AFTER
# articles are stored, then rerun the ingest and retry the failures, checking the store
# after each step.
set -u
URL=$1; AFTER=$2
HERE=$(cd "$(dirname "$0")" && pwd); BIN=$(cd "$HERE/../.." && pwd)/.venv/bin
export WIRETRACE_BATCH_SIZE=4
t0=$(date +%s.%N)
setsid "$BIN/wiretrace" ingest batch.jsonl --db "$URL" --no-count --workers 1 > k1.out 2> k1.err &
PID=$!
while true; do
  n=$("$BIN/python" -c "
import sys
from wiretrace.store import Store
try: print(Store(sys.argv[1], migrate=False).count())
except Exception: print(0)" "$URL" 2>/dev/null)
  [ "${n:-0}" -ge "$AFTER" ] && break
  sleep 0.3
done
kill -KILL -- -"$PID"; wait "$PID" 2>/dev/null
echo "killed after $(echo "$(date +%s.%N) - $t0" | bc) s"; "$BIN/python" "$HERE/check.py" "$URL"
t0=$(date +%s.%N)
"$BIN/wiretrace" ingest batch.jsonl --db "$URL" --no-count --workers 1 > k2.out 2> k2.err
echo "rerun rc=$? in $(echo "$(date +%s.%N) - $t0" | bc) s: $(tail -2 k2.err)"
"$BIN/python" "$HERE/check.py" "$URL"
"$BIN/wiretrace" ingest --retry-failed --db "$URL" --workers 1 2>&1 | tail -2
"$BIN/python" "$HERE/check.py" "$URL"
pgrep -af "wiretrace ingest" || echo "no ingest process left"
