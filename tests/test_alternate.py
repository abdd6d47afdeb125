"""benchmarks/alternate.py makes a big store's last writes and a fresh store's first take
turns (store_growth.sh's PAIRED=1): the fresh fill waits until the big store holds
``--from`` articles, then each writes a turn while the other waits on its ``.turn`` file,
and nobody waits on a fill that is full or has ended."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import alternate  # noqa: E402
import lockstep  # noqa: E402


def _log(out: Path, name: str, n: int) -> None:
    with open(out / f"{name}.log", "a") as fh:
        fh.write(f'{{"articles": {n}, "write_seconds": 1.0}}\n')


def _waiting(out: Path) -> set[str]:
    return {p.stem for p in out.glob("*.turn")}


def test_the_two_fills_take_turns_from_the_given_count(tmp_path):
    turns = alternate.Turns(tmp_path, "sqlite", "sqlite-fresh", start=900, big_size=1000,
                            fresh_size=100, turn=30)
    turns.step()
    assert _waiting(tmp_path) == {"sqlite-fresh"}  # no count yet: the big store writes
    _log(tmp_path, "sqlite", 800)
    turns.step()
    assert _waiting(tmp_path) == {"sqlite-fresh"}
    _log(tmp_path, "sqlite", 900)  # the turns start with the fresh store's
    changes = turns.step()
    assert [c.get("waits") or c.get("runs") for c in changes] == ["sqlite", "sqlite-fresh"]
    assert _waiting(tmp_path) == {"sqlite"}
    _log(tmp_path, "sqlite-fresh", 20)
    assert turns.step() == []  # a turn is 30 articles
    _log(tmp_path, "sqlite-fresh", 30)
    turns.step()
    assert _waiting(tmp_path) == {"sqlite-fresh"}
    _log(tmp_path, "sqlite", 930)
    turns.step()
    assert _waiting(tmp_path) == {"sqlite"}
    _log(tmp_path, "sqlite-fresh", 100)  # the fresh store is full: nobody waits
    turns.step()
    assert _waiting(tmp_path) == set()
    _log(tmp_path, "sqlite", 960)
    assert turns.step() == [] and _waiting(tmp_path) == set()


def test_nobody_waits_on_a_fill_that_ended(tmp_path):
    turns = alternate.Turns(tmp_path, "postgresql", "postgresql-fresh", start=100,
                            big_size=200, fresh_size=100, turn=10)
    _log(tmp_path, "postgresql", 100)
    turns.step()
    assert _waiting(tmp_path) == {"postgresql"}  # the fresh store's turn
    (tmp_path / "postgresql-fresh.end").touch()  # it failed before its first count
    turns.step()
    assert _waiting(tmp_path) == set()


def test_the_last_count_is_read_from_the_end_of_a_long_log(tmp_path):
    log = tmp_path / "sqlite.log"
    log.write_text("".join(f'{{"articles": {n}, "write_seconds": 1.0}}\nnoise\n'
                           for n in range(100, 100001, 100)) + '{"articles": 50')
    assert lockstep.stored(log) == 100000  # the half-written line is skipped
    assert lockstep.stored(tmp_path / "missing.log") is None


def test_the_script_stops_and_removes_its_turn_files_when_done(tmp_path):
    _log(tmp_path, "sqlite", 10)
    proc = subprocess.Popen([sys.executable, str(BENCH / "alternate.py"), str(tmp_path),
                             "sqlite", "sqlite-fresh", "--from", "10", "--big-size", "20",
                             "--fresh-size", "10", "--every", "0.05"],
                            stdout=subprocess.PIPE, text=True, cwd=BENCH)
    try:
        end = time.monotonic() + 10
        while not (tmp_path / "sqlite.turn").exists() and time.monotonic() < end:
            time.sleep(0.05)
        assert (tmp_path / "sqlite.turn").exists()
        (tmp_path / "done").touch()
        assert proc.wait(timeout=10) == 0
        assert _waiting(tmp_path) == set()
        assert '"waits": "sqlite"' in proc.stdout.read()
    finally:
        proc.kill()
