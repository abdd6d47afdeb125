"""benchmarks/lockstep.py keeps store_growth.sh's two fills in step: the fill that logs the
next thousand first waits on its own lockstep file until the other catches up, nobody
waits on a fill that has ended, the other run's hold files are never touched, and the
script ends (removing its files) when the fills are done."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import lockstep  # noqa: E402


def _log(out: Path, kind: str, n: int, end: str = "\n") -> None:
    with open(out / f"{kind}.log", "a") as fh:
        fh.write(f'some other line\n{{"articles": {n}, "write_seconds": 1.0}}{end}')


def test_the_fill_ahead_waits_until_the_other_catches_up(tmp_path):
    sqlite_waits, pg_waits = tmp_path / "sqlite.lockstep", tmp_path / "postgresql.lockstep"
    hold = tmp_path / "postgresql.hold"  # PostgreSQL timing its queries: never touched
    hold.touch()
    assert lockstep.step(tmp_path, 1000) == []  # no counts yet
    _log(tmp_path, "sqlite", 1000)
    _log(tmp_path, "postgresql", 1000)
    assert lockstep.step(tmp_path, 1000) == []
    _log(tmp_path, "sqlite", 2000)
    assert [c.get("paused") for c in lockstep.step(tmp_path, 1000)] == ["sqlite"]
    assert sqlite_waits.exists() and not pg_waits.exists()
    assert lockstep.step(tmp_path, 1000) == []  # still waiting, nothing new
    _log(tmp_path, "postgresql", 2000)
    assert [c.get("resumed") for c in lockstep.step(tmp_path, 1000)] == ["sqlite"]
    assert not sqlite_waits.exists()
    _log(tmp_path, "postgresql", 3000, end="")  # a line still being written is read
    _log(tmp_path, "postgresql", 4000, end='\n{"articles": 50')  # a half line is not
    lockstep.step(tmp_path, 1000)
    assert pg_waits.exists()
    (tmp_path / "sqlite.end").touch()  # SQLite ended: PostgreSQL waits on nobody
    assert [c.get("resumed") for c in lockstep.step(tmp_path, 1000)] == ["postgresql"]
    assert not pg_waits.exists() and hold.exists()


def test_the_script_stops_and_cleans_up_when_done(tmp_path):
    _log(tmp_path, "sqlite", 3000)
    _log(tmp_path, "postgresql", 1000)
    proc = subprocess.Popen([sys.executable, str(BENCH / "lockstep.py"), str(tmp_path),
                             "--every", "0.05"], stdout=subprocess.PIPE, text=True)
    try:
        end = time.monotonic() + 10
        while not (tmp_path / "sqlite.lockstep").exists() and time.monotonic() < end:
            time.sleep(0.05)
        assert (tmp_path / "sqlite.lockstep").exists()
        (tmp_path / "done").touch()
        assert proc.wait(timeout=10) == 0
        assert not (tmp_path / "sqlite.lockstep").exists()
        assert '"paused": "sqlite"' in proc.stdout.read()
    finally:
        proc.kill()
