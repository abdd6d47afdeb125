"""Tables kept on disk between processes (wiretrace.cache): built once, read back by later
processes, rebuilt when an input changes, and never needed for a right answer."""

from __future__ import annotations

import os
import pickle

import pytest

from wiretrace import cache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv("WIRETRACE_CACHE_DIR", str(where))
    return where


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_table_is_built_once_then_read_back(folder):
    build, calls = _counting({"a": [("X", "", "")]})
    assert cache.cached("t", build) == {"a": [("X", "", "")]}
    assert cache.cached("t", build) == {"a": [("X", "", "")]}  # as a later process would
    assert len(calls) == 1
    [written] = list(folder.iterdir())
    assert written.name.startswith("t-") and written.suffix == ".pickle"


def test_arguments_and_named_files_are_part_of_the_key(folder, tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("actors: []\n", encoding="utf-8")
    build, calls = _counting(1)
    cache.cached("t", build, ("a",), [user])
    cache.cached("t", build, ("a",), [user])
    assert len(calls) == 1
    cache.cached("t", build, ("b",), [user])
    assert len(calls) == 2
    user.write_text("actors: [{name: X, country: FRA}]\n", encoding="utf-8")
    cache.cached("t", build, ("b",), [user])
    assert len(calls) == 3
    # the newest file of a table replaces its older ones; another table's stay
    cache.cached("t-other", lambda: 2)
    names = sorted(p.name.split("-")[1] for p in folder.iterdir())
    assert len(names) == 2 and "other" in names


def test_a_damaged_file_is_rebuilt(folder):
    build, calls = _counting([1, 2, 3])
    cache.cached("t", build)
    [written] = list(folder.iterdir())
    written.write_bytes(b"not a pickle")
    assert cache.cached("t", build) == [1, 2, 3]
    assert len(calls) == 2
    assert pickle.loads(written.read_bytes()) == [1, 2, 3]  # and written again


def test_a_folder_that_cannot_be_written_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("WIRETRACE_CACHE_DIR", str(blocker / "cache"))  # under a file
    build, calls = _counting("v")
    assert cache.cached("t", build) == cache.cached("t", build) == "v"
    assert len(calls) == 2
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        monkeypatch.setenv("WIRETRACE_CACHE_DIR", str(locked))
        assert cache.cached("t", build) == "v"
        assert list(locked.iterdir()) == []


def test_no_key_means_no_cache(folder, monkeypatch):
    def unreadable():
        raise NotADirectoryError("wiretrace/data is inside a zip")

    monkeypatch.setattr(cache, "fingerprint", unreadable)
    build, calls = _counting("v")
    assert cache.cached("t", build) == cache.cached("t", build) == "v"
    assert len(calls) == 2 and not folder.exists()


def test_an_empty_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("WIRETRACE_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    build, calls = _counting("v")
    cache.cached("t", build)
    cache.cached("t", build)
    assert len(calls) == 2 and list(tmp_path.iterdir()) == []


def test_the_actor_tables_read_back_equal_the_built_ones(folder):
    from wiretrace.nlp.actors import codes

    codes._dictionaries.cache_clear()
    codes._folded.cache_clear()
    try:
        built = (codes._dictionaries(""), codes._folded(""))
        kept = sorted(p.name.rsplit("-", 1)[0] for p in folder.iterdir())
        assert [name for name in kept if name.startswith("actors")] == \
            ["actors", "actors-folded"]
        codes._dictionaries.cache_clear()
        codes._folded.cache_clear()
        read = (codes._dictionaries(""), codes._folded(""))
        assert read == built and len(read[0]) > 40_000 and len(read[1]) > 30_000
        assert codes._dictionary_code("Abdelaziz Bouteflika", "2010-01-01") == \
            codes._dictionary_code("Abdelaziz Bouteflicka", "2010-01-01", person=True) == \
            ("DZA", "GOV")
    finally:
        codes._dictionaries.cache_clear()
        codes._folded.cache_clear()


def test_the_fingerprint_covers_data_and_code():
    from importlib import resources

    assert len(cache.fingerprint()) == 32
    root = resources.files("wiretrace")
    assert root.joinpath("data", "actors_petrarch.tsv").is_file()
    assert root.joinpath("names.py").is_file()
    assert root.joinpath("nlp", "actors", "entities.py").is_file()


def test_data_files_are_parsed_once_then_read_back(folder):
    from wiretrace import lexicon

    lexicon.load_yaml.cache_clear()
    lexicon.load_tsv.cache_clear()
    try:
        parsed = (lexicon.load_yaml("timex.yaml"), lexicon.load_tsv("countries.tsv"))
        assert {p.name.rsplit("-", 1)[0] for p in folder.iterdir()} == \
            {"data-timex.yaml", "data-countries.tsv"}
        lexicon.load_yaml.cache_clear()
        lexicon.load_tsv.cache_clear()
        read = (lexicon.load_yaml("timex.yaml"), lexicon.load_tsv("countries.tsv"))
        assert read == parsed and read[0] is not parsed[0]
        assert read[0] == lexicon.parse_yaml(lexicon.data_text("timex.yaml"))
    finally:
        lexicon.load_yaml.cache_clear()
        lexicon.load_tsv.cache_clear()


def test_an_index_read_in_pieces_equals_the_dict_it_was_packed_from():
    records = [{"n": n, "name": f"town {n}"} for n in range(1300)]  # three chunks
    table = {f"key {k}": [records[(k * 7 + j) % 1300] for j in range(k % 4)]
             for k in range(2000)}
    table[("US", None)] = records[:600]
    table[("US", "VA")] = records[512:514]
    number = {id(r): n for n, r in enumerate(records)}
    index = cache.Index(cache.Records(cache.pack_records(records)),
                        cache.pack_index(table, number, shards=8))
    assert index["key 5"] == table["key 5"] and index[("US", "VA")] == table[("US", "VA")]
    assert index.get("nowhere") is None and index.get("nowhere", []) == []
    assert "key 7" in index and "nowhere" not in index
    assert index["key 3"][0] is index["key 3"][0]  # one object per record
    loaded = [n for n, chunk in enumerate(index._records._loaded) if chunk is not None]
    assert len(loaded) < 3  # only the chunks asked for
    assert dict(index) == table and len(index) == len(table)
    index.load()
    assert None not in index._loaded and None not in index._records._loaded
    # pieces are found by a key's bytes, not by hash(): the same in every process
    assert cache._shard_of("nairobi", 64) == cache._shard_of("nairobi", 64) < 64


def test_a_table_kept_in_pieces_reads_back_equal_piece_by_piece(folder):
    table = {f"name {n}": [("X", "", str(n))] for n in range(3000)}
    table[("abdelaziz", "bouteflika")] = [("DZA", "", "")]
    build, calls = _counting(table)
    assert cache.cached("t", build, shards=16) is table  # built: the dict itself
    shelf = cache.cached("t", build, shards=16)  # as a later process reads it
    assert len(calls) == 1 and isinstance(shelf, cache.Shelf)
    assert shelf.get("name 7") == [("X", "", "7")] and shelf.get("nobody") is None
    assert shelf[("abdelaziz", "bouteflika")] == [("DZA", "", "")] and "nobody" not in shelf
    assert sum(piece is not None for piece in shelf._loaded) <= 3
    assert shelf == table and len(shelf) == len(table)
    cache.load_whole(shelf)
    assert None not in shelf._loaded
    assert cache.cached("t", build) == table and len(calls) == 2  # another layout: its own key


def test_a_process_wide_load_settles_the_heap_once():
    """The first process-wide load of the pipeline moves what the process holds into the
    collector's permanent generation; an embedding program's load (process_wide=False)
    leaves its collector alone, and a second load freezes nothing more."""
    import subprocess
    import sys

    code = ("import gc\n"
            "from wiretrace.nlp import language\n"
            "language.load(process_wide=False)\n"
            "a = gc.get_freeze_count()\n"
            "language.load()\n"
            "b = gc.get_freeze_count()\n"
            "junk = [[i] for i in range(10000)]\n"
            "language.load()\n"
            "print(a, b, gc.get_freeze_count())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    embedded, settled, again = map(int, out)
    assert embedded == 0
    assert settled > 50000  # the modules and the pipeline
    assert again == settled
