"""Reading the shipped data files (YAML/TSV under wiretrace/data) once per process."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

import yaml


def data_text(name: str) -> str:
    return resources.files("wiretrace").joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_yaml(name: str) -> Any:
    return yaml.safe_load(data_text(name))


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts; lines starting with '#' are comments."""
    lines = [line for line in data_text(name).splitlines() if line and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t"))
