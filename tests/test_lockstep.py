"""benchmarks/lockstep.py keeps store_growth.sh's two fills in step: the one ahead by the
lead waits (its pause file) until the other catches up, a pause file the other run made
for its query timings is left alone, and the script ends when the fills are done."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "lockstep.py"


def _log(out: Path, kind: str, n: int) -> None:
    with open(out / f"{kind}.log", "a") as fh:
        fh.write(f'{{"articles": {n}, "write_seconds": 1.0}}\nsome other line\n')


def _until(cond, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.05)
    return False


def test_the_fill_ahead_waits_for_the_other(tmp_path):
    proc = subprocess.Popen([sys.executable, str(SCRIPT), str(tmp_path), "--lead", "1000",
                             "--every", "0.05"], stdout=subprocess.PIPE, text=True)
    try:
        sqlite_waits, pg_waits = tmp_path / "postgresql.hold", tmp_path / "sqlite.hold"
        _log(tmp_path, "sqlite", 1000)
        _log(tmp_path, "postgresql", 1000)
        time.sleep(0.3)
        assert not sqlite_waits.exists() and not pg_waits.exists()
        _log(tmp_path, "sqlite", 2000)  # SQLite 1,000 ahead: it waits
        assert _until(sqlite_waits.exists)
        _log(tmp_path, "postgresql", 2000)  # caught up: it goes on
        assert _until(lambda: not sqlite_waits.exists())
        # PostgreSQL timing its queries (its hold file, made by the other run): kept
        pg_timing = tmp_path / "postgresql.hold"
        pg_timing.touch()
        time.sleep(0.3)
        assert pg_timing.exists()
        pg_timing.unlink()
        _log(tmp_path, "postgresql", 3000)  # now PostgreSQL is ahead
        assert _until(pg_waits.exists)
        (tmp_path / "done").touch()
        proc.wait(timeout=10)
        assert not pg_waits.exists()  # its own pause file is removed at the end
        lines = proc.stdout.read().splitlines()
        assert [line.split('"')[1] for line in lines] == ["paused", "resumed", "paused"]
    finally:
        proc.kill()
