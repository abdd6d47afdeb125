"""Tables built from the packaged data, kept on disk between processes.

Some tables take seconds to build on every start (the actor dictionaries: 80,000 names
read from TSV and YAML, then 37,000 of them folded into transliteration-aware keys).
:func:`on_disk` keeps what a function returns as a pickle in the cache folder (setting
``cache_dir``, default ``~/.cache/wiretrace``; empty: no cache), under a key made of

- wiretrace's version and Python's,
- the bytes of every packaged data file (``wiretrace/data``) and of every module of
  ``wiretrace.nlp`` (the code that builds the tables: an edit there is a new key),
- the function's arguments, and the bytes of the files an argument names (the user's
  actor dictionaries),

so a cached table is only ever one the same inputs would build again.  A folder that
cannot be written, a damaged or unreadable file, or one written by another Python only
costs the build: the cache is never needed for a right answer, and deleting the folder is
always safe.  Files are written whole under a temporary name and renamed, so a process
never reads half of one that another is writing.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache, wraps
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from . import __version__, settings

T = TypeVar("T")
_PROTOCOL = pickle.HIGHEST_PROTOCOL


def folder() -> Path | None:
    """The cache folder (setting ``cache_dir``), or None when caching is off."""
    value = settings.get("cache_dir")
    return Path(value).expanduser() if value else None


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of what every cached table is built from: wiretrace's and Python's
    versions, the packaged data files, the modules of ``wiretrace.nlp`` and the name keys
    and data-file readers they build tables with (about 3 MB, hashed in a few
    milliseconds, once per process)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{__version__}|{sys.version}|{_PROTOCOL}".encode())
    root = resources.files("wiretrace")
    top = Path(str(root))
    for sub, suffixes in (("data", None), ("nlp", (".py",))):
        for path in _files(top / sub, suffixes):
            digest.update(f"\0{path.relative_to(top).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    for name in ("names.py", "lexicon.py"):
        digest.update(f"\0{name}\0".encode())
        digest.update((top / name).read_bytes())
    return digest.hexdigest()


def _files(where: Path, suffixes: tuple[str, ...] | None) -> list[Path]:
    return sorted((p for p in where.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and (suffixes is None or p.suffix in suffixes)), key=lambda p: str(p))


def key(name: str, args: Iterable[Any] = (), layout: Iterable[Any] = (),
        files: Iterable[str | os.PathLike] = ()) -> str:
    """The cache key of table ``name`` built from ``args`` and the bytes of ``files``
    (a file that cannot be read counts as missing: its build says why, if it cares)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{fingerprint()}|{name}|{args!r}|{tuple(layout)!r}".encode())
    for file in files:
        try:
            digest.update(b"\0" + Path(file).expanduser().read_bytes())
        except OSError:
            digest.update(b"\0missing:" + os.fsencode(os.fspath(file)))
    return digest.hexdigest()


def settle() -> None:
    """Move every object the process holds now into the collector's permanent generation
    (``gc.freeze``), so that a full collection no longer walks them: a process that has
    loaded the spaCy pipeline and wiretrace's tables holds some 100,000 to 500,000
    objects, and each full collection walked them all (0.1 to 0.2 s on a 2-core machine),
    every few analyses or page renders.  For a process's long-lived objects only (the
    command line, engine workers and the server call it once, after loading); an object
    frozen this way is never freed, so the garbage there is now is collected first."""
    gc.collect()
    gc.freeze()


def read_pickle(path: Path) -> Any:
    """A pickle written by :func:`write_pickle`, or None when there is none to use.
    Unpickling tens of thousands of small objects sets off the garbage collector again and
    again (two thirds of the time on the gazetteer), so it is paused meanwhile."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)  # our own file, in our own cache folder
    except Exception:  # damaged, truncated, or from another version of a library
        return None
    finally:
        if enabled:
            gc.enable()


def write_pickle(path: Path, value: Any) -> bool:
    """Write ``value`` to ``path`` whole (a temporary file, then a rename); False when the
    folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(value, f, protocol=_PROTOCOL)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except (OSError, UnboundLocalError):
            pass
        return False


def cached(name: str, build: Callable[[], T], args: Iterable[Any] = (),
           files: Iterable[str | os.PathLike] = (), shards: int = 0) -> T:
    """``build()``, or what an earlier process kept of it under the same key (see the
    module's docstring).  Writing a new file removes the older ones of ``name``.
    ``shards``: ``build()`` gives a dict, kept in that many pieces and read back as a
    :class:`Shelf`, which unpickles a piece when a key in it is first looked up."""
    where = folder()
    if where is None:
        return build()
    files = list(files)
    try:
        path = where / f"{name}-{key(name, args, (shards,) if shards else (), files)}.pickle"
    except Exception:  # package files not on a file system (a zip), or unreadable: no cache
        return build()
    found = read_pickle(path)
    if found is not None:
        return Shelf(found) if shards else found
    value = build()
    if write_pickle(path, pack_shelf(value, shards) if shards else value):
        mine = re.compile(rf"{re.escape(name)}-[0-9a-f]{{32}}\.pickle")
        for old in where.glob(f"{name}-*.pickle"):  # "actors-*" also finds "actors-folded-*"
            if old != path and mine.fullmatch(old.name):
                try:
                    old.unlink()
                except OSError:
                    pass
    return value


def on_disk(name: str, files_of: Callable[..., Iterable[str]] | None = None,
            shards: int = 0):
    """Decorate a function whose result is a table built from the packaged data (and its
    arguments) to keep that table on disk: see :func:`cached`.  ``files_of(*args)`` names
    the files outside the package the result also depends on (the user's dictionaries);
    ``shards``: a dict kept in pieces, read back as a :class:`Shelf`."""
    def decorate(function: Callable[..., T]) -> Callable[..., T]:
        @wraps(function)
        def wrapper(*args: Any) -> T:
            files = files_of(*args) if files_of is not None else ()
            return cached(name, lambda: function(*args), args, files, shards)

        return wrapper

    return decorate


def paths_in_setting(value: str) -> list[str]:
    """The files of a path-list setting (``actors``: separated by ``os.pathsep``)."""
    return [p for p in value.split(os.pathsep) if p.strip()]


# ------------------------------------------- big indexes, read from disk piece by piece

_CHUNK_BITS = 9  # records per chunk: 512


def _loads(blob: bytes) -> Any:
    """Unpickle one piece of our own cache file, the collector paused (see read_pickle)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(blob)
    finally:
        if enabled:
            gc.enable()


def _shard_of(key: Any, shards: int) -> int:
    """A shard number stable across processes (``hash`` of a str is not): keys are str,
    or tuples of str and None."""
    return zlib.crc32(repr(key).encode("utf-8", "backslashreplace")) % shards


class Records:
    """A list of records (dicts, tuples...) kept as pickled chunks of 512, each unpickled
    when one of its records is first asked for: a one-sentence run reads a few chunks of a
    gazetteer, not 34,000 places.  The same index gives the same object every time."""

    def __init__(self, chunks: tuple[bytes, ...]) -> None:
        self._chunks = chunks
        self._loaded: list[list | None] = [None] * len(chunks)

    def __getitem__(self, i: int) -> Any:
        chunk = self._loaded[i >> _CHUNK_BITS]
        if chunk is None:
            chunk = self._loaded[i >> _CHUNK_BITS] = _loads(self._chunks[i >> _CHUNK_BITS])
        return chunk[i & ((1 << _CHUNK_BITS) - 1)]

    def load(self) -> None:
        """Unpickle every chunk now (a worker that wants no first-article cost)."""
        for n, chunk in enumerate(self._loaded):
            if chunk is None:
                self._loaded[n] = _loads(self._chunks[n])


def pack_records(records: list) -> tuple[bytes, ...]:
    """``records`` as :class:`Records` chunks."""
    size = 1 << _CHUNK_BITS
    return tuple(pickle.dumps(records[i:i + size], protocol=_PROTOCOL)
                 for i in range(0, len(records), size))


def pack_index(table: dict[Any, list], number: dict[int, int], shards: int = 64
               ) -> tuple[bytes, ...]:
    """``table`` (key -> list of records) as :class:`Index` shards; ``number`` gives each
    record's place in the packed records, by ``id()`` of the record."""
    parts: list[dict] = [{} for _ in range(shards)]
    for key, found in table.items():
        parts[_shard_of(key, shards)][key] = [number[id(r)] for r in found]
    return tuple(pickle.dumps(part, protocol=_PROTOCOL) for part in parts)


class Shelf(Mapping):
    """A read-only dict kept as pickled shards (:func:`pack_shelf`), each unpickled when a
    key in it is first looked up: a sentence reads a few of the actor dictionaries' 64
    pieces, not 80,000 names.  Equal to the dict it was packed from."""

    def __init__(self, shards: tuple[bytes, ...]) -> None:
        self._shards = shards
        self._loaded: list[dict | None] = [None] * len(shards)

    def _shard(self, n: int) -> dict:
        shard = self._loaded[n]
        if shard is None:
            shard = self._loaded[n] = _loads(self._shards[n])
        return shard

    def __getitem__(self, key: Any) -> Any:
        return self._shard(_shard_of(key, len(self._shards)))[key]

    def get(self, key: Any, default: Any = None) -> Any:
        return self._shard(_shard_of(key, len(self._shards))).get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._shard(_shard_of(key, len(self._shards)))

    def __iter__(self) -> Iterator:
        for n in range(len(self._shards)):
            yield from self._shard(n)

    def __len__(self) -> int:
        return sum(len(self._shard(n)) for n in range(len(self._shards)))

    def load(self) -> None:
        """Unpickle every shard now (a worker that wants no first-article cost)."""
        for n in range(len(self._shards)):
            self._shard(n)


class Index(Shelf):
    """A read-only ``key -> list of records`` mapping kept as pickled shards of
    ``key -> record numbers`` (:class:`Records`), each unpickled when a key in it is first
    looked up.  Equal to the dict it was packed from (:func:`pack_index`), item by item."""

    def __init__(self, records: Records, shards: tuple[bytes, ...]) -> None:
        super().__init__(shards)
        self._records = records

    def __getitem__(self, key: Any) -> list:
        return [self._records[i] for i in super().__getitem__(key)]  # KeyError: not there

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key in self else default

    def load(self) -> None:
        """Unpickle every shard and record now."""
        super().load()
        self._records.load()


def pack_shelf(table: dict, shards: int) -> tuple[bytes, ...]:
    """``table`` as :class:`Shelf` shards."""
    parts: list[dict] = [{} for _ in range(shards)]
    for key, value in table.items():
        parts[_shard_of(key, shards)][key] = value
    return tuple(pickle.dumps(part, protocol=_PROTOCOL) for part in parts)


def load_whole(table: Any) -> Any:
    """``table``, every piece of it read now when it is kept in pieces."""
    if isinstance(table, (Shelf, Index)):
        table.load()
    return table
