"""Reading the shipped data files (YAML/TSV under wiretrace/data) once per process, parsed
once per version of the files: what a file parses to is kept in the cache folder
(:mod:`wiretrace.cache`, keyed by the bytes of every data file), which reads back several
times faster than parsing the YAML or TSV again at each start."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

import yaml

from . import cache as _cache


def data_text(name: str) -> str:
    return resources.files("wiretrace").joinpath("data", name).read_text(encoding="utf-8")


class _StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A safe loader that refuses a mapping with the same key twice (plain YAML keeps the
    last one silently, so a pasted block could shadow the one above it).  It parses with
    libyaml where PyYAML has it (six times faster on the data files, the same data: a
    start-up cost of every process) and with PyYAML's own parser otherwise."""


def _strict_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict:
    keys = [loader.construct_object(k, deep=True) for k, _ in node.value]
    seen = {k for k in keys if keys.count(k) > 1}
    if seen:
        raise yaml.constructor.ConstructorError(
            None, None, f"duplicate key(s) {sorted(map(str, seen))}", node.start_mark)
    return loader.construct_mapping(node, deep=True)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _strict_mapping)


def parse_yaml(text: str) -> Any:
    """YAML text to data, refusing duplicate keys."""
    return yaml.load(text, Loader=_StrictLoader)  # a (C)SafeLoader subclass: safe


@cache
def load_yaml(name: str) -> Any:
    return _cache.cached(f"data-{name}", lambda: parse_yaml(data_text(name)))


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts; lines starting with '#' are comments."""
    return _cache.cached(f"data-{name}", lambda: _parse_tsv(data_text(name)))


def _parse_tsv(text: str) -> tuple[dict[str, str], ...]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t"))
