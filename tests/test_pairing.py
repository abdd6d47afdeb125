"""benchmarks/pairing.py gives each of two side-by-side PAIRED fills the machine for its
paired part: the first to come within reach of it holds the machine until its run ends,
the other waits on its own wait file meanwhile (and only then takes its turn), the
count of the first, smaller run never takes it, the runs' hold files are never touched,
and the script ends (removing its files) when the fills are done."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import pairing  # noqa: E402


def _log(out: Path, kind: str, n: int) -> None:
    with open(out / f"{kind}.log", "a") as fh:
        fh.write(f'a line of the run\n{{"articles": {n}, "write_seconds": 1.0}}\n')


def _holder(out: Path) -> str | None:
    path = out / pairing.HOLDER
    return path.read_text() if path.exists() else None


def test_the_first_to_its_paired_part_holds_the_machine_until_it_ends(tmp_path):
    sqlite_waits, pg_waits = tmp_path / "sqlite.wait", tmp_path / "postgresql.wait"
    hold = tmp_path / "sqlite.hold"  # SQLite timing its queries at 10,000: never touched
    hold.touch()
    assert pairing.step(tmp_path, 89500) == []  # no counts yet
    _log(tmp_path, "sqlite", 10000)  # the first run's count: far from the paired part
    _log(tmp_path, "postgresql", 10000)
    assert pairing.step(tmp_path, 89500) == [] and _holder(tmp_path) is None
    _log(tmp_path, "sqlite", 89000)
    _log(tmp_path, "postgresql", 61000)
    assert pairing.step(tmp_path, 89500) == []
    _log(tmp_path, "sqlite", 89500)
    changes = pairing.step(tmp_path, 89500)
    assert [c.get("holds") for c in changes if "holds" in c] == ["sqlite"]
    assert [c.get("waits") for c in changes if "waits" in c] == ["postgresql"]
    assert pg_waits.exists() and not sqlite_waits.exists() and _holder(tmp_path) == "sqlite"
    _log(tmp_path, "postgresql", 89600)  # it reaches its own paired part: still waits
    _log(tmp_path, "sqlite", 100000)
    assert pairing.step(tmp_path, 89500) == [] and pg_waits.exists()
    (tmp_path / "sqlite.end").touch()  # SQLite's run ended: PostgreSQL's turn
    changes = pairing.step(tmp_path, 89500)
    assert [c.get("released") for c in changes if "released" in c] == ["sqlite"]
    assert [c.get("holds") for c in changes if "holds" in c] == ["postgresql"]
    assert not pg_waits.exists() and not sqlite_waits.exists()
    assert _holder(tmp_path) == "postgresql" and hold.exists()
    (tmp_path / "postgresql.end").touch()
    assert [c.get("released") for c in pairing.step(tmp_path, 89500)] == ["postgresql"]
    assert _holder(tmp_path) is None


def test_the_one_left_goes_on_when_the_holder_ends_before_it_is_near(tmp_path):
    _log(tmp_path, "postgresql", 90000)
    _log(tmp_path, "sqlite", 40000)
    pairing.step(tmp_path, 89500)
    assert (tmp_path / "sqlite.wait").exists()
    (tmp_path / "postgresql.end").touch()
    changes = pairing.step(tmp_path, 89500)
    assert {"released", "goes on"} <= {k for c in changes for k in c}
    assert not (tmp_path / "sqlite.wait").exists() and _holder(tmp_path) is None


def test_the_script_stops_and_cleans_up_when_done(tmp_path):
    _log(tmp_path, "sqlite", 95000)
    _log(tmp_path, "postgresql", 30000)
    proc = subprocess.Popen([sys.executable, str(BENCH / "pairing.py"), str(tmp_path),
                             "--from", "89500", "--every", "0.05"],
                            stdout=subprocess.PIPE, text=True)
    try:
        end = time.monotonic() + 10
        while not (tmp_path / "postgresql.wait").exists() and time.monotonic() < end:
            time.sleep(0.05)
        assert (tmp_path / "postgresql.wait").exists()
        (tmp_path / "done").touch()
        assert proc.wait(timeout=10) == 0
        assert not (tmp_path / "postgresql.wait").exists()
        assert not (tmp_path / pairing.HOLDER).exists()
        assert '"holds": "sqlite"' in proc.stdout.read()
    finally:
        proc.kill()
