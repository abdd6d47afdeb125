"""Every shipped data file says where it comes from, and YAML word lists hold no accidental
booleans (YAML reads a bare no/off/on/yes as one: "no" as a negator would vanish)."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

DATA = resources.files("wiretrace").joinpath("data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".yaml", ".tsv")))


def test_there_are_data_files_and_an_index():
    assert len(FILES) >= 10
    index = DATA.joinpath("README.md").read_text(encoding="utf-8")
    missing = [name for name in FILES if f"`{name}`" not in index]
    assert not missing, f"data/README.md does not list {missing}"


@pytest.mark.parametrize("name", FILES)
def test_header_names_a_source(name):
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()[:12]
    assert lines[0].startswith("#"), f"{name}: starts without a comment header"
    head = " ".join(" ".join(line.lstrip("# ") for line in lines).split()).lower()
    assert any(word in head for word in ("source", "written for wiretrace", "license")), (
        f"{name}: no source stated")


@pytest.mark.parametrize("name", [n for n in FILES if n.endswith(".yaml")])
def test_yaml_word_lists_hold_no_booleans(name):
    """Flags (``ambiguous: true``) are fine; a boolean as a key or a list item is a word
    that YAML swallowed."""
    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                assert not isinstance(key, bool), f"{name}: key {key!r} under {path}"
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                assert not isinstance(value, bool), f"{name}: {path}[{i}] (quote the word)"
                walk(value, f"{path}[{i}]")

    walk(yaml.safe_load(DATA.joinpath(name).read_text(encoding="utf-8")), "")


@pytest.mark.parametrize("name", [n for n in FILES if n.endswith(".yaml")])
def test_yaml_files_have_no_repeated_keys(name):
    from wiretrace.lexicon import parse_yaml

    parse_yaml(DATA.joinpath(name).read_text(encoding="utf-8"))


def test_a_repeated_key_is_refused():
    from wiretrace.lexicon import parse_yaml

    with pytest.raises(yaml.YAMLError, match="duplicate key"):
        parse_yaml("future:\n  a: [1]\nfuture:\n  b: [2]\n")
